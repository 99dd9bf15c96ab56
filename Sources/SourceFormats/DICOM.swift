import Foundation

/// The header fields of one DICOM slice that ingest needs: where the slice lies in the patient
/// (to place its PNG label on the converted grid) and the scanner tags.
public struct DICOMSliceHeader: Sendable, Equatable {
    public var path: String
    /// ImagePositionPatient (0020,0032): the centre of the first transmitted pixel, in LPS millimetres.
    public var position: SIMD3<Double>
    /// ImageOrientationPatient (0020,0037): the direction of increasing column index (along a
    /// row), then of increasing row index, as LPS unit vectors.
    public var rowDirection: SIMD3<Double>
    public var columnDirection: SIMD3<Double>
    /// PixelSpacing (0028,0030): the distance between rows, then between columns (mm).
    public var pixelSpacing: (row: Double, column: Double)
    public var rows: Int
    public var columns: Int
    /// Any other tag asked for, `gggg,eeee` → its value as dcmdump prints it.
    public var tags: [String: String]

    /// The slice normal, `rowDirection × columnDirection`.
    public var normal: SIMD3<Double> {
        let a = rowDirection, b = columnDirection
        return SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
    }

    /// The LPS position of pixel (row, column): `P + column·Δc·X + row·Δr·Y` (DICOM PS3.3 C.7.6.2.1.1).
    public func lps(row: Int, column: Int) -> SIMD3<Double> {
        position + rowDirection * (Double(column) * pixelSpacing.column) + columnDirection * (Double(row) * pixelSpacing.row)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.path == b.path && a.position == b.position && a.rowDirection == b.rowDirection && a.columnDirection == b.columnDirection
            && a.pixelSpacing == b.pixelSpacing && a.rows == b.rows && a.columns == b.columns && a.tags == b.tags
    }
}

/// Reading and converting DICOM through the field's tools: dcmtk's `dcmdump` for header fields,
/// `dcm2niix` for the image volume. SegBench parses no DICOM itself.
public enum DICOMSeries {
    /// The DICOM files of a series folder, in natural filename order (`IMG-2` before `IMG-10`).
    public static func files(in folder: String) throws -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw SourceFormatError(path: folder, reason: "no such DICOM series folder")
        }
        let names = entries.filter { !$0.hasPrefix(".") && ($0.lowercased().hasSuffix(".dcm") || !$0.contains(".")) }
        guard !names.isEmpty else { throw SourceFormatError(path: folder, reason: "no DICOM files in the series folder") }
        return naturalOrder(names).map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Names sorted with runs of digits compared as numbers.
    public static func naturalOrder(_ names: [String]) -> [String] {
        names.sorted { $0.compare($1, options: [.numeric]) == .orderedAscending }
    }

    /// The geometry tags of every file, and `extraTags`, in one `dcmdump` call.
    public static func headers(of files: [String], extraTags: [String] = []) throws -> [DICOMSliceHeader] {
        let geometry = ["0020,0032", "0020,0037", "0028,0030", "0028,0010", "0028,0011"]
        let tags = geometry + extraTags.filter { !geometry.contains($0) }
        let output = try ExternalTool.dcmdump.run(["+F"] + tags.flatMap { ["+P", $0] } + files, subject: files.first ?? "")
        // dcmdump prints "# dcmdump (n/N): PATH" before each file's elements.
        var values: [String: [String: String]] = [:], current: String?
        for line in output.stdout.split(separator: "\n") {
            if line.hasPrefix("# dcmdump ("), let colon = line.range(of: "): ") {
                current = String(line[colon.upperBound...])
            } else if let current, let (tag, value) = element(line) {
                values[current, default: [:]][tag] = value
            }
        }
        return try files.map { file in
            guard let v = values[file] else {
                // dcmdump says "E: dcmdump: <why>: reading file: <path>".
                let line = output.stderr.split(separator: "\n").first { $0.contains(file) }.map(String.init) ?? ""
                let why = line.replacingOccurrences(of: "E: dcmdump: ", with: "").components(separatedBy: ": reading file").first ?? ""
                throw SourceFormatError(path: file, reason: "not a readable DICOM file" + (why.isEmpty ? "" : " (dcmdump: \(why))"))
            }
            func numbers(_ tag: String, _ count: Int, _ name: String) throws -> [Double] {
                let parts = (v[tag] ?? "").split(separator: "\\").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == count else { throw SourceFormatError(path: file, reason: "no usable \(name) (\(tag)): \"\(v[tag] ?? "")\"") }
                return parts
            }
            let p = try numbers("0020,0032", 3, "ImagePositionPatient"), o = try numbers("0020,0037", 6, "ImageOrientationPatient")
            let s = try numbers("0028,0030", 2, "PixelSpacing"), r = try numbers("0028,0010", 1, "Rows"), c = try numbers("0028,0011", 1, "Columns")
            return DICOMSliceHeader(path: file, position: SIMD3(p[0], p[1], p[2]), rowDirection: SIMD3(o[0], o[1], o[2]),
                                    columnDirection: SIMD3(o[3], o[4], o[5]), pixelSpacing: (s[0], s[1]), rows: Int(r[0]), columns: Int(c[0]),
                                    tags: v.filter { extraTags.contains($0.key) })
        }
    }

    /// `(0020,0032) DS [-10\-20\5.5]   # 12, 3 ImagePositionPatient` → ("0020,0032", "-10\-20\5.5").
    static func element(_ line: Substring) -> (String, String)? {
        guard line.hasPrefix("("), line.count > 15 else { return nil }
        let tag = String(line.dropFirst().prefix(9)).lowercased()
        // Skip the tag, then the VR, to the value.
        var rest: Substring = line.dropFirst(11)
        rest = rest.drop { $0 == " " }
        rest = rest.drop { $0 != " " }
        rest = rest.drop { $0 == " " }
        if rest.hasPrefix("(no value") { return (tag, "") }
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            return (tag, String(rest[rest.index(after: rest.startIndex)..<close]))
        }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        return (tag, rest.trimmingCharacters(in: .whitespaces))
    }

    /// Converts one series folder with `dcm2niix` into `output` (a `.nii.gz`). Exactly one volume must come out: a folder that dcm2niix splits into
    /// several series (mixed orientations, a gap it will not bridge) is an error naming them.
    public static func convert(_ folder: String, to output: String) throws {
        let directory = (output as NSString).deletingLastPathComponent
        let base = ((output as NSString).lastPathComponent as NSString).deletingPathExtension.replacingOccurrences(of: ".nii", with: "")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let scratch = (directory as NSString).appendingPathComponent(".\(base)-dcm2niix")
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try ExternalTool.dcm2niix.check(["-z", "y", "-b", "n", "-f", "series", "-o", scratch, folder], subject: folder)
        let made = ((try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []).sorted()
        let volumes = made.filter { $0.hasSuffix(".nii.gz") }
        guard volumes.count == 1 else {
            throw SourceFormatError(path: folder, reason: volumes.isEmpty ? "dcm2niix wrote no volume"
                                    : "dcm2niix split the series into \(volumes.count) volumes (\(volumes.joined(separator: ", ")))")
        }
        let volume = (scratch as NSString).appendingPathComponent(volumes[0])
        try? FileManager.default.removeItem(atPath: output)
        try FileManager.default.moveItem(atPath: volume, toPath: output)
    }
}
