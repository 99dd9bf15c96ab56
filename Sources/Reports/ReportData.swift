import Catalog
import Foundation
import Harness
import Metrics
import NIfTI
import Store

/// One structure of one case of one method on one split, as a report reads it: the state and
/// the stored values, with what a figure needs to group it (subject, domain, scanner).
public struct Observation: Sendable {
    /// Index into `ReportData.methods`.
    public var method: Int
    public var split: String
    public var caseName: String
    public var subject: String
    /// The target domain a case belongs to: its dataset and modality or sequence (`CHAOS MR T2-SPIR`).
    public var domain: String
    /// The scanner model, or manufacturer, or site: what points are shaped by.
    public var scanner: String
    public var structure: String
    /// The run's training seed (nil: none given). A case scored under three seeds is three
    /// observations; the aggregator averages them into one value per case.
    public var seed: Int? = nil
    public var state: Policy.State
    public var metrics: [String: Double]
    /// The image diagonal in millimetres (the `segbench` preset's distance for a miss).
    public var diagonal: Double
}

/// A method version as a report names it.
public struct ReportMethod: Sendable, Hashable {
    public var version: MethodVersion
    /// Rounds of the simulated clinician's corrections before scoring (`--interact-rounds`): a
    /// method with and without them is two rows, so that what the corrections did shows.
    public var interactionRounds: Int = 0
    /// What tables and legends print: the method's name, or `name version` when a report holds
    /// two versions of one method, with `+N rounds` after interaction.
    public var label: String
    /// `#RRGGBB`, what every figure draws it in: see `ReportData.colour(_:)`.
    public var colour: String = MethodPalette.colours[0]
}

/// How a structure is printed and drawn.
public struct StructureStyle: Sendable, Hashable {
    public var displayName: String
    /// `#RRGGBB`.
    public var color: String?
    public init(displayName: String, color: String?) {
        self.displayName = displayName
        self.color = color
    }
}

/// A run's coverage: of the cases its plan holds, how many were scored and how many failed;
/// over a method's seeds, the sums (three seeds of 12 cases expect 36).
public struct Coverage: Sendable, Hashable {
    public var expected: Int
    public var scored: Int
    public var failed: Int
    /// The runs (seeds) summed.
    public var seeds: Int = 1
    public var text: String {
        "\(scored)/\(expected)" + (seeds > 1 ? " (\(seeds) seeds)" : "") + (failed > 0 ? " (\(failed) failed)" : "")
    }

    static func + (a: Coverage, b: Coverage) -> Coverage {
        Coverage(expected: a.expected + b.expected, scored: a.scored + b.scored, failed: a.failed + b.failed, seeds: a.seeds + b.seeds)
    }
}

/// Everything a report shows, read once from the store: no number is computed again from volumes.
public struct ReportData: Sendable {
    public var splits: [String]
    public var methods: [ReportMethod]
    /// The structures of each split, in the order the run's options list them.
    public var structures: [String: [String]]
    public var styles: [String: StructureStyle]
    public var observations: [Observation]
    /// Keyed by split, then method index.
    public var coverage: [String: [Int: Coverage]]
    /// The run behind the numbers, keyed by split, then method index: with seeds, the first
    /// seed's (what overlays draw and the training report is read from).
    public var runs: [String: [Int: RunSummary]]
    /// Every seed's run, keyed by split, then method index, in seed order (one run without seeds).
    public var seedRuns: [String: [Int: [RunSummary]]]
    /// The stored results of each run (reference and prediction paths for overlays).
    public var results: [Int64: [CaseResult]]
    /// NSD tolerances each split was scored with.
    public var tolerances: [String: [Double]]

    /// Which versions of a method a report shows.
    public enum Versions: String, CaseIterable, Sendable {
        /// Each method's newest version: the one with the most recent run on the splits asked
        /// for. A store keeps every version it ran; a leaderboard compares methods, not versions.
        case latest
        /// Every version, each its own row (`segbench compare` reads two versions this way).
        case all
    }

