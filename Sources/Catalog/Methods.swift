import Foundation

/// methods.json: the methods a run can name, as plain values.
///
/// ```swift
/// let methods = try MethodCatalog.load("methods.json")
/// let atlas = methods.methods["atlas"]!          // kind .builtin(.probabilisticAtlas)
/// ```
public struct MethodCatalog: Sendable {
    public var methods: [String: MethodSpec]
    /// Where it was read from: relative paths in it are relative to its folder.
    public var source: String

    public init(methods: [String: MethodSpec], source: String) {
        self.methods = methods
        self.source = source
    }

    /// The method named `name`, or an error that names the file and the closest name.
    public func method(_ name: String) throws -> MethodSpec {
        guard let m = methods[name] else {
            throw CatalogError(file: source, issues: [CatalogIssue(path: "$.methods", message: "no method named \"\(name)\""
                                                                   + Suggestion.didYouMean(name, Array(methods.keys)))])
        }
        return m
    }
}

/// One method: how it is run, what it calls itself, and what it writes.
public struct MethodSpec: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A baseline written in Swift (`Sources/Baselines`).
        case builtin(BuiltinBaseline)
        /// An external program called once per step with a JSON manifest.
        case command(CommandSteps)
        /// Ready predictions in a folder, one file per case named by a pattern (`{case}.nii.gz`).
        case predictions(folder: String, pattern: String)

        public var name: String {
            switch self { case .builtin: "builtin"; case .command: "command"; case .predictions: "predictions" }
        }
    }

    public var name: String
    public var kind: Kind
    public var description: String
    /// The method's own version string (for a builtin, added to the baseline's own; may be empty).
    public var version: String
    /// Files whose content is part of the method's identity (pretrained weights), absolute.
    public var checkpoints: [String]
    /// The values the method writes for each label name; nil: the values the manifest asks for
    /// (the split's label space).
    public var outputLabels: [String: Int]?
    /// The training seeds a run of this method trains one model each for (`"seeds": 3` is
    /// 1, 2, 3; `"seeds": [7, 11]` those two); nil: one model, the method's own default seed.
    /// A seed belongs to a run, not to the method, so it is not part of the configuration
    /// checksum: adding seeds keeps the version and the models already trained.
    public var seeds: [Int]?
    /// The entry as written, with keys sorted and without `seeds` or `colour`: what the
    /// configuration checksum is taken of.
    public var canonicalConfiguration: String
    /// The colour figures draw the method in, `#RRGGBB` (nil: one of the default palette's, see
    /// `MethodCatalog.colours`). How a method is drawn is not part of what it computes, so it
    /// is left out of the configuration checksum, as seeds are.
    public var colour: String?

    public init(name: String, kind: Kind, description: String = "", version: String, checkpoints: [String] = [],
                outputLabels: [String: Int]? = nil, seeds: [Int]? = nil, canonicalConfiguration: String, colour: String? = nil) {
        self.name = name
        self.kind = kind
        self.description = description
        self.version = version
        self.checkpoints = checkpoints
        self.outputLabels = outputLabels
        self.seeds = seeds
        self.canonicalConfiguration = canonicalConfiguration
        self.colour = colour
    }
}

/// The builtin baselines by their methods.json name.
public enum BuiltinBaseline: String, Sendable, Hashable, CaseIterable {
    case probabilisticAtlas = "probabilistic_atlas"
    case intensityModel = "intensity_model"
}

/// The steps of a `command` method. `predict` is required; `train` and `interact` are optional.
public struct CommandSteps: Sendable, Hashable {
    public var train: CommandStep?
    public var predict: CommandStep
    public var interact: CommandStep?
    /// Added to SegBench's own environment for every step.
    public var environment: [String: String]
    /// Where the program runs (absolute).
    public var workingDirectory: String

    public init(train: CommandStep?, predict: CommandStep, interact: CommandStep?, environment: [String: String], workingDirectory: String) {
        self.train = train
        self.predict = predict
        self.interact = interact
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// Whether the train step passes a training seed on (`{seed}` in its argument vector): a
    /// seed it does not pass would train one model under every seed.
    public var trainTakesSeed: Bool { train?.arguments.contains { $0.contains("{seed}") } ?? false }
}

/// One call of an external program: an argument vector (never a shell string) in which
/// `{manifest}` and `{work}` are replaced by paths, and the longest it may take.
public struct CommandStep: Sendable, Hashable {
    public var arguments: [String]
    public var timeLimitSeconds: Double
    /// Cases per call (predict and interact); 0: all of them in one call.
    public var batchSize: Int

