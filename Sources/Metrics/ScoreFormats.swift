import Foundation

/// Renders scores for people (an aligned table), for programs (JSON) and for spreadsheets (CSV).
/// Every rendering names the metric definitions it uses; undefined values are `—` / `null` / empty.
public enum ScoreFormat: String, CaseIterable, Sendable {
    case table, json, csv

    /// `names` (dataset.json's, by `Structure.name`) are shown beside the structures: in the
    /// table's first column, as a `name` field in JSON, as a `name` column in CSV.
    public func render(_ scores: [StructureScore], tolerances: [Double], names: [String: String] = [:]) -> String {
        switch self {
        case .table: return ScoreFormat.table(scores, tolerances, names: names)
        case .json: return ScoreFormat.json(scores, tolerances, names: names)
        case .csv: return ScoreFormat.csv(scores, tolerances, names: names)
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

    static func table(_ scores: [StructureScore], _ tolerances: [Double], names: [String: String] = [:]) -> String {
        let extended = scores.first?.extended ?? .none
        var header = ["label", "state", "n_ref", "n_pred", "Dice", "IoU", "HD", "HD95", "ASSD"]
        header += tolerances.map { "NSD@\(tolerance($0))" }
        header += extendedHeader(extended)
        let rows: [[String]] = scores.map { s in
            let name = names[s.structure.name].flatMap { $0 == s.structure.name ? nil : $0 }
            var row = [(name.map { $0 + " " } ?? "") + s.structure.description, s.state.rawValue, String(s.counts.reference), String(s.counts.prediction)]
            row += [s.dice, s.iou, s.hd, s.hd95, s.assd].map(fixed)
            row += tolerances.map { fixed(s.nsd?[$0]) }
            row += extendedCells(s)
            return row
        }
        var text = TextTable.render(header: header, rows: rows, leftColumns: 2) + "\n\n" + definitions + "\n"
        if !extended.isEmpty { text += extendedDefinitions(extended) }
        if extended.lesionWise != nil { text += "\n" + lesionTable(scores) }
        return text
    }

    static func extendedHeader(_ e: ExtendedMetrics) -> [String] {
        var header: [String] = []
        if e.lesionWise != nil { header += ["lesion Dice", "lesion HD95", "TP/FP/FN"] }
        if e.panoptic != nil { header += ["PQ", "RQ", "SQ"] }
        if e.centreline != nil { header.append("clDice") }
        if let w = e.boundaryWidth { header.append("BIoU@\(tolerance(w))") }
        return header
    }

    static func extendedCells(_ s: StructureScore) -> [String] {
        var cells: [String] = []
        if s.extended.lesionWise != nil {
            let l = s.lesionWise
            cells += [fixed(l?.dice), fixed(l?.hd95), l.map { "\($0.truePositives)/\($0.falsePositiveCount)/\($0.falseNegatives)" } ?? "—"]
        }
        if s.extended.panoptic != nil { cells += [fixed(s.panoptic?.pq), fixed(s.panoptic?.rq), fixed(s.panoptic?.sq)] }
        if s.extended.centreline != nil { cells.append(fixed(s.centrelineDice)) }
        if s.extended.boundaryWidth != nil { cells.append(fixed(s.boundaryIoU)) }
        return cells
    }

    static func extendedDefinitions(_ e: ExtendedMetrics) -> String {
        var lines: [String] = []
        if let d = e.lesionWise {
            lines.append("Lesion-wise (BraTS 2023): \(d.connectivity)-connected lesions merged within \(d.dilation) dilations, matched by any overlap with the dilated lesion; lesions ≤ \(tolerance(d.volumeThreshold)) mm³ left out; a miss or a false positive scores Dice 0, HD95 \(tolerance(d.hd95Penalty)) mm; HD95 on DeepMind surfels.")
        }
        if let m = e.panoptic {
            lines.append("PQ = SQ·RQ (panoptica): 26-connected instances, \(m == .iou ? "greedy" : "maximum-weight bipartite") matching at IoU ≥ 0.5, SQ = mean IoU of the matched pairs.")
        }
        if e.centreline != nil { lines.append("clDice: skeletons as scikit-image's skeletonize (Lee 1994), MetricsReloaded's centreline_dsc; — when a skeleton is empty.") }
        if let w = e.boundaryWidth { lines.append("BIoU@\(tolerance(w)): IoU of the bands within \(tolerance(w)) mm of each mask's 6-connected border (MetricsReloaded's boundary_iou, in mm).") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per reference lesion and per false-positive component.
    static func lesionTable(_ scores: [StructureScore]) -> String {
        var rows: [[String]] = []
        for s in scores {
            guard let l = s.lesionWise else { continue }
            for (n, lesion) in l.lesions.enumerated() {
                rows.append([s.structure.name, "lesion \(n + 1)", String(lesion.voxels), DecimalText.fixed(lesion.volume, decimals: 1),
                             lesion.counted ? (lesion.matchedComponents > 0 ? "TP" : "FN") : "below threshold",
                             String(lesion.matchedComponents), fixed(lesion.dice), fixed(lesion.hd95)])
            }
            for (n, component) in l.falsePositives.enumerated() {
                rows.append([s.structure.name, "component \(n + 1)", String(component.voxels), DecimalText.fixed(component.volume, decimals: 1), "FP", "",
                             fixed(0), fixed(l.definition.hd95Penalty)])
            }
        }
        return TextTable.render(header: ["label", "lesion", "voxels", "mm³", "status", "matched", "Dice", "HD95"], rows: rows, leftColumns: 2) + "\n"
    }

    /// Four decimals, or `—` for an undefined (nil or NaN) value.
    public static func fixed(_ value: Double?) -> String {
        guard let value, !value.isNaN else { return "—" }
        return DecimalText.fixed(value, decimals: 4)
    }

    // MARK: JSON

    static func json(_ scores: [StructureScore], _ tolerances: [Double], names: [String: String] = [:]) -> String {
        JSONValue.array(scores.map { s in
            guard let name = names[s.structure.name], case .object(var fields) = jsonObject(s, tolerances) else { return jsonObject(s, tolerances) }
            fields.insert(("name", .string(name)), at: 1)
            return .object(fields)
        }).render(indent: 0) + "\n"
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
            ("volume_similarity", number(s.volumeSimilarity)), ("rvd", number(s.relativeVolumeDifference)),
        ]
        if let l = s.lesionWise {
            let lesions: [JSONValue] = l.lesions.map { lesion in
                .object([("voxels", .integer(lesion.voxels)), ("volume_mm3", .number(lesion.volume)), ("counted", .bool(lesion.counted)),
                         ("matched_components", .integer(lesion.matchedComponents)), ("dice", .number(lesion.dice)), ("hd95", .number(lesion.hd95))])
            }
            fields.append(("lesion_wise", .object([
                ("dice", .number(l.dice)), ("hd95", .number(l.hd95)),
                ("tp", .integer(l.truePositives)), ("fp", .integer(l.falsePositiveCount)), ("fn", .integer(l.falseNegatives)),
                ("lesions", .array(lesions)),
                ("false_positives", .array(l.falsePositives.map { .object([("voxels", .integer($0.voxels)), ("volume_mm3", .number($0.volume))]) })),
            ])))
        }
        if let p = s.panoptic {
            let pairs: [JSONValue] = p.pairs.map { .object([("iou", .number($0.iou)), ("dice", .number($0.dice)), ("assd", .number($0.assd))]) }
            fields.append(("panoptic", .object([
                ("matching", .string(s.extended.panoptic?.rawValue ?? "iou")),
                ("reference_instances", .integer(p.referenceInstances)), ("prediction_instances", .integer(p.predictionInstances)),
                ("tp", .integer(p.truePositives)), ("fp", .integer(p.falsePositives)), ("fn", .integer(p.falseNegatives)),
                ("rq", number(p.rq)), ("sq", number(p.sq)), ("pq", number(p.pq)), ("sq_dice", number(p.sqDice)), ("pq_dice", number(p.pqDice)),
                ("sq_assd", number(p.sqASSD)), ("pairs", .array(pairs)),
            ])))
        }
        if s.extended.centreline != nil { fields.append(("cldice", number(s.centrelineDice))) }
        if s.extended.boundaryWidth != nil { fields.append(("boundary_iou", number(s.boundaryIoU))) }
        return .object(fields)
    }

    // MARK: CSV

    static func csv(_ scores: [StructureScore], _ tolerances: [Double], names: [String: String] = [:]) -> String {
        var header = csvHeader(tolerances, extended: scores.first?.extended ?? .none)
        var rows = scores.map { csvRow($0, tolerances) }
        if !names.isEmpty {
            header.insert("name", at: 1)
            for (i, s) in scores.enumerated() { rows[i].insert(csvField(names[s.structure.name] ?? ""), at: 1) }
        }
        return header.joined(separator: ",") + "\n" + rows.map { $0.joined(separator: ",") + "\n" }.joined()
    }

    /// A CSV field, quoted when it holds a comma, a quote or a newline (RFC 4180).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The CSV columns: the structure, its state and counts, then every metric under its stored name.
    public static func csvHeader(_ tolerances: [Double], extended: ExtendedMetrics = .none) -> [String] {
        ["label", "state", "tp", "fp", "fn", "n_ref", "n_pred"] + StructureScore.metricNames(tolerances: tolerances, extended: extended)
    }

    public static func csvRow(_ s: StructureScore, _ tolerances: [Double]) -> [String] {
        [s.structure.name, s.state.rawValue] + [s.counts.tp, s.counts.fp, s.counts.fn, s.counts.reference, s.counts.prediction].map(String.init)
            + s.metricValues(tolerances: tolerances).map(csvValue)
    }

    /// A metric value as CSV text: empty when undefined, counts as integers.
    public static func csvValue(name: String, value: Double?) -> String {
        guard let value else { return "" }
        return StructureScore.isCount(name) ? String(Int(value)) : "\(value)"
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
        values += [("volume_similarity", volumeSimilarity), ("rvd", relativeVolumeDifference)]
        values += extendedValues()
        return values.map { (name: $0.0, value: $0.1) }
    }

    /// The metrics `extended` asked for, each under its own prefix: `lesion_` (BraTS 2023), the
    /// panoptic names (panoptica's), `cldice`, `boundary_iou`.
    func extendedValues() -> [(String, Double?)] {
        func count(_ n: Int?) -> Double? { n.map(Double.init) }
        var values: [(String, Double?)] = []
        if extended.lesionWise != nil {
            let l = lesionWise
            values += [("lesion_dice", l?.dice), ("lesion_hd95", l?.hd95), ("lesion_tp", count(l?.truePositives)),
                       ("lesion_fp", count(l?.falsePositiveCount)), ("lesion_fn", count(l?.falseNegatives))]
        }
        if extended.panoptic != nil {
            let p = panoptic
            values += [("pq", p?.pq), ("rq", p?.rq), ("sq", p?.sq), ("pq_dice", p?.pqDice), ("sq_dice", p?.sqDice), ("sq_assd", p?.sqASSD),
                       ("instance_tp", count(p?.truePositives)), ("instance_fp", count(p?.falsePositives)), ("instance_fn", count(p?.falseNegatives))]
        }
        if extended.centreline != nil { values.append(("cldice", centrelineDice)) }
        if extended.boundaryWidth != nil { values.append(("boundary_iou", boundaryIoU)) }
        return values
    }

    /// The names `metricValues(tolerances:)` gives, without a score.
    public static func metricNames(tolerances: [Double], extended: ExtendedMetrics = .none) -> [String] {
        var blank = StructureScore(structure: .label(1), state: .notApplicable, counts: OverlapCounts(tp: 0, fp: 0, fn: 0, reference: 0, prediction: 0))
        blank.extended = extended
        return blank.metricValues(tolerances: tolerances).map(\.name)
    }

    /// Whether a stored metric is a count (written as an integer).
    public static func isCount(_ name: String) -> Bool {
        name.hasSuffix("_count") || name.hasSuffix("_tp") || name.hasSuffix("_fp") || name.hasSuffix("_fn")
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

/// Numbers as printed text, with a fixed number of decimals and never a negative zero: a value
/// that rounds to zero prints `0.0000`, not `-0.0000` (`printf` keeps the sign of `-0.0` and of
/// small negative values such as a rounding error below zero).
public enum DecimalText {
    /// `%.Nf`, with a rounded zero unsigned.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        unsign(String(format: "%.\(decimals)f", value))
    }

    /// `%+.Nf` (a change: `+0.50`, `-1.25`), with a rounded zero written `+0.00`.
    public static func signed(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%+.\(decimals)f", value)
        return text.hasPrefix("-") && isZero(text) ? "+" + text.dropFirst() : text
    }

    /// The text without its minus sign when every digit in it is zero.
    public static func unsign(_ text: String) -> String {
        text.hasPrefix("-") && isZero(text) ? String(text.dropFirst()) : text
    }

    static func isZero(_ text: String) -> Bool {
        text.allSatisfy { "+-0.".contains($0) } && text.contains("0")
    }
}
