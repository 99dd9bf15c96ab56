import Foundation

/// Everything that can be wrong with a NIfTI file, each message naming the file.
public struct NIfTIError: Error, Equatable, CustomStringConvertible, LocalizedError {
    public enum Problem: Equatable, Sendable {
        case missing
        case isDirectory
        /// A FIFO, a device, a socket: anything but a regular file (reading one could block forever).
        case notRegularFile(String)
        /// A symbolic link that leads nowhere: a loop, or a missing target.
        case badLink(String)
        /// A format SegBench does not read (ANALYZE 7.5, a .hdr/.img pair).
        case unsupportedFormat(String)
        case unreadable(String)
        case notNIfTI(String)
        case truncated(String)
        case tooLarge(String)
        case unsupportedDatatype(code: Int, name: String)
        case invalidHeader(String)
        case nonIntegralLabel(value: Double, voxel: [Int])
        case nonFiniteLabel(value: Double, voxel: [Int])
        /// A label map with more than one volume (dim[4...7] > 1).
        case multipleVolumes(String)
        case labelOutOfRange(value: Double, voxel: [Int], range: String)
        case writeFailed(String)
    }

    public let path: String
    public let problem: Problem

    public init(path: String, problem: Problem) { self.path = path; self.problem = problem }

    public var description: String { "\(path): \(reason)" }
    public var errorDescription: String? { description }

    public var reason: String {
        switch problem {
        case .missing: return "no such file"
        case .isDirectory: return "is a directory, not a NIfTI file"
        case .notRegularFile(let what): return "\(what), not a regular file; SegBench reads only regular files"
        case .badLink(let why): return why
        case .unsupportedFormat(let why): return "unsupported format: \(why)"
        case .unreadable(let why): return "cannot be read (\(why))"
        case .notNIfTI(let why): return "not a NIfTI file: \(why)"
        case .truncated(let why): return "truncated: \(why)"
        case .tooLarge(let why): return "refused before reading: \(why)"
        case .unsupportedDatatype(let code, let name):
            return "unsupported datatype \(name) (code \(code)); SegBench reads the integer and real datatypes"
        case .invalidHeader(let why): return "invalid header: \(why)"
        case .nonIntegralLabel(let value, let voxel):
            return "label map holds the non-integral value \(value) at voxel (\(voxel.map(String.init).joined(separator: ", "))); labels must be whole numbers"
        case .nonFiniteLabel(let value, let voxel):
            return "label map holds \(value) at voxel (\(voxel.map(String.init).joined(separator: ", "))); labels must be finite whole numbers"
        case .multipleVolumes(let why):
            return "a label map has one volume, this file has \(why)"
        case .labelOutOfRange(let value, let voxel, let range):
            return "label value \(format(value)) at voxel (\(voxel.map(String.init).joined(separator: ", "))) is outside \(range)"
        case .writeFailed(let why): return "write failed: \(why)"
        }
    }
}
