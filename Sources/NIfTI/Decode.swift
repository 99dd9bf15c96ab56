/// Typed views of libnifti's raw voxel buffer.
///
/// `decode` converts every stored value through `Double`, which is exact for every integer
/// type up to 2⁵³ and for both real types; label maps take the checked path `decodeLabels`.

/// A value type NIfTI can store.
protocol StoredScalar { var doubleValue: Double { get } }
extension UInt8: StoredScalar { var doubleValue: Double { Double(self) } }
extension Int8: StoredScalar { var doubleValue: Double { Double(self) } }
extension UInt16: StoredScalar { var doubleValue: Double { Double(self) } }
extension Int16: StoredScalar { var doubleValue: Double { Double(self) } }
extension UInt32: StoredScalar { var doubleValue: Double { Double(self) } }
extension Int32: StoredScalar { var doubleValue: Double { Double(self) } }
extension UInt64: StoredScalar { var doubleValue: Double { Double(self) } }
extension Int64: StoredScalar { var doubleValue: Double { Double(self) } }
extension Float: StoredScalar { var doubleValue: Double { Double(self) } }
extension Double: StoredScalar { var doubleValue: Double { self } }

/// The stored type of a datatype, handed to `body` as a typed buffer.
func withStoredBuffer<R>(_ raw: UnsafeRawPointer, _ datatype: Datatype, count: Int,
                         _ body: (any StoredBuffer) -> R) -> R {
    func view<T: StoredScalar>(_ type: T.Type) -> R {
        body(UnsafeBufferPointer(start: raw.assumingMemoryBound(to: T.self), count: count))
    }
    switch datatype {
    case .uint8: return view(UInt8.self)
    case .int8: return view(Int8.self)
    case .uint16: return view(UInt16.self)
    case .int16: return view(Int16.self)
    case .uint32: return view(UInt32.self)
    case .int32: return view(Int32.self)
    case .uint64: return view(UInt64.self)
    case .int64: return view(Int64.self)
    case .float32: return view(Float.self)
    case .float64: return view(Double.self)
    default: preconditionFailure("unsupported datatype \(datatype.name) reached decoding")
    }
}

/// A typed buffer of stored values, whatever their type.
protocol StoredBuffer {
    func map<T>(_ transform: (Double) -> T) -> [T]
    /// The first index whose value is not a whole number in 0...255, and that value.
    func firstInvalidLabel() -> (index: Int, value: Double)?
}

extension UnsafeBufferPointer: StoredBuffer where Element: StoredScalar {
    func map<T>(_ transform: (Double) -> T) -> [T] {
        [T](unsafeUninitializedCapacity: count) { out, initialized in
            for i in 0..<count { (out.baseAddress! + i).initialize(to: transform(self[i].doubleValue)) }
            initialized = count
        }
    }

    func firstInvalidLabel() -> (index: Int, value: Double)? {
        for i in 0..<count {
            let v = self[i].doubleValue
            if !(v >= 0 && v <= 255 && v.rounded() == v) { return (i, v) }
        }
        return nil
    }
}

func decode<T>(_ raw: UnsafeRawPointer, _ datatype: Datatype, count: Int, _ transform: (Double) -> T) -> [T] {
    withStoredBuffer(raw, datatype, count: count) { $0.map(transform) }
}

/// Labels as bytes, or the first voxel that is not a whole number in 0...255.
func decodeLabels(_ raw: UnsafeRawPointer, _ datatype: Datatype, count: Int) -> Result<[UInt8], InvalidLabel> {
    withStoredBuffer(raw, datatype, count: count) { buffer in
        if let bad = buffer.firstInvalidLabel() { return .failure(InvalidLabel(index: bad.index, value: bad.value)) }
        return .success(buffer.map { UInt8($0) })
    }
}

struct InvalidLabel: Error { let index: Int; let value: Double }
