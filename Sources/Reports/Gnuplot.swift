import Foundation
import SourceFormats

/// gnuplot 5, spoken to through a pipe.
///
/// gnuplot-iostream (the C++ way in) is a header over Boost that Swift cannot import, so SegBench
/// writes gnuplot's own language. A figure is a short script over plain CSV files with a header
/// row, all saved next to the pictures: `gnuplot NAME.gp` in that folder re-plots it (to
/// `NAME_replot.pdf`), and the CSVs read as they are in pandas, R or a spreadsheet. The driver
/// runs gnuplot in the figure folder, sets each terminal and output in turn and `load`s the
/// script. gnuplot's stderr is read on its own thread (a full pipe would block it), and an error
/// (it exits non-zero) becomes a message naming the figure, the script and gnuplot's own words.
public struct Gnuplot: Sendable {
    /// Pixels per inch of the PNG: what journals ask of line art with grey levels.
    public static let dpi = 300
    /// The figures' type size as printed, in points; no text is set smaller than `minimumPoints`.
    public static let points = 8.0, minimumPoints = 7.0

    public enum Format: String, CaseIterable, Sendable {
        case png, svg, pdf

        /// The terminal for a figure `width × height` inches with text at `Gnuplot.points` as
        /// printed. cairo sets a point at 1/96 inch (measured: 20 pt Liberation Sans capitals are
        /// 18 pixels high in a pngcairo PNG at font scale 1, 0.716 em at 96 per inch), so the PNG's
        /// font and lines are scaled by dpi/96 and the PDF's by 72/96 (gnuplot's pdfcairo default
        /// of 0.5 printed 8 pt as 5.3 pt).
        func terminal(width: Double, height: Double) -> String {
            let font = "font \"Liberation Sans,\(Int(Gnuplot.points))\""
            let scale = Double(Gnuplot.dpi) / 96
            switch self {
            case .png:
                return String(format: "set terminal pngcairo enhanced color size %d,%d %@ fontscale %.4f linewidth %.4f background rgb 'white'",
                              Int((width * Double(Gnuplot.dpi)).rounded()), Int((height * Double(Gnuplot.dpi)).rounded()), font, scale, scale)
            case .pdf, .svg:  // the SVG is the PDF converted (`render`)
                return String(format: "set terminal pdfcairo enhanced color size %.2fin,%.2fin %@ fontscale 0.75 linewidth 0.75", width, height, font)
            }
        }
    }

    public var executable: String

    public init(executable: String = "gnuplot") { self.executable = executable }

