import Foundation

/// One DICOM slice to write: its elements and 16-bit pixels.
///
/// Written by dcmtk's `dump2dcm` from a text dump (the format `dcmdump` prints), with the pixel
/// data read from a raw little-endian file, so the phantoms are DICOM that a well-kept toolkit
/// produced rather than bytes SegBench laid out by hand.
public struct DICOMSlice: Sendable {
    public struct Element: Sendable {
        public var tag: String
        public var vr: String
        public var value: String
    }
    public var elements: [Element] = []
    public var rows: Int
    public var columns: Int
    /// Row-major, row 0 at the top.
    public var pixels: [UInt16]

    public init(rows: Int, columns: Int, pixels: [UInt16]) {
        precondition(pixels.count == rows * columns)
        self.rows = rows
        self.columns = columns
        self.pixels = pixels
    }

    /// Adds an element; multi-valued values are joined with DICOM's backslash.
    public mutating func set(_ tag: String, _ vr: String, _ values: Any...) {
        elements.append(Element(tag: tag, vr: vr, value: values.map { "\($0)" }.joined(separator: "\\")))
    }

    public func write(to path: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-dicom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let raw = scratch.appendingPathComponent("pixels.raw"), dump = scratch.appendingPathComponent("slice.dump")
        try pixels.map(\.littleEndian).withUnsafeBytes { Data($0) }.write(to: raw)
        var lines = elements.map { e in
            // Numbers (US, UL, SS) are written bare; strings and UIDs in brackets.
            ["US", "UL", "SS", "SL"].contains(e.vr) ? "(\(e.tag)) \(e.vr) \(e.value)" : "(\(e.tag)) \(e.vr) [\(e.value)]"
        }
        lines += ["(0028,0002) US 1", "(0028,0004) CS [MONOCHROME2]", "(0028,0010) US \(rows)", "(0028,0011) US \(columns)",
                  "(0028,0100) US 16", "(0028,0101) US 16", "(0028,0102) US 15", "(0028,0103) US 0", "(7fe0,0010) OW =\(raw.path)"]
        try (lines.joined(separator: "\n") + "\n").write(to: dump, atomically: true, encoding: .utf8)
        try ExternalTool.dump2dcm.check(["+te", dump.path, path], subject: path)
    }
}
