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

    static func tolerance(_ tau: Double) -> String {
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
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return c < 2 ? text + pad : pad + text
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n\n" + definitions + "\n"
    }

    static func fixed(_ value: Double?) -> String {
        guard let value else { return "—" }
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
        var header = ["label", "state", "tp", "fp", "fn", "n_ref", "n_pred", "dice", "iou", "hd", "hd95", "assd"]
        header += tolerances.map { "nsd@\(tolerance($0))" }
        header += ["hd95_pooled", "masd"] + tolerances.map { "nsd_voxel@\(tolerance($0))" } + ["hd95_surfel"]
        header += ["ref_to_pred_count", "ref_to_pred_mean", "ref_to_pred_max", "ref_to_pred_p95",
                   "pred_to_ref_count", "pred_to_ref_mean", "pred_to_ref_max", "pred_to_ref_p95"]
        func text(_ v: Double?) -> String { v.map { "\($0)" } ?? "" }
        func directed(_ d: DirectedSummary?) -> [String] {
            guard let d else { return ["", "", "", ""] }
            return [String(d.count), text(d.mean), text(d.max), text(d.p95)]
        }
        let rows = scores.map { s -> String in
            var row = [s.structure.name, s.state.rawValue] + [s.counts.tp, s.counts.fp, s.counts.fn, s.counts.reference, s.counts.prediction].map(String.init)
            row += [s.dice, s.iou, s.hd, s.hd95, s.assd].map(text) + tolerances.map { text(s.nsd?[$0]) }
            row += [text(s.variants?.hd95Pooled), text(s.variants?.masd)] + tolerances.map { text(s.variants?.nsdVoxel[$0]) }
            row += [text(s.variants?.hd95Surfel)] + directed(s.referenceToPrediction) + directed(s.predictionToReference)
            return row.joined(separator: ",")
        }
        return ([header.joined(separator: ",")] + rows).joined(separator: "\n") + "\n"
    }
}

/// A JSON value with ordered keys, rendered with Swift's shortest round-trip number text.
public indirect enum JSONValue: Sendable {
    case null, string(String), number(Double), integer(Int), bool(Bool)
    case array([JSONValue]), object([(String, JSONValue)])

    public func render(indent: Int = 0) -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(format: "%.1f", d) : "\(d)") : "null"
        case .string(let s): return JSONValue.quote(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let pad = String(repeating: "  ", count: indent + 1)
            return "[\n" + items.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n" + String(repeating: "  ", count: indent) + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            let pad = String(repeating: "  ", count: indent + 1)
            return "{\n" + fields.map { pad + JSONValue.quote($0.0) + ": " + $0.1.render(indent: indent + 1) }.joined(separator: ",\n")
                + "\n" + String(repeating: "  ", count: indent) + "}"
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