    public init(arguments: [String], timeLimitSeconds: Double, batchSize: Int = 0) {
        self.arguments = arguments
        self.timeLimitSeconds = timeLimitSeconds
        self.batchSize = batchSize
    }
}

extension MethodCatalog {
    /// Reads and validates methods.json; every problem is reported with its JSON path, as for
    /// datasets.json. Relative paths (program, working directory, checkpoints, prediction
    /// folders) are resolved against the file's folder, so a methods.json can travel with its
    /// methods.
    public static func load(_ path: String) throws -> MethodCatalog {
        let json = try JSONNode.document(at: path)
        let log = IssueLog()
        let base = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        let reader = MethodReader(log: log, base: base)
        let root = JSONNode(value: json, issues: log)
        var methods: [String: MethodSpec] = [:]
        if root.object(allowed: ["format_version", "description", "methods"]) != nil {
            for (name, node) in root.member("methods", required: true)?.object() ?? [] {
                if let m = reader.method(name, node) {
                    methods[name] = m
                }
            }
        }
        // Two methods in one colour could not be told apart in a figure.
        var owners: [String: String] = [:]
        for name in methods.keys.sorted() {
            guard let colour = methods[name]?.colour else { continue }
            if let first = owners[colour] {
                log.add("$.methods.\(name).colour",
                        "\(colour) is already \(first)'s colour: each method needs a colour of its own, or figures cannot tell them apart")
            } else { owners[colour] = name }
        }
        guard log.entries.isEmpty else { throw CatalogError(file: path, issues: log.entries) }
        return MethodCatalog(methods: methods, source: path)
    }
}

struct MethodReader {
    let log: IssueLog
    let base: URL

    static let commonKeys = ["kind", "description", "version", "checkpoints", "output_labels", "seeds", "colour"]

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
    }

    func method(_ name: String, _ node: JSONNode) -> MethodSpec? {
        // A method that is not an object is reported, not skipped (found by the fuzz: `"atlas": 255`
        // loaded the other methods without a word).
        guard node.object() != nil, let kindName = node.member("kind", required: true)?.string() else { return nil }
        let kinds = ["builtin", "command", "predictions"]
        let extra: [String] = switch kindName {
        case "builtin": ["baseline"]
        case "command": ["train", "predict", "interact", "environment", "working_directory"]
        case "predictions": ["folder", "pattern"]
        default: []
        }
        guard kinds.contains(kindName) else {
            node.member("kind")?.report("a method's kind is builtin, command or predictions, found \"\(kindName)\""
                                        + Suggestion.didYouMean(kindName, kinds))
            return nil
        }
        guard node.object(allowed: Self.commonKeys + extra) != nil else { return nil }
        var version = node.member("version")?.string()
        let kind: MethodSpec.Kind
        switch kindName {
        case "builtin":
            let baselineName = node.member("baseline", required: true)?.string() ?? ""
            guard let baseline = BuiltinBaseline(rawValue: baselineName) else {
                node.member("baseline")?.report("no builtin baseline named \"\(baselineName)\" (there are "
                    + BuiltinBaseline.allCases.map(\.rawValue).joined(separator: ", ") + ")"
                    + Suggestion.didYouMean(baselineName, BuiltinBaseline.allCases.map(\.rawValue)))
                return nil
            }
            kind = .builtin(baseline)
            // A builtin's version is its algorithm's (the runner knows it); one given here is added.
            version = version ?? ""
        case "command":
            let predict = node.member("predict", required: true).flatMap(step)
            let environment = (node.member("environment")?.object() ?? []).reduce(into: [String: String]()) { env, member in
                if let v = member.node.string() { env[member.key] = v }
            }
            let directory = node.member("working_directory")?.string().map(absolute) ?? base.path
            guard let predict else { return nil }
            kind = .command(CommandSteps(train: node.member("train").flatMap(step), predict: predict,
                                         interact: node.member("interact").flatMap(step),
                                         environment: environment, workingDirectory: directory))
        default:
            let folder = node.member("folder", required: true)?.string() ?? ""
            let pattern = node.member("pattern")?.string() ?? "{case}.nii.gz"
            if !pattern.contains("{case}") { node.member("pattern")?.report("a prediction pattern names the case with {case}, found \"\(pattern)\"") }
            kind = .predictions(folder: absolute(folder), pattern: pattern)
        }
        if version == nil { node.report("missing \"version\" (the method's own version string, stored with every number it produces)") }
        var outputs: [String: Int]?
        if let n = node.member("output_labels") {
            var map: [String: Int] = [:]
            for (label, v) in n.object() ?? [] {
                if let value = v.integer() {
                    if (1...255).contains(value) { map[label] = value } else { v.report("an output label value is 1…255, found \(value)") }
                }
            }
            outputs = map
        }
        let checkpoints = (node.member("checkpoints")?.strings() ?? []).map(absolute)
        var seeds: [Int]?
        if let n = node.member("seeds") {
            seeds = Self.seeds(n)
            var trains = false, takesSeed = false
            if case .command(let steps) = kind { (trains, takesSeed) = (steps.train != nil, steps.trainTakesSeed) }
            if seeds != nil, !trains {
                n.report("seeds are training seeds, and \(name) trains nothing (a \(kindName) method\(kindName == "command" ? " without a train step" : ""))")
            } else if seeds != nil, !takesSeed {
                n.report("seeds are given but \(name)'s train argv does not name {seed}: every seed would train the same model")
            }
        }
        var colour: String?
        if let n = node.member("colour"), let text = n.string() {
            if MethodPalette.isColour(text) { colour = text.uppercased() }
            else { n.report("a method's colour is #RRGGBB (six hexadecimal digits, e.g. \"#0072B2\"), found \"\(text)\"") }
        }
        var configuration = node.value as? [String: Any] ?? [:]
        configuration["seeds"] = nil
        configuration["colour"] = nil
        return MethodSpec(name: name, kind: kind, description: node.member("description")?.string() ?? "", version: version ?? "",
                          checkpoints: checkpoints, outputLabels: outputs, seeds: seeds, canonicalConfiguration: Self.canonical(configuration),
                          colour: colour)
    }