    /// Reads the runs of `splits` (all the store holds of each, or each method's newest version
    /// by `versions`; `methods` keeps only those named).
    ///
    /// - Throws: `ReportError` naming the store when a split has no runs.
    /// - lesionThreshold: re-aggregates lesion-wise scores from the stored lesions under this
    ///   volume threshold (mm³) instead of the one the runs scored with.
    public init(store: ResultStore, path: String, splits: [String], methods: [String]? = nil, versions: Versions = .all,
                styles: [String: StructureStyle] = [:], lesionThreshold: Double? = nil, colours: [String: String] = [:]) throws {
        self.lesionThreshold = lesionThreshold
        let all = try store.runs()
        var chosen: [RunSummary] = []
        for split in splits {
            let runs = all.filter { $0.split == split && (methods?.contains($0.method.name) ?? true) }
            guard !runs.isEmpty else {
                let known = Set(all.map(\.split)).sorted()
                throw ReportError("\(path): no runs of split \(split)\(methods.map { " by " + $0.joined(separator: ", ") } ?? "")"
                                  + (known.isEmpty ? " (the store holds no runs)" : "; it holds runs of \(known.joined(separator: ", "))"))
            }
            chosen += runs
        }
        if versions == .latest {
            var newest: [String: RunSummary] = [:]
            for run in chosen where newest[run.method.name].map({ run.startedAt > $0.startedAt }) ?? true { newest[run.method.name] = run }
            chosen.removeAll { $0.method != newest[$0.method.name]?.method }
        }
        // A row is a method version with its number of interaction rounds.
        struct Row: Hashable { var version: MethodVersion; var rounds: Int }
        func row(_ run: RunSummary) -> Row { Row(version: run.method, rounds: run.interactionRounds) }
        var rows: [Row] = []
        for run in chosen where !rows.contains(row(run)) { rows.append(row(run)) }
        var versions: [MethodVersion] = []
        for r in rows where !versions.contains(r.version) { versions.append(r.version) }
        let names = Dictionary(grouping: versions, by: \.name)
        let reportMethods = rows.map { r -> ReportMethod in
            let v = r.version
            let rounds = r.rounds == 0 ? "" : " +\(r.rounds) round" + (r.rounds == 1 ? "" : "s")
            guard names[v.name]!.count > 1 else { return ReportMethod(version: v, interactionRounds: r.rounds, label: v.name + rounds) }
            let sameString = names[v.name]!.filter { $0.version == v.version }.count > 1
            return ReportMethod(version: v, interactionRounds: r.rounds,
                                label: "\(v.name) \(v.version)" + (sameString ? " (\(v.checkpointChecksum.prefix(8)))" : "") + rounds)
        }
        self.splits = splits
        self.methods = reportMethods
        self.styles = styles
        structures = [:]
        observations = []
        coverage = [:]
        runs = [:]
        seedRuns = [:]
        results = [:]
        tolerances = [:]
        var seedCoverage: [String: [Int: [Int?: Coverage]]] = [:]
        for run in chosen {
            let m = rows.firstIndex(of: row(run))!
            let seed = run.trainingSeed
            // Two runs of one version on one split and seed differ in their other options; the
            // latest stands.
            if let earlier = seedRuns[run.split]?[m]?.first(where: { $0.trainingSeed == seed }), earlier.startedAt > run.startedAt { continue }
            let stored = try store.results(run: run.id)
            let options = RunExport.StoredRun(summary: run, results: []).options
            var seeds = (seedRuns[run.split]?[m] ?? []).filter { $0.trainingSeed != seed } + [run]
            seeds.sort { ($0.trainingSeed ?? Int.min) < ($1.trainingSeed ?? Int.min) }
            seedRuns[run.split, default: [:]][m] = seeds
            runs[run.split, default: [:]][m] = seeds[0]
            results[run.id] = stored
            tolerances[run.split] = options.tolerances
            var order = structures[run.split] ?? (options.structures ?? []).map(\.name)
            for result in stored {
                for s in result.scores where !order.contains(s.structure) { order.append(s.structure) }
            }
            structures[run.split] = order
            let structureLabels = Dictionary((options.structures ?? []).map { ($0.name, $0.labels.map(Int.init)) }, uniquingKeysWith: { a, _ in a })
            var failed = 0, scored = 0
            observations.removeAll { $0.split == run.split && $0.method == m && $0.seed == seed }
            for result in stored {
                let c = CaseFacts(result.caseDescription)
                func observation(_ structure: String, _ state: Policy.State, _ metrics: [String: Double]) -> Observation {
                    Observation(method: m, split: run.split, caseName: result.caseDescription.name, subject: c.subject, domain: c.domain,
                                scanner: c.scanner, structure: structure, seed: seed, state: state, metrics: metrics, diagonal: c.diagonal)
                }
                if let failure = result.failure {
                    failed += 1
                    // A reference that could not be read says nothing of the method: left out.
                    guard failure.kind != "unreadable_reference", let voxels = result.caseDescription.labelVoxels else { continue }
                    for structure in order {
                        let labels = structureLabels[structure] ?? Int(structure).map { [$0] } ?? []
                        let present = labels.contains { (voxels[$0] ?? 0) > 0 }
                        observations.append(observation(structure, present ? .failed : .notApplicable, [:]))
                    }
                } else {
                    scored += 1
                    for s in result.scores {
                        var metrics = s.metrics
                        if let lesionThreshold, !s.lesions.isEmpty || metrics["lesion_dice"] != nil {
                            metrics.merge(LesionReaggregation.metrics(s.lesions, threshold: lesionThreshold)) { $1 }
                        }
                        observations.append(observation(s.structure, Policy.State(rawValue: s.state) ?? .scored, metrics))
                    }
                }
            }
            seedCoverage[run.split, default: [:]][m, default: [:]][seed] = Coverage(expected: max(run.plannedCases ?? stored.count, stored.count),
                                                                                     scored: scored, failed: failed)
        }
        coverage = seedCoverage.mapValues { $0.mapValues { $0.values.dropFirst().reduce($0.values.first!, +) } }
        assignColours(pinned: colours)
    }

