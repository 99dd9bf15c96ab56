import Foundation

/// The widths a journal prints a figure at: one column or the whole page.
public enum PrintWidth: Double, Sendable, CaseIterable {
    case column = 3.5
    case page = 7
}

/// A figure: a gnuplot script over CSV tables, its printed size in inches, and its caption.
///
/// The script reads its tables by file name (`NAME.csv`, `NAME_PART.csv`), as a user re-plotting
/// it would; `Gnuplot.render` writes them beside it.
public struct Figure: Sendable {
    public var name: String
    public var printWidth: PrintWidth
    public var height: Double
    public var caption: String
    public var script: String
    public var tables: [FigureTable]

    public var width: Double { printWidth.rawValue }

    public init(name: String, width: PrintWidth, height: Double, caption: String, script: String, tables: [FigureTable] = []) {
        self.name = name
        self.printWidth = width
        self.height = height
        self.caption = caption
        self.script = script
        self.tables = tables
    }

    /// The file a table is written to.
    public func file(_ table: FigureTable) -> String { name + (table.part.isEmpty ? "" : "_" + table.part) + ".csv" }

    /// The script as saved: a header naming the data, a default output when it is run on its
    /// own (`gnuplot NAME.gp`), and the CSV settings, then the figure's own lines.
    var standaloneScript: String {
        let files = tables.map { "#   \(file($0)): \($0.columns.joined(separator: ", "))" + ($0.blockEnds.isEmpty ? "" : " (a blank line between paths)") }
            .joined(separator: "\n")
        return """
            # \(name): \(caption.replacingOccurrences(of: "\n", with: " "))
            # Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
            \(files.isEmpty ? "#   (none: the data are inline)" : files)
            # Run on its own (in this folder) it writes \(name)_replot.pdf; edit freely.
            if (!exists("segbench_driver")) {
                set terminal pdfcairo enhanced color size \(String(format: "%.2f", width))in,\(String(format: "%.2f", height))in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
                set output "\(name)_replot.pdf"
            }
            \(tables.isEmpty ? "" : "set datafile separator comma\nset datafile columnheaders\nset datafile missing \"NaN\"\n")
            """ + script
    }
}

/// One CSV file of a figure's data: named columns, one row per point, values as text.
public struct FigureTable: Sendable {
    /// Added to the figure's name (`box_dice_summary.csv`); empty: `box_dice.csv`.
    public var part: String
    public var columns: [String]
    public var rows: [[String]]
    /// The rows after which a blank line is written: where a polyline ends (a contour's path).
    /// gnuplot lifts the pen at a blank line and nowhere else (a filtered-out row, or a `NaN`
    /// one, is stepped over and the line joins the next point); pandas' `read_csv`, R's
    /// `read.csv` and Python's `csv` module skip blank lines.
    public var blockEnds: Set<Int> = []

    public init(part: String = "", columns: [String], rows: [[String]] = []) {
        self.part = part
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a row of \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }

    /// Ends a block (a path) at the last row: a blank line follows it.
    public mutating func endBlock() {
        if !rows.isEmpty { blockEnds.insert(rows.count - 1) }
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    public var csv: String {
        var text = columns.map(Self.field).joined(separator: ",") + "\n"
        for (i, row) in rows.enumerated() {
            text += row.map(Self.field).joined(separator: ",") + "\n"
            if blockEnds.contains(i) && i < rows.count - 1 { text += "\n" }
        }
        return text
    }

    static func field(_ text: String) -> String {
        text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A number as the CSV writes it: six significant digits, `NaN` when undefined.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NaN" }
        return String(format: "%.6g", value)
    }
}

/// The PNG's physical resolution: cairo writes no `pHYs` chunk, so viewers and journals' checks
/// read a 300-dpi figure as 72 dpi and print it four times too large. The chunk (PNG 1.2, §4.2.4.2:
/// pixels per metre, unit 1) goes right after IHDR, with its CRC-32.
enum PNGResolution {
    static func stamp(_ path: String, dotsPerInch: Int) throws {
        guard var data = FileManager.default.contents(atPath: path), data.count > 33,
              data.starts(with: [0x89, 0x50, 0x4E, 0x47]), data[12..<16].elementsEqual("IHDR".utf8) else {
            throw GnuplotError("\(path) is not a PNG: cannot set its resolution")
        }
        guard data.range(of: Data("pHYs".utf8)) == nil else { return }
        let perMetre = UInt32((Double(dotsPerInch) / 0.0254).rounded())
        var body = Data("pHYs".utf8)
        body.append(contentsOf: bigEndian(perMetre) + bigEndian(perMetre) + [1])
        var chunk = Data(bigEndian(9))
        chunk.append(body)
        chunk.append(contentsOf: bigEndian(crc32(body)))
        data.insert(contentsOf: chunk, at: 33)  // 8 signature + 25 IHDR
        try data.write(to: URL(fileURLWithPath: path))
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }

    /// CRC-32 (ISO 3309, reflected polynomial 0xEDB88320), as PNG chunks carry it.
    static func crc32(_ bytes: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