    /// `"seeds": N` (1…N, N ≥ 1) or a list of distinct seeds ≥ 0.
    static func seeds(_ node: JSONNode) -> [Int]? {
        if node.value is NSNumber, let count = node.integer() {
            guard (1...1000).contains(count) else { node.report("seeds is a count from 1 to 1000 or a list of seeds, found \(count)"); return nil }
            return Array(1...count)
        }
        guard let items = node.array() else { return nil }
        let values = items.compactMap { item -> Int? in
            guard let v = item.integer() else { return nil }
            if v < 0 { item.report("a seed is a whole number ≥ 0, found \(v)"); return nil }
            return v
        }
        guard values.count == items.count else { return nil }
        if values.isEmpty { node.report("seeds lists at least one seed (or leave it out: one model, the method's own seed)"); return nil }
        if Set(values).count != values.count { node.report("seeds lists a seed twice: \(values.map(String.init).joined(separator: ", "))"); return nil }
        return values
    }

    func step(_ node: JSONNode) -> CommandStep? {
        guard node.object(allowed: ["argv", "time_limit_s", "batch_size"]) != nil else { return nil }
        guard let argv = node.member("argv", required: true)?.strings() else { return nil }
        if argv.isEmpty { node.member("argv")?.report("an argument vector names at least the program") }
        if argv.count == 1, argv[0].contains(" ") {
            node.member("argv")?.report("an argument vector, not a shell string: write [\"" + argv[0].split(separator: " ").joined(separator: "\", \"") + "\"]")
        }
        let limit = node.member("time_limit_s", required: true)?.number() ?? 0
        if limit <= 0 { node.member("time_limit_s")?.report("a time limit is a positive number of seconds") }
        let batch = node.member("batch_size")?.integer() ?? 0
        if batch < 0 { node.member("batch_size")?.report("batch_size is 0 (all cases in one call) or a positive count") }
        // The program itself: a relative path with a slash is the methods.json folder's.
        var arguments = argv
        if let program = arguments.first, program.contains("/"), !program.hasPrefix("/") { arguments[0] = absolute(program) }
        return CommandStep(arguments: arguments, timeLimitSeconds: limit, batchSize: max(0, batch))
    }

    /// Keys sorted, no white space: the same entry gives the same checksum wherever it is written.
    static func canonical(_ raw: Any) -> String {
        guard JSONSerialization.isValidJSONObject([raw]),
              let data = try? JSONSerialization.data(withJSONObject: [raw], options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
