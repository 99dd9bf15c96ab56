import Foundation

/// Where the default datasets.json and methods.json are, so that `segbench` works from any
/// folder and not only from its repository.
///
/// The first that applies wins:
/// 1. the path given on the command line (`--catalog`, `--methods-catalog`);
/// 2. the environment variable (`SEGBENCH_CATALOG`, `SEGBENCH_METHODS_CATALOG`);
/// 3. the file in the working directory, as before (a project of one's own keeps its catalog there);
/// 4. the file the program was installed with: `PREFIX/share/segbench/FILE` beside `PREFIX/bin/segbench`,
///    or, for a binary built in a clone (`.build/…/segbench`), the clone's own FILE.
public struct CatalogLocation: Sendable, Equatable {
    /// Which of the two catalogs.
    public enum Kind: Sendable {
        case datasets, methods

        public var fileName: String { self == .datasets ? "datasets.json" : "methods.json" }
        public var environmentVariable: String { self == .datasets ? "SEGBENCH_CATALOG" : "SEGBENCH_METHODS_CATALOG" }
        public var option: String { self == .datasets ? "--catalog" : "--methods-catalog" }
    }

    /// How the path was chosen, for messages.
    public enum Origin: Sendable, Equatable {
        case option, environment, workingDirectory, installation, notFound
    }

    public var path: String
    public var origin: Origin
    /// Every place looked at, in order (for the message when none holds the file).
    public var searched: [String]

    /// The catalog of `kind`: `given` when not nil, else the first place that holds the file.
    /// When no place does, `path` is the working directory's file (its reader then says it is
    /// missing) and `searched` lists the places, for `notFoundMessage`.
    public static func resolve(_ kind: Kind, given: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               workingDirectory: String = FileManager.default.currentDirectoryPath,
                               executable: String? = CatalogLocation.executablePath) -> CatalogLocation {
        if let given { return CatalogLocation(path: given, origin: .option, searched: [given]) }
        if let fromEnvironment = environment[kind.environmentVariable], !fromEnvironment.isEmpty {
            return CatalogLocation(path: fromEnvironment, origin: .environment, searched: [fromEnvironment])
        }
        let local = (workingDirectory as NSString).appendingPathComponent(kind.fileName)
        var searched = [local]
        if isFile(local) { return CatalogLocation(path: kind.fileName, origin: .workingDirectory, searched: searched) }
        for candidate in installedCandidates(kind, executable: executable) {
            searched.append(candidate)
            if isFile(candidate) { return CatalogLocation(path: candidate, origin: .installation, searched: searched) }
        }
        return CatalogLocation(path: kind.fileName, origin: .notFound, searched: searched)
    }

    /// What to say when the default catalog is nowhere.
    public static func notFoundMessage(_ kind: Kind, searched: [String]) -> String {
        "no \(kind.fileName) found; looked at " + searched.joined(separator: ", ")
            + ". Name one with \(kind.option) PATH or the environment variable \(kind.environmentVariable)"
    }

    /// The places an installed or built binary keeps its catalogs: `PREFIX/share/segbench/` for
    /// `PREFIX/bin/segbench`, and the folder above the executable that holds `Package.swift`
    /// (a binary under a clone's `.build/`).
    static func installedCandidates(_ kind: Kind, executable: String?) -> [String] {
        guard let executable else { return [] }
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        let binFolder = binary.deletingLastPathComponent()
        var candidates = [binFolder.deletingLastPathComponent().appendingPathComponent("share/segbench/\(kind.fileName)").path]
        var folder = binFolder
        for _ in 0..<6 {
            if isFile(folder.appendingPathComponent("Package.swift").path) {
                candidates.append(folder.appendingPathComponent(kind.fileName).path)
                break
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return candidates
    }

    /// This process's executable (Linux's /proc/self/exe, else argv[0] made absolute).
    public static var executablePath: String? {
        if let linked = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return linked }
        guard let first = CommandLine.arguments.first, !first.isEmpty else { return nil }
        return first.contains("/") ? URL(fileURLWithPath: first).standardizedFileURL.path : nil
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
