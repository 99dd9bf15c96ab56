import Catalog
import Foundation
import SourceFormats
import Store

/// The git commit of the folder a method's code lives in, read with the `git` program: what a
/// stored run records so that its numbers can be traced to the code that made them.
public enum GitCheckout {
    /// The folder whose commit a run records: a command method's working directory, a
    /// predictions method's folder; nil for a builtin (its code is SegBench's own, whose version
    /// every run records).
    public static func folder(of method: MethodSpec) -> String? {
        switch method.kind {
        case .builtin: return nil
        case .command(let steps): return steps.workingDirectory
        case .predictions(let folder, _): return folder
        }
    }

    /// `HEAD`'s commit of the checkout holding `folder`, and whether that folder has changes to
    /// tracked files not committed (untracked files do not count: a method's outputs and caches
    /// often live beside its code). Nil when the folder is not in a git checkout, or `git`
    /// cannot be run.
    public static func state(of folder: String) -> GitState? {
        guard let head = git(["rev-parse", "--verify", "HEAD"], in: folder), head.count == 40 || head.count == 64 else { return nil }
        guard let status = git(["status", "--porcelain", "--untracked-files=no", "--", "."], in: folder) else { return nil }
        return GitState(commit: head, dirty: !status.isEmpty)
    }

    /// `git -C folder ARGUMENTS`'s standard output, trimmed; nil when the folder is missing, git
    /// is not on PATH, or it exits non-zero.
    static func git(_ arguments: [String], in folder: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let output = try? ExternalTool.git.run(["-C", folder] + arguments, subject: folder), output.status == 0 else { return nil }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
