import Foundation
import SwiftCSV

/// A case found under a data root: its files, its subject and its acquisition fields.
public struct CatalogCase: Sendable, Hashable {
    public var dataset: String
    public var collection: String
    public var id: String
    public var subject: String
    public var officialSplit: String
    /// The numeric part of the case's `{id}`, when it has one (AMOS's modality rule, CSV lookup).
    public var number: Int?
    /// Channel index → path relative to the root (a file, or a DICOM series folder).
    public var images: [String: String]
    /// The label file, or the PNG stack's folder, relative to the root.
    public var label: String
    public var annotated: [String]
    /// Field → (value, provenance). A field whose value is known only at ingest (a DICOM tag)
    /// has no entry until then.
    public var acquisition: [String: AcquisitionValue]

    public init(dataset: String, collection: String, id: String, subject: String, officialSplit: String, number: Int? = nil,
                images: [String: String], label: String, annotated: [String], acquisition: [String: AcquisitionValue]) {
        self.dataset = dataset
        self.collection = collection
        self.id = id
        self.subject = subject
        self.officialSplit = officialSplit
        self.number = number
        self.images = images
        self.label = label
        self.annotated = annotated
        self.acquisition = acquisition
    }

    /// The value of a filterable field (`official_split`, `acquisition.model`, …).
    public func field(_ name: String) -> String? {
        switch name {
        case "official_split": return officialSplit
        case "collection": return collection
        case "subject": return subject
        case "id": return id
        default: return name.hasPrefix("acquisition.") ? acquisition[String(name.dropFirst(12))]?.value : nil
        }
    }
}

public struct AcquisitionValue: Sendable, Hashable {
    public var value: String
    public var provenance: String
    public init(value: String, provenance: String) {
        self.value = value
        self.provenance = provenance
    }
}

/// Finds the cases of a dataset under a data root by matching its collections' layouts.
///
/// A layout is a path pattern with placeholders, `RawData/Training/img/img{id}.nii.gz`. The first
/// channel's pattern is matched against the folders segment by segment (a placeholder matches
/// letters and digits, and takes the same value wherever it appears); the bindings then name the
/// other channels, the label, the case id and the subject. Case ids need not be contiguous.
public enum CaseDiscovery {
    public static func cases(of dataset: Dataset, in catalog: Catalog, root: String) throws -> [CatalogCase] {
        let metadata = try dataset.metadataCSV.map { try readMetadata($0, dataset: dataset.name, root: root) } ?? [:]
        var cases: [CatalogCase] = []
        for collection in dataset.collections {
            guard let first = collection.images.keys.sorted().first.flatMap({ collection.images[$0] }) else { continue }
            for bindings in match(first.pattern, root: root) {
                let id = fill(collection.caseID, bindings)
                let number = bindings["id"].flatMap { Int($0) }
                var acquisition: [String: AcquisitionValue] = [:]
                for (field, rule) in collection.acquisition {
                    switch rule.source {
                    case .value(let v): acquisition[field] = AcquisitionValue(value: v, provenance: rule.provenance)
                    case .idRanges(let ranges):
                        if let number, let r = ranges.first(where: { ($0.min ?? .min) <= number && number <= ($0.max ?? .max) }) {
                            acquisition[field] = AcquisitionValue(value: r.value, provenance: rule.provenance)
                        }
                    case .dicomTag: break
                    }
                }
                if let number, let row = metadata[number] {
                    for (field, value) in row where !value.isEmpty { acquisition[field] = AcquisitionValue(value: value, provenance: "csv") }
                }
                let annotated: [String] = switch collection.annotated {
                case .allMapped: Array(Set(dataset.labelMap.values)).sorted()
                case .names(let names): names
                }
                cases.append(CatalogCase(dataset: dataset.name, collection: collection.name, id: id, subject: fill(collection.subject, bindings),
                                         officialSplit: collection.officialSplit, number: number,
                                         images: collection.images.mapValues { fill($0.pattern, bindings) },
                                         label: fill(collection.label.pattern, bindings), annotated: annotated, acquisition: acquisition))
            }
        }
        var seen: [String: String] = [:]
        for c in cases {
            if let other = seen[c.id] {
                throw DiscoveryError(path: root, reason: "\(dataset.name): case id \(c.id) names two cases (\(other) and \(c.images.values.sorted()[0]))")
            }
            seen[c.id] = c.images.values.sorted()[0]
        }
        return cases.sorted { $0.id < $1.id }
    }

    /// AMOS-style metadata: case number → acquisition field → value.
    static func readMetadata(_ spec: MetadataCSV, dataset: String, root: String) throws -> [Int: [String: String]] {
        let path = (root as NSString).appendingPathComponent(spec.path)
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let csv: CSV<Named>
        do { csv = try CSV<Named>(url: URL(fileURLWithPath: path), delimiter: .comma, loadColumns: false) } catch {
            throw DiscoveryError(path: path, reason: "not a readable CSV (\(error))")
        }
        for column in [spec.key] + spec.fields.values where !csv.header.contains(column) {
            throw DiscoveryError(path: path, reason: "no column \"\(column)\" (columns: \(csv.header.joined(separator: ", ")))")
        }
        var out: [Int: [String: String]] = [:]
        for row in csv.rows {
            guard let key = row[spec.key].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { continue }
            out[key] = spec.fields.mapValues { (row[$0] ?? "").trimmingCharacters(in: .whitespaces) }
        }
        return out
    }

    /// Every binding of the pattern's placeholders for which the path exists under `root`.
    static func match(_ pattern: String, root: String) -> [[String: String]] {
        var results: [[String: String]] = [[:]]
        var prefixes = [root]
        let segments = pattern.split(separator: "/").map(String.init)
        for segment in segments {
            var nextResults: [[String: String]] = [], nextPrefixes: [String] = []
            for (bindings, prefix) in zip(results, prefixes) {
                let concrete = fill(segment, bindings)
                if !concrete.contains("{") {
                    let path = (prefix as NSString).appendingPathComponent(concrete)
                    if FileManager.default.fileExists(atPath: path) { nextResults.append(bindings); nextPrefixes.append(path) }
                    continue
                }
                let (regex, names) = segmentRegex(concrete)
                for entry in ((try? FileManager.default.contentsOfDirectory(atPath: prefix)) ?? []).sorted() {
                    guard let m = entry.wholeMatch(of: regex) else { continue }
                    var b = bindings
                    for (i, name) in names.enumerated() { b[name] = String(m.output[i + 1].substring ?? "") }
                    nextResults.append(b)
                    nextPrefixes.append((prefix as NSString).appendingPathComponent(entry))
                }
            }
            results = nextResults
            prefixes = nextPrefixes
        }
        return results
    }

    static func segmentRegex(_ segment: String) -> (Regex<AnyRegexOutput>, [String]) {
        var pattern = "", names: [String] = [], rest = Substring(segment)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "([A-Za-z0-9]+)"
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest))
        return (try! Regex(pattern), names)
    }

    /// The pattern with its placeholders replaced by their bound values.
    static func fill(_ pattern: String, _ bindings: [String: String]) -> String {
        bindings.reduce(pattern) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}

/// A data root whose content cannot be read as the catalog describes.
public struct DiscoveryError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}
