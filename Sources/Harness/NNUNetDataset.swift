import Foundation
import Metrics

/// nnU-Net v2's dataset.json, read as nnU-Net's `LabelManager` and `compute_metrics_on_folder2`
/// read it (nnunetv2 2.8.1, `utilities/label_handling/label_handling.py`):
///
/// - `labels` maps a name to a value, or to a list of values (a region). The dataset is
///   region-based when any list has more than one value; then its structures are the regions
///   (and the plain values) in the file's order, else the sorted label values. `background`
///   must be 0 and is never scored.
/// - `ignore`, a label of that name, is the ignore label: it must be the highest value plus one;
///   voxels where the reference holds it count for nothing (not TP, FP, FN or TN).
/// - `regions_class_order` must be given, one entry per region, when there are regions; it
///   orders the regions when a network's outputs become a label map, which is done before
///   scoring, so scoring only checks it.
/// - `file_ending` is the ending of the label maps in the folders (`.nii.gz`).
public struct NNUNetDataset: Sendable, Equatable {
    public var path: String
    /// What is scored, in nnU-Net's order.
    public var structures: [Structure]
    /// The dataset's name of each scored structure, by `Structure.name` (a label's value, a region's name).
    public var names: [String: String]
    public var ignoreLabel: UInt8?
    public var regionsClassOrder: [Int]?
    public var fileEnding: String?
    public var hasRegions: Bool

    public static func load(_ path: String) throws -> NNUNetDataset {
        func fail(_ why: String) -> NNUNetDatasetError { NNUNetDatasetError(path: path, reason: why) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw fail("cannot be read (\(FileManager.default.fileExists(atPath: path) ? error.localizedDescription : "no such file"))")
        }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw fail("not a JSON object (nnU-Net's dataset.json has labels, file_ending, …)")
        }
        // Keys in the file's order: JSONSerialization forgets it, and nnU-Net's region order is the file's.
        guard let labelsNode = root["labels"] as? [String: Any], !labelsNode.isEmpty else {
            throw fail("\"labels\" is missing or not an object of name → value (or list of values)")
        }
        let order = JSONKeyOrder.keys(of: "labels", in: data) ?? labelsNode.keys.sorted()
        var entries: [(name: String, values: [Int], isList: Bool)] = []
        for name in order {
            guard let node = labelsNode[name] else { continue }
            if let number = node as? NSNumber, let value = Int(exactly: number.doubleValue) {
                entries.append((name, [value], false))
            } else if let list = node as? [Any], !list.isEmpty,
                      let values = list.map({ ($0 as? NSNumber).flatMap { Int(exactly: $0.doubleValue) } }) as? [Int] {
                entries.append((name, values, true))
            } else {
                throw fail("labels.\(name) is \(node); a label is a whole number, a region a list of them")
            }
        }
        for entry in entries { for v in entry.values where !(0...255).contains(v) {
            throw fail("labels.\(entry.name) holds \(v); SegBench's label maps hold 0…255")
        } }
        guard let background = entries.first(where: { $0.name == "background" }) else {
            throw fail("labels has no \"background\" (nnU-Net requires it, as 0)")
        }
        guard !background.isList, background.values == [0] else { throw fail("labels.background is \(background.values); nnU-Net requires 0") }
        let ignoreEntry = entries.first { $0.name == "ignore" }
        if let ignoreEntry, ignoreEntry.isList { throw fail("labels.ignore is a list; the ignore label is one value") }
        let kept = entries.filter { $0.name != "ignore" }
        let allLabels = Set(kept.flatMap(\.values))
        if let ignore = ignoreEntry?.values[0], ignore != allLabels.max()! + 1 {
            throw fail("labels.ignore is \(ignore); nnU-Net requires the ignore label to be the highest label plus one (\(allLabels.max()! + 1))")
        }
        let hasRegions = kept.contains { $0.isList && $0.values.count > 1 }
        var structures: [Structure] = [], names: [String: String] = [:]
        if hasRegions {
            for entry in kept where !(Set(entry.values) == [0]) {
                if !entry.isList {
                    structures.append(.label(UInt8(entry.values[0])))
                    names[String(entry.values[0])] = entry.name
                } else {
                    guard Int(entry.name) == nil else { throw fail("labels.\(entry.name): a region's name cannot be a number") }
                    structures.append(.region(entry.name, entry.values.map { UInt8($0) }))
                    names[entry.name] = entry.name
                }
            }
        } else {
            for value in allLabels.sorted() where value != 0 {
                structures.append(.label(UInt8(value)))
                names[String(value)] = kept.first { $0.values.contains(value) }!.name
            }
        }
        var regionsClassOrder: [Int]?
        if let node = root["regions_class_order"], !(node is NSNull) {
            guard let list = node as? [Any], let values = list.map({ ($0 as? NSNumber).flatMap { Int(exactly: $0.doubleValue) } }) as? [Int] else {
                throw fail("regions_class_order is \(node); a list of label values")
            }
            regionsClassOrder = values
        }
        if hasRegions {
            guard let regionsClassOrder else { throw fail("labels define regions but regions_class_order is missing (nnU-Net requires it)") }
            guard regionsClassOrder.count == structures.count else {
                throw fail("regions_class_order has \(regionsClassOrder.count) entries for \(structures.count) regions (nnU-Net requires one per region)")
            }
        }
        var fileEnding: String?
        if let node = root["file_ending"] {
            guard let text = node as? String, text.hasPrefix("."), text.count > 1 else { throw fail("file_ending is \(node); e.g. \".nii.gz\"") }
            fileEnding = text
        }
        return NNUNetDataset(path: path, structures: structures, names: names, ignoreLabel: ignoreEntry.map { UInt8($0.values[0]) },
                             regionsClassOrder: regionsClassOrder, fileEnding: fileEnding, hasRegions: hasRegions)
    }
}

public struct NNUNetDatasetError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// The member names of one object of a JSON document, in the order the text gives them.
enum JSONKeyOrder {
    /// The keys of the object under top-level key `member`, scanning the text; nil when the
    /// scan does not find it (the caller falls back to sorted keys).
    static func keys(of member: String, in data: Data) -> [String]? {
        let bytes = [UInt8](data)
        var i = 0, depth = 0
        func string() -> String? {
            // At a quote: read to the closing quote, keeping escapes as JSON gives them.
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            var j = i + 1
            while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
            guard j < bytes.count else { return nil }
            let raw = Array(bytes[i...j])
            i = j + 1
            return (try? JSONSerialization.jsonObject(with: Data(raw), options: .fragmentsAllowed)) as? String
        }
        func skipSpace() { while i < bytes.count, [9, 10, 13, 32].contains(bytes[i]) { i += 1 } }
        // At the object's "{": its keys, skipping nested values.
        func objectKeys() -> [String]? {
            var keys: [String] = []
            var level = 0
            var expectKey = false
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") {
                    let atKey = level == 1 && expectKey
                    guard let text = string() else { return nil }
                    if atKey { keys.append(text); expectKey = false }
                    continue
                }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { level += 1; if level == 1 { expectKey = true } }
                if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { level -= 1; if level == 0 { return keys } }
                if c == UInt8(ascii: ","), level == 1 { expectKey = true }
                i += 1
            }
            return nil
        }
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let isKeyAtTop = depth == 1
                guard let text = string() else { return nil }
                skipSpace()
                if isKeyAtTop, text == member, i < bytes.count, bytes[i] == UInt8(ascii: ":") {
                    i += 1; skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
                    return objectKeys()
                }
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { depth -= 1 }
            i += 1
        }
        return nil
    }
}
