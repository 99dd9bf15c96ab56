import Foundation

/// Renders scores for people (an aligned table), for programs (JSON) and for spreadsheets (CSV).
/// Every rendering names the metric definitions it uses; undefined values are `—` / `null` / empty.
public enum ScoreFormat: String, CaseIterable, Sendable {
    case table, json, csv

    public func render(_ scores: [StructureScore], tolerances: [Double]) -> String {
        switch self {
        case .table: return ScoreFormat.table(scores, tolerances)
        case .json: return ScoreFormat.json(scores, tolerances)
        case .csv: return ScoreFormat.csv(scores, tolerances)
        }
    }

    /// How each printed metric is defined.
    public static let definitions = """
        HD, HD95, ASSD: border voxels (6-connectivity, image edge = outside), voxel centres, mm.
        HD95 = max of the two directed 95th percentiles (linear; MONAI, MetricsReloaded). ASSD = mean of both directed sets pooled (MedPy, MONAI symmetric).
        NSD@τ: DeepMind surfels with areas from the spacing, d ≤ τ mm. Distances are undefined (—) for missed, spurious and not_applicable structures.
        """

    public static func tolerance(_ tau: Double) -> String {
        tau == tau.rounded() && abs(tau) < 1e15 ? String(Int(tau)) : String(tau)
    }

    static func table(_ scores: [StructureScore], _ tolerances: [Double]) -> String {
        var header = ["label", "state", "n_ref", "n_pred", "Dice", "IoU", "HD", "HD95", "ASSD"]
        header += tolerances.map { "NSD@\(tolerance($0))" }
        let rows: [[String]] = scores.map { s in
            var row = [s.structure.description, s.state.rawValue, String(s.counts.reference), String(s.counts.prediction)]
            row += [s.dice, s.iou, s.hd, s.hd95, s.assd].map(fixed)
            row += tolerances.map { fixed(s.nsd?[$0]) }
            return row
        }
        return TextTable.render(header: header, rows: rows, leftColumns: 2) + "\n\n" + definitions + "\n"
    }

    /// Four decimals, or `—` for an undefined (nil or NaN) value.
    public static func fixed(_ value: Double?) -> String {
        guard let value, !value.isNaN else { return "—" }
        return String(format: "%.4f", value)
    }

    // MARK: JSON

    static func json(_ scores: [StructureScore], _ tolerances: [Double]) -> String {
        JSONValue.array(scores.map { jsonObject($0, tolerances) }).render(indent: 0) + "\n"
    }

    /// One structure as the JSON object `segbench score --format json` prints.
    public static func jsonObject(_ s: StructureScore, _ tolerances: [Double]) -> JSONValue {
        func number(_ v: Double?) -> JSONValue { v.map(JSONValue.number) ?? .null }
        func perTolerance(_ values: [Double: Double]?) -> JSONValue {
            guard let values else { return .null }
            return .object(tolerances.map { (tolerance($0), number(values[$0])) })
        }
        func directed(_ d: DirectedSummary?) -> JSONValue {
            guard let d else { return .null }
            return .object([("count", .integer(d.count)), ("mean", .number(d.mean)), ("max", .number(d.max)), ("p95", .number(d.p95))])
        }
        var fields: [(String, JSONValue)] = [
            ("label", s.structure.isRegion ? .string(s.structure.name) : .integer(Int(s.structure.labels[0]))),
        ]
        if s.structure.isRegion { fields.append(("labels", .array(s.structure.labels.map { .integer(Int($0)) }))) }
        fields += [
            ("state", .string(s.state.rawValue)),
            ("tp", .integer(s.counts.tp)), ("fp", .integer(s.counts.fp)), ("fn", .integer(s.counts.fn)),
            ("n_ref", .integer(s.counts.reference)), ("n_pred", .integer(s.counts.prediction)),
            ("dice", number(s.dice)), ("iou", number(s.iou)), ("hd", number(s.hd)), ("hd95", number(s.hd95)),
            ("assd", number(s.assd)), ("nsd", perTolerance(s.nsd)),
            ("hd95_pooled", number(s.variants?.hd95Pooled)), ("masd", number(s.variants?.masd)),
            ("nsd_voxel", perTolerance(s.variants?.nsdVoxel)), ("hd95_surfel", number(s.variants?.hd95Surfel)),
            ("ref_to_pred", directed(s.referenceToPrediction)), ("pred_to_ref", directed(s.predictionToReference)),
        ]
        return .object(fields)
    }

    // MARK: CSV

    static func csv(_ scores: [StructureScore], _ tolerances: [Double]) -> String {
        csvHeader(tolerances).joined(separator: ",") + "\n" + scores.map { csvRow($0, tolerances).joined(separator: ",") + "\n" }.joined()
    }

