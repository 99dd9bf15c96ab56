import Foundation

/// A command-line tool SegBench relies on for a format it does not parse itself (dcm2niix,
/// dcmtk's dump2dcm and dcmdump), or for a run's provenance (git). Run with an argument vector, never through a shell.
public struct ExternalTool: Sendable {
    public var name: String
    /// The Debian package that provides it, for the message when it is missing.
    public var package: String

    public static let dcm2niix = ExternalTool(name: "dcm2niix", package: "dcm2niix")
    public static let dump2dcm = ExternalTool(name: "dump2dcm", package: "dcmtk")
    public static let dcmdump = ExternalTool(name: "dcmdump", package: "dcmtk")
    /// A report's SVG figures, converted from their PDFs (`Gnuplot.render`).
    public static let pdftocairo = ExternalTool(name: "pdftocairo", package: "poppler-utils")
    /// The commit of a method's folder that a run records (`Runner.GitCheckout`).
    public static let git = ExternalTool(name: "git", package: "git")

    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The tool's path on `PATH`, or nil.
    public var location: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the tool to completion. Output goes through temporary files rather than pipes, so a
    /// chatty tool can never fill a pipe buffer and stall while we wait for it to exit.
    public func run(_ arguments: [String], subject: String) throws -> Output {
        guard let executable = location else {
            throw SourceFormatError(path: subject, reason: "needs \(name), which is not on PATH (Debian package \(package); scripts/setup.sh installs it)")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Runs the tool and throws, with the end of its stderr, unless it exits 0.
    @discardableResult
    public func check(_ arguments: [String], subject: String) throws -> Output {
        let output = try run(arguments, subject: subject)
        guard output.status == 0 else {
            let tail = (output.stderr + output.stdout).split(separator: "\n").suffix(4).joined(separator: " | ")
            throw SourceFormatError(path: subject, reason: "\(name) failed with status \(output.status): \(tail)")
        }
        return output
    }
}
