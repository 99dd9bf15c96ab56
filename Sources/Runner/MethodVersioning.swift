import Catalog
import Foundation
import Harness
import Metrics
import Store

/// What makes two runs of a method the same method: its version string, the checksum of its
/// configuration (the methods.json entry, keys sorted), and the checksum of its checkpoints
/// (pretrained weights it names; for a `predictions` method, the prediction files themselves).
enum MethodVersioning {
    static func version(of method: MethodSpec, testCases: [PlannedCase]) throws -> MethodVersion {
        var version = method.version
        var checkpointFiles: [(String, String)] = []
        switch method.kind {
        case .builtin(let baseline):
            version = BuiltinModels.version(baseline) + (version.isEmpty ? "" : "+" + version)
        case .command:
            for path in method.checkpoints {
                guard let sum = Checksum.file(path) else { throw RunError("\(path): checkpoint of \(method.name) cannot be read") }
                checkpointFiles.append((path, sum))
            }
        case .predictions(let folder, let pattern):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw RunError("\(folder): the prediction folder of \(method.name) does not exist")
            }
            let paths = testCases.map { predictionPath(folder: folder, pattern: pattern, case: $0.name) }
            let sums = parallelMap(paths.count) { Checksum.file(paths[$0]) ?? "missing" }
            checkpointFiles = zip(paths.map { ($0 as NSString).lastPathComponent }, sums).map { ($0, $1) }
        }
        let listing = checkpointFiles.map { "\(($0.0 as NSString).lastPathComponent) \($0.1)" }.joined(separator: "\n")
        return MethodVersion(name: method.name, kind: method.kind.name, version: version,
                             configurationChecksum: Checksum.text(method.canonicalConfiguration), checkpointChecksum: Checksum.text(listing))
    }

    static func predictionPath(folder: String, pattern: String, case name: String) -> String {
        (folder as NSString).appendingPathComponent(pattern.replacingOccurrences(of: "{case}", with: name))
    }
}