    /// The CSV columns: the structure, its state and counts, then every metric under its stored name.
    public static func csvHeader(_ tolerances: [Double]) -> [String] {
        ["label", "state", "tp", "fp", "fn", "n_ref", "n_pred"] + StructureScore.metricNames(tolerances: tolerances)
    }

    public static func csvRow(_ s: StructureScore, _ tolerances: [Double]) -> [String] {
        [s.structure.name, s.state.rawValue] + [s.counts.tp, s.counts.fp, s.counts.fn, s.counts.reference, s.counts.prediction].map(String.init)
            + s.metricValues(tolerances: tolerances).map(csvValue)
    }

    /// A metric value as CSV text: empty when undefined, counts as integers.
    public static func csvValue(name: String, value: Double?) -> String {
        guard let value else { return "" }
        return name.hasSuffix("_count") ? String(Int(value)) : "\(value)"
    }
}

extension StructureScore {
    /// Every metric under the name it is stored, exported and reported with, in a fixed order;
    /// `nil` where the state leaves it undefined. One table, so the CSV columns, the SQLite rows
    /// and the reports cannot drift apart.
    public func metricValues(tolerances: [Double]) -> [(name: String, value: Double?)] {
        func directed(_ prefix: String, _ d: DirectedSummary?) -> [(String, Double?)] {
            [(prefix + "_count", d.map { Double($0.count) }), (prefix + "_mean", d?.mean), (prefix + "_max", d?.max), (prefix + "_p95", d?.p95)]
        }
        let t = tolerances.map(ScoreFormat.tolerance)
        var values: [(String, Double?)] = [("dice", dice), ("iou", iou), ("hd", hd), ("hd95", hd95), ("assd", assd)]
        values += zip(t, tolerances).map { ("nsd@\($0)", nsd?[$1]) }
        values += [("hd95_pooled", variants?.hd95Pooled), ("masd", variants?.masd)]
        values += zip(t, tolerances).map { ("nsd_voxel@\($0)", variants?.nsdVoxel[$1]) }
        values += [("hd95_surfel", variants?.hd95Surfel)]
        values += directed("ref_to_pred", referenceToPrediction) + directed("pred_to_ref", predictionToReference)
        return values.map { (name: $0.0, value: $0.1) }
    }

    /// The names `metricValues(tolerances:)` gives, without a score.
    public static func metricNames(tolerances: [Double]) -> [String] {
        StructureScore(structure: .label(1), state: .notApplicable, counts: OverlapCounts(tp: 0, fp: 0, fn: 0, reference: 0, prediction: 0))
            .metricValues(tolerances: tolerances).map(\.name)
    }
}

/// A plain-text table with aligned columns: the first `leftColumns` left-aligned (names), the
/// rest right-aligned (numbers), a rule under the header.
public enum TextTable {
    public static func render(header: [String], rows: [[String]], leftColumns: Int) -> String {
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return c < leftColumns ? text + pad : pad + text
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// A JSON value with ordered keys, rendered with Swift's shortest round-trip number text.
public indirect enum JSONValue: Sendable {
    case null, string(String), number(Double), integer(Int), bool(Bool)
    case array([JSONValue]), object([(String, JSONValue)])

    /// How a document is laid out, and what a non-finite number becomes.
    public struct Style: Sendable {
        public var indentWidth: Int
        /// `false`: NaN and ±∞ become `null` (strict JSON). `true`: `NaN`, `Infinity`,
        /// `-Infinity`, as Python's `json.dump` writes them (nnU-Net's summary.json does).
        public var pythonNonFinite: Bool
        public init(indentWidth: Int = 2, pythonNonFinite: Bool = false) {
            self.indentWidth = indentWidth
            self.pythonNonFinite = pythonNonFinite
        }
    }

    public func render(indent: Int = 0, style: Style = Style()) -> String {
        let pad = String(repeating: " ", count: (indent + 1) * style.indentWidth)
        let closing = String(repeating: " ", count: indent * style.indentWidth)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d):
            if d.isFinite { return d == d.rounded() && abs(d) < 1e15 ? String(format: "%.1f", d) : "\(d)" }
            guard style.pythonNonFinite else { return "null" }
            return d.isNaN ? "NaN" : d > 0 ? "Infinity" : "-Infinity"
        case .string(let s): return JSONValue.quote(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.render(indent: indent + 1, style: style) }.joined(separator: ",\n") + "\n" + closing + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { pad + JSONValue.quote($0.0) + ": " + $0.1.render(indent: indent + 1, style: style) }.joined(separator: ",\n")
                + "\n" + closing + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
