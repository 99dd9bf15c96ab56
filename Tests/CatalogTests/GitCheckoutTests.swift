import Foundation
import Runner
import Store
import Testing

/// The commit a run records of its method's folder, against what `git` itself says.
@Suite("The git commit of a method's folder")
struct GitCheckoutTests {
    static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments) failed")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("HEAD's commit; dirty only with changes to tracked files of the folder; nil outside a checkout")
    func state() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-git-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let method = root + "/method", other = root + "/other"
        for folder in [method, other] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        #expect(GitCheckout.state(of: method) == nil)
        _ = try Self.git(["init", "-q"], in: root)
        try "print(1)\n".write(toFile: method + "/predict.py", atomically: true, encoding: .utf8)
        try "x\n".write(toFile: other + "/notes.txt", atomically: true, encoding: .utf8)
        _ = try Self.git(["add", "."], in: root)
        _ = try Self.git(["commit", "-q", "-m", "first"], in: root)
        let head = try Self.git(["rev-parse", "HEAD"], in: root)
        #expect(GitCheckout.state(of: method) == GitState(commit: head, dirty: false))
        // An untracked output beside the code, and a change elsewhere in the checkout: still clean.
        try "0.9\n".write(toFile: method + "/scores.txt", atomically: true, encoding: .utf8)
        try "y\n".write(toFile: other + "/notes.txt", atomically: true, encoding: .utf8)
        #expect(GitCheckout.state(of: method) == GitState(commit: head, dirty: false))
        try "print(2)\n".write(toFile: method + "/predict.py", atomically: true, encoding: .utf8)
        #expect(GitCheckout.state(of: method) == GitState(commit: head, dirty: true))
        #expect(GitCheckout.state(of: root + "/missing") == nil)
    }
}
