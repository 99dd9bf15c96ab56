/// NIfTI datatype codes (nifti1.h `DT_*`) and what SegBench does with each.
public enum Datatype: Int, Sendable, CaseIterable {
    case uint8 = 2, int16 = 4, int32 = 8, float32 = 16, float64 = 64
    case int8 = 256, uint16 = 512, uint32 = 768, int64 = 1024, uint64 = 1280
    // Present in the standard, not meaningful for segmentation; refused with their name.
    case binary = 1, complex64 = 32, rgb24 = 128, float128 = 1536, complex128 = 1792, complex256 = 2048, rgba32 = 2304

    /// Bytes per voxel.
    public var size: Int {
        switch self {
        case .uint8, .int8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64, .complex64: return 8
        case .float128, .complex128: return 16
        case .complex256: return 32
        case .rgb24: return 3
        case .rgba32: return 4
        case .binary: return 1
        }
    }

    /// The integer and real types, which SegBench reads.
    public var isSupported: Bool {
        switch self {
        case .uint8, .int8, .int16, .uint16, .int32, .uint32, .int64, .uint64, .float32, .float64: return true
        default: return false
        }
    }

    public var isInteger: Bool { isSupported && self != .float32 && self != .float64 }

    public var name: String {
        switch self {
        case .uint8: return "UINT8"
        case .int8: return "INT8"
        case .int16: return "INT16"
        case .uint16: return "UINT16"
        case .int32: return "INT32"
        case .uint32: return "UINT32"
        case .int64: return "INT64"
        case .uint64: return "UINT64"
        case .float32: return "FLOAT32"
        case .float64: return "FLOAT64"
        case .binary: return "BINARY"
        case .complex64: return "COMPLEX64"
        case .rgb24: return "RGB24"
        case .float128: return "FLOAT128"
        case .complex128: return "COMPLEX128"
        case .complex256: return "COMPLEX256"
        case .rgba32: return "RGBA32"
        }
    }
}

/// A Swift type a volume can be read into or written from.
public protocol NIfTIScalar: Sendable {
    /// The NIfTI datatype with the same layout, used when writing.
    static var datatype: Datatype { get }
    /// Conversion from a stored value; `nil` when the value does not fit exactly.
    init?(exactly value: Double)
    init(clamping value: Double)
}

extension UInt8: NIfTIScalar {
    public static var datatype: Datatype { .uint8 }
    public init(clamping value: Double) { self = value.isNaN ? 0 : UInt8(Swift.max(0, Swift.min(255, value.rounded()))) }
}
extension Int16: NIfTIScalar {
    public static var datatype: Datatype { .int16 }
    public init(clamping value: Double) { self = value.isNaN ? 0 : Int16(Swift.max(-32768, Swift.min(32767, value.rounded()))) }
}
extension Float: NIfTIScalar {
    public static var datatype: Datatype { .float32 }
    public init(clamping value: Double) { self = Float(value) }
}
extension Double: NIfTIScalar {
    public static var datatype: Datatype { .float64 }
    public init(clamping value: Double) { self = value }
}
