import CPNG
import Foundation
import NIfTI

/// One 8-bit grey PNG: a CHAOS ground-truth slice.
///
/// Read and written through libpng's simplified API (`png_image_*`), which converts any PNG
/// (palette, RGB, 16-bit, alpha) to 8-bit grey on the way in, so a decoder sees the grey levels
/// CHAOS documents (63, 126, 189, 252; 255 for CT) whatever colour type the file was saved as.
public struct PNGSlice: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Row-major, row 0 at the top: `pixels[row * width + column]`.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "a \(width)×\(height) slice needs \(width * height) pixels")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    public subscript(row: Int, column: Int) -> UInt8 { pixels[row * width + column] }

    public static func read(_ path: String) throws -> PNGSlice {
        // libpng would wait on a FIFO, and read /dev/zero to the end of memory.
        do { _ = try FileCheck.regularFile(path) } catch let error as NIfTIError { throw SourceFormatError(path: path, reason: error.reason) }
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        guard png_image_begin_read_from_file(&image, path) != 0 else { throw failure(path, &image, "not a readable PNG") }
        defer { png_image_free(&image) }
        image.format = UInt32(PNG_FORMAT_GRAY)
        let width = Int(image.width), height = Int(image.height)
        var pixels = [UInt8](repeating: 0, count: width * height)
        let ok = pixels.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, Int32(width), nil) }
        guard ok != 0 else { throw failure(path, &image, "cannot decode") }
        return PNGSlice(width: width, height: height, pixels: pixels)
    }

    public func write(to path: String) throws {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        image.format = UInt32(PNG_FORMAT_GRAY)
        let ok = pixels.withUnsafeBytes { png_image_write_to_file(&image, path, 0, $0.baseAddress, Int32(width), nil) }
        guard ok != 0 else { throw Self.failure(path, &image, "cannot write") }
    }

    private static func failure(_ path: String, _ image: inout png_image, _ what: String) -> SourceFormatError {
        let message = withUnsafeBytes(of: &image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return SourceFormatError(path: path, reason: message.isEmpty ? what : "\(what) (libpng: \(message))")
    }
}

/// A file in a dataset's own format (DICOM, PNG) that cannot be read or written as expected.
public struct SourceFormatError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}
