import ArgumentParser
import Catalog
import Foundation

// SegBench's option conventions, the same in every subcommand (docs/usage.md, "Options"):
//
// - A file is named by what it holds: `--catalog` (datasets.json), `--methods-catalog`
//   (methods.json), `--db` (the store), `--dataset-json` (nnU-Net's dataset.json).
// - A list is named in the plural (`--labels`, `--metrics`, `--methods`, `--tolerances`) and takes
//   its values space-separated, comma-separated or repeated: `--labels 1 2 3`, `--labels 1,2,3`
//   and `--labels 1 --labels 2,3` are the same. `--split`, `--method` and `--run` take one name
//   each and may be repeated (and take space- or comma-separated names too).
// - The old spellings (`run --methods PATH`, `export --metric`, `--tolerance`) still work for a
//   release, hidden from the help, with a note on stderr.

/// The values of a list option: every given string split on commas, blanks dropped.
enum ListOption {
    static func values(_ given: [String]) -> [String] {
        given.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The values of an option and of its old hidden spelling, with a note on stderr when the
    /// old one is used.
    static func merged(_ current: [String], alias: [String], old: String, new: String) -> [String] {
        if !alias.isEmpty { printError("note: \(old) is now \(new) (\(old) still works for this release)") }
        return values(current + alias)
    }
}

/// `--tolerances` (NSD tolerances in millimetres, default 1 2) and its old hidden spelling
/// `--tolerance`, for `score` and `run`.
struct ToleranceOptions: ParsableArguments {
    @Option(parsing: .upToNextOption, help: ArgumentHelp("NSD tolerances in millimetres, space- or comma-separated (default: 1 2).", valueName: "1 2"))
    var tolerances: [String] = []
    @Option(name: .customLong("tolerance"), parsing: .upToNextOption, help: .hidden)
    var alias: [String] = []

    func validate() throws {
        _ = try values()
        if !alias.isEmpty { printError("note: --tolerance is now --tolerances (--tolerance still works for this release)") }
    }

    /// The tolerances given, in millimetres; 1 and 2 when none are.
    func values() throws -> [Double] {
        try parseTolerances(tolerances.isEmpty && alias.isEmpty ? ["1,2"] : tolerances + alias)
    }
}

/// Where methods.json is: --methods-catalog, else $SEGBENCH_METHODS_CATALOG, else ./methods.json,
/// else the one installed with the program (`CatalogLocation`).
struct MethodsCatalogOptions: ParsableArguments {
    @Option(name: .customLong("methods-catalog"),
            help: ArgumentHelp("methods.json (default: $SEGBENCH_METHODS_CATALOG, ./methods.json, or the one installed with segbench).",
                               valueName: "path"),
            completion: .file(extensions: ["json"]))
    var given: String?

    /// The path read, with `legacy` (the hidden `--methods PATH` of `run` and `slurm submit`) in
    /// place of --methods-catalog when that is given instead.
    func location(legacy: String? = nil) -> CatalogLocation {
        if given == nil, let legacy {
            printError("note: --methods PATH is now --methods-catalog PATH; --methods names methods (--methods PATH still works for this release)")
            return CatalogLocation.resolve(.methods, given: legacy)
        }
        return CatalogLocation.resolve(.methods, given: given)
    }
}

/// Split and method names for shell completion, read from the catalogs the command line names
/// (or the default ones): `segbench completions` installs scripts that call back into these.
enum NameCompletion {
    static let splits = CompletionKind.custom { arguments, _, prefix in
        names(arguments, option: "--catalog", kind: .datasets, prefix: prefix) { path in
            (try? Catalog.load(path)).map { Array($0.splits.keys) } ?? []
        }
    }

    static let methods = CompletionKind.custom { arguments, _, prefix in
        names(arguments, option: "--methods-catalog", kind: .methods, prefix: prefix) { path in
            (try? MethodCatalog.load(path)).map { Array($0.methods.keys) } ?? []
        }
    }

    static func names(_ arguments: [String], option: String, kind: CatalogLocation.Kind, prefix: String,
                      read: (String) -> [String]) -> [String] {
        let given = arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        return read(CatalogLocation.resolve(kind, given: given).path).filter { $0.hasPrefix(prefix) }.sorted()
    }
}

struct Completions: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "completions",
        abstract: "Print a shell completion script: bash, zsh or fish.",
        discussion: """
            Split and method names are completed from the catalogs (--catalog and --methods-catalog \
            on the command line, else the defaults). Install the script once:

              segbench completions bash > /etc/bash_completion.d/segbench
              segbench completions zsh > ~/.zfunc/_segbench
              segbench completions fish > ~/.config/fish/completions/segbench.fish
            (for zsh, with fpath+=(~/.zfunc) before compinit in ~/.zshrc)
            """)

    @Argument(help: ArgumentHelp("bash, zsh or fish.", valueName: "shell"))
    var shell: String

    func validate() throws {
        guard CompletionShell(rawValue: shell) != nil, ["bash", "zsh", "fish"].contains(shell) else {
            throw ValidationError("completions are written for bash, zsh or fish (got '\(shell)')")
        }
    }

    func run() throws {
        print(SegBench.completionScript(for: CompletionShell(rawValue: shell)!))
    }
}
