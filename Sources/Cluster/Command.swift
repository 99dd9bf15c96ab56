import Foundation

/// Runs a SLURM client (`sbatch`, `squeue`) and returns its standard output; a failure names
/// the command and gives its standard error.
public func command(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch { throw ClusterError("\(program): cannot be started (\(error)); is SLURM's client on PATH?") }
    let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ClusterError("\(([program] + arguments).joined(separator: " ")) exited \(process.terminationStatus): "
                           + String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return String(decoding: output, as: UTF8.self)
}