    /// The stored metric names of a split's observations (`lesion_dice` where its runs scored
    /// lesion-wise).
    public func storedMetrics(split: String) -> Set<String> {
        var names = Set<String>()
        for o in observations where o.split == split { names.formUnion(o.metrics.keys) }
        return names
    }

    /// What the split's runs scored beyond the voxel metrics (as the first run records it).
    public func extendedMetrics(split: String) -> ExtendedMetrics {
        guard let run = runs[split]?.values.min(by: { $0.id < $1.id }) else { return .none }
        var extended = RunExport.StoredRun(summary: run, results: []).options.extended
        if let lesionThreshold { extended.lesionWise?.volumeThreshold = lesionThreshold }
        return extended
    }

    /// The volume threshold lesion-wise scores were re-aggregated with (`report --lesion-threshold`).
    public private(set) var lesionThreshold: Double?

    /// The training seeds of a method's runs on a split, in order ([nil] for a run without one).
    public func seeds(split: String, method: Int) -> [Int?] { (seedRuns[split]?[method] ?? []).map(\.trainingSeed) }

    /// The most seeds any method has on any of the report's splits (1 when none has seeds).
    public var largestSeedCount: Int { seedRuns.values.flatMap(\.values).map(\.count).max() ?? 1 }

    public func style(_ structure: String) -> StructureStyle {
        styles[structure] ?? StructureStyle(displayName: structure.replacingOccurrences(of: "_", with: " "), color: nil)
    }

    /// The methods that ran on a split, in report order.
    public func methods(on split: String) -> [Int] { methods.indices.filter { runs[split]?[$0] != nil } }
}

/// The facts of a stored case that group it in a report.
struct CaseFacts {
    var subject: String
    var modality: String?
    var domain: String
    var scanner: String
    var diagonal: Double

    init(_ c: CaseDescription) {
        subject = c.subject ?? c.name
        let acquisition = c.acquisition.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } ?? [:]
        func field(_ name: String) -> String? { (acquisition[name] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        modality = field("modality")
        domain = ([c.dataset] + [modality, field("sequence")].compactMap { $0 }).joined(separator: " ")
        scanner = field("model") ?? field("manufacturer") ?? field("site") ?? c.dataset
        if let shape = c.shape, let spacing = c.spacing, shape.count == 3, spacing.count == 3 {
            diagonal = Geometry(shape: Shape(shape[0], shape[1], shape[2]), spacing: Spacing(spacing[0], spacing[1], spacing[2])).diagonalMillimetres
        } else {
            diagonal = .nan
        }
    }
}

public struct ReportError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Lesion-wise scores from the stored lesions under another volume threshold: exact, since every
/// lesion's Dice and HD95 are stored whatever its size, and the false positives do not depend on
/// the threshold (a component touching a small lesion's dilation is never one).
public enum LesionReaggregation {
    public static func metrics(_ lesions: [LesionRecord], threshold: Double) -> [String: Double] {
        let counted = lesions.filter { $0.kind == .lesion && $0.volume > threshold }
        let falsePositives = lesions.filter { $0.kind == .falsePositive }
        let n = Double(counted.count + falsePositives.count)
        let matched = counted.filter { $0.matchedComponents > 0 }.count
        return [
            "lesion_dice": n == 0 ? 1 : counted.map(\.dice).reduce(0, +) / n,
            "lesion_hd95": n == 0 ? 0 : (counted.map(\.hd95).reduce(0, +) + falsePositives.map(\.hd95).reduce(0, +)) / n,
            "lesion_tp": Double(matched), "lesion_fn": Double(counted.count - matched), "lesion_fp": Double(falsePositives.count),
        ]
    }
}

extension ReportData {
    /// Gives every method of the report its colour: `pinned` (methods.json's colours, from
    /// `MethodCatalog.colours`) where it names the method, else the default palette's in name
    /// order (`MethodPalette`). A second row of one method (another version, or after
    /// interaction) takes the first palette colour no row of the report has, so no two rows of a
    /// report share a colour.
    public mutating func assignColours(pinned: [String: String]) {
        let names = Set(methods.map(\.version.name))
        let own = MethodPalette.assign(Array(names.union(pinned.keys)), pinned: pinned)
        var used = Set<String>(), seen = Set<String>()
        for i in methods.indices {
            let name = methods[i].version.name
            if !seen.contains(name), let c = pinned[name] ?? own[name], !used.contains(c) {
                methods[i].colour = c
            } else {
                let taken = used.union(methods.map(\.version.name).compactMap { pinned[$0] ?? own[$0] })
                methods[i].colour = (MethodPalette.colours + (0..<64).map(MethodPalette.spread)).first { !taken.contains($0) } ?? "#777777"
            }
            seen.insert(name)
            used.insert(methods[i].colour)
        }
    }
}
