import Foundation

/// A split resolved against a data root: the cases on each side.
public struct ResolvedSplit: Sendable {
    public var split: Split
    public var train: [CatalogCase]
    public var test: [CatalogCase]
    /// Few-shot: the target subjects moved from the test side into training (seeded choice).
    public var shotSubjects: [String]
    /// What is scored: the label group's entries, each a label or a region of the label space.
    public var structures: [(name: String, labels: [String])]
}

extension Catalog {
    /// The cases of a split under `root`. Selections filter a dataset's cases; a hold-out
    /// partitions subjects (never series: CHAOS's three MR series of one patient stay together)
    /// with a seeded order, so the in-distribution control and every split trained on the same
    /// source share one training set.
    public func resolve(_ name: String, root: String) throws -> ResolvedSplit {
        try resolve(name) { try CaseDiscovery.cases(of: $0, in: self, root: root) }
    }

    /// The cases of a split, taking each dataset's cases from `casesOf` (discovery under a root,
    /// or ingest's case index, where acquisition fields read from DICOM tags are known).
    public func resolve(_ name: String, casesOf: (Dataset) throws -> [CatalogCase]) throws -> ResolvedSplit {
        guard let split = splits[name] else {
            throw DiscoveryError(path: source, reason: "no split named \"\(name)\"" + Suggestion.didYouMean(name, Array(splits.keys)))
        }
        var cache: [String: [CatalogCase]] = [:]
        func cases(_ dataset: String) throws -> [CatalogCase] {
            if let c = cache[dataset] { return c }
            guard let d = datasets[dataset] else { throw DiscoveryError(path: source, reason: "no dataset named \"\(dataset)\"") }
            let found = try casesOf(d)
            cache[dataset] = found
            return found
        }
        func select(_ selections: [Selection]) throws -> [CatalogCase] {
            var out: [CatalogCase] = []
            for s in selections {
                var chosen = try cases(s.dataset).filter { s.filters.allSatisfy($0.matches) }
                if let name = s.holdout, let h = holdouts[name] {
                    let held = Set(heldOutSubjects(h, in: try cases(h.dataset)))
                    chosen = chosen.filter { held.contains($0.subject) == (s.part == .heldOut) }
                }
                out += chosen
            }
            var seen = Set<String>()
            return out.filter { seen.insert("\($0.dataset)/\($0.id)").inserted }
        }
        var train = try select(split.train), test = try select(split.test)
        var shots: [String] = []
        if case .fewShot(let k, let seed) = split.trainingProtocol {
            shots = Array(SeededOrder.sorted(Array(Set(test.map(\.subject))), seed: seed).prefix(k))
            train += test.filter { shots.contains($0.subject) }
            test.removeAll { shots.contains($0.subject) }
        }
        let space = labelSpaces[split.labelSpace]
        let structures = (space?.groups[split.labelGroup] ?? []).map { entry in
            (name: entry, labels: space?.regions[entry] ?? [entry])
        }
        return ResolvedSplit(split: split, train: train, test: test, shotSubjects: shots.sorted(), structures: structures)
    }

    /// The subjects a hold-out keeps aside: the first `round(fraction · n)` (at least one, and
    /// never all) of the pool's subjects in the seeded order.
    public func heldOutSubjects(_ holdout: Holdout, in cases: [CatalogCase]) -> [String] {
        let pool = Array(Set(cases.filter { holdout.filters.allSatisfy($0.matches) }.map(\.subject)))
        guard pool.count > 1 else { return [] }
        let count = min(pool.count - 1, max(1, Int((holdout.fraction * Double(pool.count)).rounded())))
        return Array(SeededOrder.sorted(pool, seed: holdout.seed).prefix(count)).sorted()
    }
}

extension CatalogCase {
    func matches(_ filter: Filter) -> Bool {
        let value = field(filter.field)
        let inList = value.map(filter.values.contains) ?? false
        return filter.negated ? !inList && value != nil : inList
    }
}

/// A deterministic shuffle: names sorted by a seeded 64-bit hash (FNV-1a, then SplitMix64's
/// finaliser), the same on every machine and Swift version (Swift's own `Hasher` is randomly
/// seeded per process, which is why this is written out).
public enum SeededOrder {
    public static func sorted(_ names: [String], seed: UInt64) -> [String] {
        names.map { ($0, hash($0, seed: seed)) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    public static func hash(_ text: String, seed: UInt64) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 30; h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 27; h = h &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 31)
    }
}