    /// Renders `figure` into `folder` as `name.png`, `name.svg`, `name.pdf` (those asked for),
    /// writing its data as `name.csv` (and `name_PART.csv`) and its script as `name.gp`.
    /// Returns the pictures written.
    @discardableResult
    public func render(_ figure: Figure, into folder: String, formats: [Format] = Format.allCases) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for table in figure.tables {
            try table.csv.write(toFile: (folder as NSString).appendingPathComponent(figure.file(table)), atomically: true, encoding: .utf8)
        }
        let script = (folder as NSString).appendingPathComponent(figure.name + ".gp")
        try figure.standaloneScript.write(toFile: script, atomically: true, encoding: .utf8)
        var commands: [String] = []
        func path(_ format: Format) -> String { (folder as NSString).appendingPathComponent("\(figure.name).\(format.rawValue)") }
        let outputs = formats.map(path)
        // The SVG is the PDF converted by poppler's pdftocairo, not gnuplot's svg terminal: that
        // terminal sets text by its own metrics, and the multi-panel figures came out with titles
        // under the wrong panels and legends over the axes (a review of the committed report).
        // Converted, the SVG is the PDF's drawing exactly, its text as outlines.
        let drawn = formats.filter { $0 != .svg } + (formats.contains(.svg) && !formats.contains(.pdf) ? [.pdf] : [])
        // gnuplot runs in the folder: the paths it is given are absolute.
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        for format in drawn {
            try? FileManager.default.removeItem(atPath: path(format))
            commands += ["segbench_driver = 1", format.terminal(width: figure.width, height: figure.height),
                         "set output \(quoted((absolute as NSString).appendingPathComponent("\(figure.name).\(format.rawValue)")))",
                         "load \(quoted((absolute as NSString).appendingPathComponent(figure.name + ".gp")))", "unset output", "reset session"]
        }
        try run(commands.joined(separator: "\n") + "\n", context: "\(figure.name) (\(script))", in: folder)
        if formats.contains(.svg) {
            try? FileManager.default.removeItem(atPath: path(.svg))
            try Self.convert(pdf: path(.pdf), to: path(.svg), context: "\(figure.name) (\(script))")
            if !formats.contains(.pdf) { try? FileManager.default.removeItem(atPath: path(.pdf)) }
        }
        for output in outputs {
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            guard size > 0 else { throw GnuplotError("gnuplot wrote nothing to \(output) for figure \(figure.name) (\(script))") }
            if output.hasSuffix(".pdf") { try Self.fixCreationDate(output) }
            if output.hasSuffix(".png") { try PNGResolution.stamp(output, dotsPerInch: Self.dpi) }
        }
        return outputs
    }

    /// `pdftocairo -svg` (poppler-utils): the same bytes for the same PDF, run after run.
    static func convert(pdf: String, to svg: String, context: String) throws {
        do { try ExternalTool.pdftocairo.check(["-svg", pdf, svg], subject: pdf) } catch let error as SourceFormatError {
            throw GnuplotError("no SVG for \(context): \(error.description)")
        }
    }

    /// The fixed stamp every PDF gets: `D:YYYYMMDDHHmmSSZ`, the instant SegBench cannot know.
    static let creationDate = "20000101000000Z"

    /// cairo stamps a PDF with the second it was written (Debian 12's cairo 1.16 ignores
    /// `SOURCE_DATE_EPOCH`), so every run of the main job changed every committed PDF and
    /// nothing else. The stamp is overwritten with `creationDate`, of the same length, which keeps
    /// the PDF's cross-reference offsets valid; a PDF without the stamp is left as it is.
    static func fixCreationDate(_ path: String) throws {
        guard var data = FileManager.default.contents(atPath: path),
              let key = data.range(of: Data("/CreationDate (D:".utf8)) else { return }
        let stamp = Data(creationDate.utf8), start = key.upperBound
        guard data.count >= start + stamp.count, data[start + stamp.count - 1] == UInt8(ascii: "Z") else { return }
        data.replaceSubrange(start..<start + stamp.count, with: stamp)
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Sends `commands` to a gnuplot process; throws with its stderr when it fails.
    public func run(_ commands: String, context: String, in folder: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The scripts name their CSVs without a folder: gnuplot reads them where they lie.
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        process.arguments = [executable]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw GnuplotError("cannot start \(executable) for \(context): \(error.localizedDescription). Install gnuplot (Debian: gnuplot-nox) or run scripts/setup.sh")
        }
        // stderr on its own thread, so gnuplot never blocks on a full pipe while we write.
        let collected = StderrCollector()
        let reader = Thread { collected.append(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        // gnuplot may be gone before it has read everything (it could not start, or it died):
        // the write must fail with EPIPE, not kill this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(commands.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        collected.wait()
        // gnuplot repeats an error once per output it was asked for: each paragraph once.
        var paragraphs: [String] = []
        for p in collected.text.components(separatedBy: "\n\n").map({ $0.trimmingCharacters(in: .newlines) }) where !p.isEmpty && !paragraphs.contains(p) {
            paragraphs.append(p)
        }
        let message = paragraphs.joined(separator: "\n\n")
        if process.terminationStatus == 127 || message.contains("No such file or directory") && message.contains(executable) {
            throw GnuplotError("cannot start \(executable) for \(context). Install gnuplot (Debian: gnuplot-nox) or run scripts/setup.sh")
        }
        guard process.terminationStatus == 0 else {
            throw GnuplotError("gnuplot failed on \(context) (exit \(process.terminationStatus)):\n\(message)")
        }
    }

    func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "''") + "'" }
}

/// What gnuplot wrote on stderr, handed from the reading thread.
final class StderrCollector: @unchecked Sendable {
    private let lock = NSCondition()
    private var data = Data()
    private var done = false

    func append(_ chunk: Data) {
        lock.lock()
        data.append(chunk)
        done = true
        lock.broadcast()
        lock.unlock()
    }

    func wait() {
        lock.lock()
        while !done { lock.wait() }
        lock.unlock()
    }

    var text: String { String(decoding: data, as: UTF8.self) }
}

public struct GnuplotError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

