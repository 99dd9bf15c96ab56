import Foundation

/// datasets.json that cannot be used: every problem found, each with its JSON path.
public struct CatalogError: Error, CustomStringConvertible {
    public var file: String
    public var issues: [CatalogIssue]
    public var description: String {
        "\(file): \(issues.count == 1 ? "1 problem" : "\(issues.count) problems")\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}

extension Catalog {
    /// Reads and validates datasets.json. Every mistake is collected (unknown keys with the
    /// intended name, wrong types, names not in a label space, filters on unknown fields, paths
    /// that climb out of the data root, references to splits, hold-outs or decoders that do not
    /// exist) and thrown together.
    public static func load(_ path: String) throws -> Catalog {
        let json = try JSONNode.document(at: path)
        let log = IssueLog()
        let catalog = CatalogReader(log: log).read(JSONNode(value: json, issues: log), source: path)
        guard log.entries.isEmpty, let catalog else { throw CatalogError(file: path, issues: log.entries) }
        return catalog
    }
}

/// One pass over the document: builds the values and records every problem.
struct CatalogReader {
    let log: IssueLog

    func read(_ root: JSONNode, source: String) -> Catalog? {
        guard root.object(allowed: ["format_version", "label_spaces", "datasets", "holdouts", "splits", "description"]) != nil else { return nil }
        var spaces: [String: LabelSpace] = [:]
        for (name, node) in root.member("label_spaces", required: true)?.object() ?? [] { spaces[name] = labelSpace(name, node) }
        var datasets: [String: Dataset] = [:]
        for (name, node) in root.member("datasets", required: true)?.object() ?? [] {
            if let d = dataset(name, node, spaces: spaces) { datasets[name] = d }
        }
        var holdouts: [String: Holdout] = [:]
        for (name, node) in root.member("holdouts")?.object() ?? [] {
            if let h = holdout(name, node, datasets: datasets) { holdouts[name] = h }
        }
        var splits: [String: Split] = [:]
        let splitNodes = root.member("splits")?.object() ?? []
        for (name, node) in splitNodes {
            if let s = split(name, node, spaces: spaces, datasets: datasets, holdouts: holdouts) { splits[name] = s }
        }
        for (name, node) in splitNodes {
            if let control = splits[name]?.control, splits[control] == nil {
                node.member("control")?.report("no split named \"\(control)\"" + suggestion(control, Array(splits.keys)))
            }
        }
        return Catalog(labelSpaces: spaces, datasets: datasets, holdouts: holdouts, splits: splits, source: source)
    }

    func suggestion(_ word: String, _ candidates: [String]) -> String {
        Suggestion.didYouMean(word, candidates)
    }

    // MARK: Label spaces

    func labelSpace(_ name: String, _ node: JSONNode) -> LabelSpace? {
        guard node.object(allowed: ["description", "labels", "display_names", "synonyms", "regions", "regions_class_order", "groups", "colors"]) != nil
        else { return nil }
        var labels: [String: Int] = [:]
        for (label, v) in node.member("labels", required: true)?.object() ?? [] { if let value = v.integer() { labels[label] = value } }
        let names = Array(labels.keys)
        func checkNames(_ list: [String], at n: JSONNode, allowing extra: [String] = []) {
            for (i, item) in list.enumerated() where !names.contains(item) && !extra.contains(item) {
                log.add("\(n.path)[\(i)]", "\"\(item)\" is not a label of \(name)" + suggestion(item, names + extra))
            }
        }
        var regions: [String: [String]] = [:]
        for (region, n) in node.member("regions")?.object() ?? [] {
            if let list = n.strings() { checkNames(list, at: n); regions[region] = list }
        }
        var groups: [String: [String]] = [:]
        for (group, n) in node.member("groups")?.object() ?? [] {
            if let list = n.strings() { checkNames(list, at: n, allowing: Array(regions.keys)); groups[group] = list }
        }
        func stringMap(_ key: String) -> [String: String] {
            var out: [String: String] = [:]
            for (k, n) in node.member(key)?.object() ?? [] { if let s = n.string() { out[k] = s } }
            return out
        }
        var synonyms: [String: [String]] = [:]
        for (k, n) in node.member("synonyms")?.object() ?? [] { synonyms[k] = n.strings() ?? [] }
        return LabelSpace(name: name, labels: labels, displayNames: stringMap("display_names"), synonyms: synonyms,
                          regions: regions, groups: groups, colors: stringMap("colors"))
    }

    // MARK: Datasets

    func dataset(_ name: String, _ node: JSONNode, spaces: [String: LabelSpace]) -> Dataset? {
        guard node.object(allowed: ["name", "description", "reference", "release", "licence", "citation", "anatomy", "source_format",
                                    "file_ending", "channel_names", "labels", "regions_class_order", "label_space", "label_map",
                                    "label_decoders", "numTraining", "numTest", "metadata_csv", "collections", "extended_metrics"]) != nil
        else { return nil }
        let spaceName = node.member("label_space", required: true)?.string() ?? ""
        let space = spaces[spaceName]
        if space == nil, let n = node.member("label_space") {
            n.report("no label space named \"\(spaceName)\"" + suggestion(spaceName, Array(spaces.keys)))
        }
        let spaceNames = space.map { Array($0.labels.keys) } ?? []
        func checkLabelName(_ label: String, _ n: JSONNode) {
            if space != nil && !spaceNames.contains(label) {
                n.report("\"\(label)\" is not a label of \(spaceName)" + suggestion(label, spaceNames))
            }
        }
        var labelMap: [Int: String] = [:]
        for (value, n) in node.member("label_map")?.object() ?? [] {
            guard let v = Int(value), (0...255).contains(v) else {
                n.report("label_map keys are native label values 0…255, found \"\(value)\"")
                continue
            }
            if let label = n.string() { checkLabelName(label, n); labelMap[v] = label }
        }
        // nnU-Net's `labels`: name → a value, or a list of values for a region. Only their types are checked.
        for (_, n) in node.member("labels")?.object() ?? [] {
            if n.value is [Any] { _ = n.array()?.map { $0.integer() } } else { _ = n.integer() }
        }
        var decoders: [String: LabelDecoder] = [:]
        for (decoderName, n) in node.member("label_decoders")?.object() ?? [] {
            guard n.object(allowed: ["type", "range_semantics", "ranges"]) != nil else { continue }
            if let type = n.member("type", required: true)?.string(), type != "intensity_ranges" {
                n.member("type")?.report("the only decoder type is \"intensity_ranges\", found \"\(type)\"")
            }
            var ranges: [String: ClosedRange<Int>] = [:]
            for (label, r) in n.member("ranges", required: true)?.object() ?? [] {
                checkLabelName(label, r)
                guard let bounds = r.array()?.compactMap({ $0.integer() }), bounds.count == 2, bounds[0] < bounds[1] else {
                    r.report("a range is [lo, hi] with lo < hi (grey levels in (lo, hi])")
                    continue
                }
                ranges[label] = (bounds[0] + 1)...bounds[1]
            }
            decoders[decoderName] = LabelDecoder(ranges: ranges)
        }
        // Decoded ground truth (CHAOS PNG) becomes label maps in the label space's own values at
        // ingest, so its native map is the identity on the names the decoders produce.
        if labelMap.isEmpty, let space {
            for name in Set(decoders.values.flatMap(\.ranges.keys)) { if let v = space.labels[name] { labelMap[v] = name } }
        }
        var csv: MetadataCSV?
        if let n = node.member("metadata_csv"), n.object(allowed: ["path", "key", "fields"]) != nil {
            let path = n.member("path", required: true)?.string() ?? ""
            checkRelative(path, n.member("path"))
            var fields: [String: String] = [:]
            for (field, c) in n.member("fields", required: true)?.object() ?? [] {
                checkAcquisitionField(field, c)
                fields[field] = c.string()
            }
            csv = MetadataCSV(path: path, key: n.member("key", required: true)?.string() ?? "", fields: fields)
        }
        var channelNames: [String: String] = [:]
        for (k, n) in node.member("channel_names")?.object() ?? [] { channelNames[k] = n.string() }
        let collections = (node.member("collections", required: true)?.array() ?? []).compactMap {
            collection($0, dataset: name, checkLabelName: checkLabelName, decoders: decoders)
        }
        let structureNames = space.map { Array($0.labels.keys) + Array($0.regions.keys) } ?? []
        return Dataset(name: name, description: node.member("description")?.string() ?? "", anatomy: node.member("anatomy")?.string() ?? "",
                       sourceFormat: node.member("source_format", required: true)?.string() ?? "nifti", channelNames: channelNames,
                       labelSpace: spaceName, labelMap: labelMap, decoders: decoders, metadataCSV: csv, collections: collections,
                       extendedMetrics: node.member("extended_metrics").flatMap { extendedMetrics($0, structures: space == nil ? nil : structureNames) })
    }

    /// A dataset's `extended_metrics`; every member optional, each checked.
    func extendedMetrics(_ node: JSONNode, structures: [String]?) -> ExtendedMetricsSpec? {
        guard node.object(allowed: ["lesion_wise", "panoptic", "cldice", "boundary_iou_mm"]) != nil else { return nil }
        var spec = ExtendedMetricsSpec()
        if let n = node.member("lesion_wise"), n.object(allowed: ["volume_threshold_mm3", "dilation", "connectivity", "hd95_penalty_mm"]) != nil {
            func value(_ key: String, _ fallback: Double, _ valid: (Double) -> Bool, _ rule: String) -> Double {
                guard let m = n.member(key) else { return fallback }
                guard let v = m.number(), valid(v) else { m.report("\(key) is \(rule)"); return fallback }
                return v
            }
            spec.lesionWise = ExtendedMetricsSpec.LesionWise(
                volumeThreshold: value("volume_threshold_mm3", 50, { $0 >= 0 && $0.isFinite }, "a volume ≥ 0 in mm³ (BraTS GLI: 50)"),
                dilation: Int(value("dilation", 3, { $0 >= 0 && $0 == $0.rounded() && $0 < 100 }, "a whole number of dilations ≥ 0 (BraTS GLI: 3)")),
                connectivity: Int(value("connectivity", 26, { [6, 18, 26].contains($0) }, "6, 18 or 26")),
                hd95Penalty: value("hd95_penalty_mm", 374, { $0 >= 0 && $0.isFinite }, "a distance ≥ 0 in mm (BraTS: 374)"))
        }
        if let n = node.member("panoptic"), let matching = n.string() {
            if ["iou", "bipartite"].contains(matching) { spec.panoptic = matching } else {
                n.report("panoptic is \"iou\" (greedy at IoU ≥ 0.5) or \"bipartite\", found \"\(matching)\"")
            }
        }
        if let n = node.member("cldice"), let names = n.strings() {
            if let structures {
                for name in names where !structures.contains(name) {
                    n.report("cldice: \"\(name)\" is no label or region of the label space" + suggestion(name, structures))
                }
            }
            spec.centreline = names
        }
        if let n = node.member("boundary_iou_mm") {
            if let w = n.number(), w > 0, w.isFinite { spec.boundaryWidth = w } else { n.report("boundary_iou_mm is a band width > 0 in mm") }
        }
        return spec
    }

    func collection(_ node: JSONNode, dataset: String, checkLabelName: (String, JSONNode) -> Void,
                    decoders: [String: LabelDecoder]) -> Collection? {
        guard node.object(allowed: ["name", "official_split", "case_id", "subject", "images", "label", "annotated", "acquisition"]) != nil
        else { return nil }
        var images: [String: ImageSource] = [:]
        for (channel, n) in node.member("images", required: true)?.object() ?? [] {
            if let p = n.value as? String {
                checkRelative(p, n)
                images[channel] = .file(p)
            } else if n.object(allowed: ["dicom_series"]) != nil, let p = n.member("dicom_series", required: true)?.string() {
                checkRelative(p, n.member("dicom_series"))
                images[channel] = .dicomSeries(p)
            }
        }
        var label = LabelSource.file("")
        if let n = node.member("label", required: true) {
            if let p = n.value as? String {
                checkRelative(p, n)
                label = .file(p)
            } else if n.object(allowed: ["png_stack", "decoder", "slice_order"]) != nil {
                let folder = n.member("png_stack", required: true)?.string() ?? ""
                checkRelative(folder, n.member("png_stack"))
                let decoder = n.member("decoder", required: true)?.string() ?? ""
                if decoders[decoder] == nil {
                    n.member("decoder")?.report("no label decoder named \"\(decoder)\" in \(dataset)" + suggestion(decoder, Array(decoders.keys)))
                }
                label = .pngStack(folder: folder, decoder: decoder, sliceOrder: n.member("slice_order")?.string() ?? "filename_ascending")
            }
        }
        var annotated = Annotated.allMapped
        if let n = node.member("annotated", required: true) {
            if let s = n.value as? String {
                if s != "all_mapped" { n.report("\"annotated\" is \"all_mapped\" or a list of label names, found \"\(s)\"") }
            } else if let names = n.array() {
                annotated = .names(names.compactMap { item in item.string().map { checkLabelName($0, item); return $0 } })
            }
        }
        var acquisition: [String: AcquisitionRule] = [:]
        for (field, n) in node.member("acquisition")?.object() ?? [] {
            checkAcquisitionField(field, n)
            if let rule = acquisitionRule(n) { acquisition[field] = rule }
        }
        let collection = Collection(name: node.member("name", required: true)?.string() ?? "",
                                    officialSplit: node.member("official_split", required: true)?.string() ?? "",
                                    caseID: node.member("case_id", required: true)?.string() ?? "",
                                    subject: node.member("subject", required: true)?.string() ?? "",
                                    images: images, label: label, annotated: annotated, acquisition: acquisition)
        checkPlaceholders(collection, node)
        return collection
    }

    /// Discovery binds the placeholders of the first channel's pattern (in channel-name order)
    /// by matching it against the folders; every other pattern can only use those. An unknown
    /// one (`{idd}` for `{id}`) would be left in the path as it is, and every case would then
    /// fail at ingest, so it is refused here.
    func checkPlaceholders(_ collection: Collection, _ node: JSONNode) {
        let channels = collection.images.keys.sorted()
        guard let firstChannel = channels.first else { return }
        var patterns: [(String, String, JSONNode?)] = channels.map { channel in
            let member = node.member("images")?.member(channel)
            return ("images.\(channel)", collection.images[channel]!.pattern, member?.value is String ? member : member?.member("dicom_series"))
        }
        let labelNode = node.member("label")
        patterns.append(("label", collection.label.pattern, labelNode?.value is String ? labelNode : labelNode?.member("png_stack")))
        patterns.append(("case_id", collection.caseID, node.member("case_id")))
        patterns.append(("subject", collection.subject, node.member("subject")))
        var bound: [String] = []
        for (field, pattern, member) in patterns {
            switch Placeholders.names(in: pattern) {
            case .failure(let problem):
                member?.report("\(field) \"\(pattern)\": \(problem)")
            case .success(let names) where field == "images.\(firstChannel)":
                bound = names
            case .success(let names):
                for name in names where !bound.contains(name) {
                    let known = bound.isEmpty ? "binds none" : "binds " + bound.map { "{\($0)}" }.joined(separator: ", ")
                    member?.report("\(field) \"\(pattern)\": unknown placeholder {\(name)}; the first channel's pattern (images.\(firstChannel)) \(known)"
                                   + suggestion(name, bound))
                }
            }
        }
    }

    func acquisitionRule(_ n: JSONNode) -> AcquisitionRule? {
        guard n.object(allowed: ["value", "id_ranges", "dicom_tag", "provenance"]) != nil else { return nil }
        let provenance = n.member("provenance", required: true)?.string() ?? ""
        if !provenance.isEmpty, !AcquisitionField.provenances.contains(provenance) {
            n.member("provenance")?.report("provenance is one of \(AcquisitionField.provenances.joined(separator: ", "))"
                                           + suggestion(provenance, AcquisitionField.provenances))
        }
        if let v = n.member("value") {
            if let s = v.value as? String { return AcquisitionRule(source: .value(s), provenance: provenance) }
            if let d = v.number() { return AcquisitionRule(source: .value(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)), provenance: provenance) }
            return nil
        }
        if let tag = n.member("dicom_tag")?.string() { return AcquisitionRule(source: .dicomTag(tag), provenance: provenance) }
        if let ranges = n.member("id_ranges")?.array() {
            let parsed = ranges.compactMap { r -> IDRange? in
                guard r.object(allowed: ["min", "max", "value"]) != nil, let value = r.member("value", required: true)?.string() else { return nil }
                return IDRange(min: r.member("min")?.integer(), max: r.member("max")?.integer(), value: value)
            }
            return AcquisitionRule(source: .idRanges(parsed), provenance: provenance)
        }
        n.report("an acquisition field needs \"value\", \"id_ranges\" or \"dicom_tag\"")
        return nil
    }

    func checkAcquisitionField(_ field: String, _ n: JSONNode) {
        if !AcquisitionField.all.contains(field) {
            n.report("unknown acquisition field \"\(field)\"" + suggestion(field, AcquisitionField.all))
        }
    }

    /// Paths are relative to the data root given at run time and never leave it.
    func checkRelative(_ path: String, _ n: JSONNode?) {
        guard let n else { return }
        if path.hasPrefix("/") || path.hasPrefix("~") { n.report("\"\(path)\" is absolute; paths are relative to the data root") }
        if path.split(separator: "/").contains("..") { n.report("\"\(path)\" climbs out of the data root (\"..\")") }
        if path.isEmpty { n.report("empty path") }
    }

    // MARK: Hold-outs and splits

    func filters(_ node: JSONNode?) -> [Filter] {
        guard let node else { return [] }
        let fields = ["official_split", "collection", "subject", "id"] + AcquisitionField.all.map { "acquisition." + $0 }
        return (node.object() ?? []).compactMap { field, n in
            if !fields.contains(field) {
                n.report("cannot filter on \"\(field)\"" + suggestion(field, fields))
                return nil
            }
            if let s = n.value as? String { return Filter(field: field, values: [s], negated: false) }
            if n.value is [Any] { return Filter(field: field, values: n.strings() ?? [], negated: false) }
            if n.object(allowed: ["not_in"]) != nil, let list = n.member("not_in", required: true)?.strings() {
                return Filter(field: field, values: list, negated: true)
            }
            return nil
        }
    }

    func holdout(_ name: String, _ node: JSONNode, datasets: [String: Dataset]) -> Holdout? {
        guard node.object(allowed: ["dataset", "where", "fraction", "seed"]) != nil else { return nil }
        let dataset = node.member("dataset", required: true)?.string() ?? ""
        if datasets[dataset] == nil { node.member("dataset")?.report("no dataset named \"\(dataset)\"" + suggestion(dataset, Array(datasets.keys))) }
        let fraction = node.member("fraction", required: true)?.number() ?? 0.2
        if !(fraction > 0 && fraction < 1) { node.member("fraction")?.report("a hold-out fraction lies strictly between 0 and 1") }
        return Holdout(name: name, dataset: dataset, filters: filters(node.member("where")), fraction: fraction,
                       seed: UInt64(max(0, node.member("seed", required: true)?.integer() ?? 0)))
    }

    func split(_ name: String, _ node: JSONNode, spaces: [String: LabelSpace], datasets: [String: Dataset],
               holdouts: [String: Holdout]) -> Split? {
        guard node.object(allowed: ["type", "protocol", "shots", "shot_seed", "label_group", "label_space", "train", "test", "control",
                                    "prompt", "precedent", "description"]) != nil else { return nil }
        func selections(_ key: String) -> [Selection] {
            (node.member(key, required: true)?.array() ?? []).compactMap { s in
                guard s.object(allowed: ["dataset", "where", "holdout", "part"]) != nil else { return nil }
                let dataset = s.member("dataset", required: true)?.string() ?? ""
                if datasets[dataset] == nil { s.member("dataset")?.report("no dataset named \"\(dataset)\"" + suggestion(dataset, Array(datasets.keys))) }
                let holdout = s.member("holdout")?.string()
                if let holdout, holdouts[holdout] == nil {
                    s.member("holdout")?.report("no hold-out named \"\(holdout)\"" + suggestion(holdout, Array(holdouts.keys)))
                }
                let partText = s.member("part")?.string() ?? "rest"
                let part = Selection.Part(rawValue: partText)
                if part == nil { s.member("part")?.report("part is \"rest\" or \"held_out\", found \"\(partText)\"") }
                if holdout == nil && s.member("part") != nil { s.member("part")?.report("\"part\" needs a \"holdout\"") }
                return Selection(dataset: dataset, filters: filters(s.member("where")), holdout: holdout, part: part ?? .rest)
            }
        }
        let train = selections("train"), test = selections("test")
        let types = ["cross_modality", "cross_scanner", "cross_site", "cross_anatomy", "in_distribution"]
        let type = node.member("type", required: true)?.string() ?? ""
        if !type.isEmpty && !types.contains(type) { node.member("type")?.report("type is one of \(types.joined(separator: ", "))" + suggestion(type, types)) }

        let protocolName = node.member("protocol", required: true)?.string() ?? "supervised"
        var trainingProtocol = Split.TrainingProtocol.supervised
        switch protocolName {
        case "supervised": break
        case "prompted":
            let prompt = node.member("prompt", required: true)
            _ = prompt?.object(allowed: ["box_jitter_mm", "seed"])
            trainingProtocol = .prompted(boxJitterMillimetres: prompt?.member("box_jitter_mm", required: true)?.number() ?? 0,
                                         seed: UInt64(max(0, prompt?.member("seed", required: true)?.integer() ?? 0)))
        case "few_shot":
            trainingProtocol = .fewShot(shots: node.member("shots", required: true)?.integer() ?? 1,
                                        seed: UInt64(max(0, node.member("shot_seed", required: true)?.integer() ?? 0)))
        default:
            node.member("protocol")?.report("protocol is supervised, prompted or few_shot" + suggestion(protocolName, ["supervised", "prompted", "few_shot"]))
        }

        // The label space: given, or the one of the datasets the split is scored on.
        let spaceName = node.member("label_space")?.string() ?? test.first.flatMap { datasets[$0.dataset]?.labelSpace } ?? ""
        let group = node.member("label_group", required: true)?.string() ?? ""
        if let space = spaces[spaceName], space.groups[group] == nil {
            node.member("label_group")?.report("no group \"\(group)\" in label space \(spaceName)" + suggestion(group, Array(space.groups.keys)))
        } else if spaces[spaceName] == nil, let n = node.member("label_space") {
            n.report("no label space named \"\(spaceName)\"" + suggestion(spaceName, Array(spaces.keys)))
        }
        return Split(name: name, type: type, trainingProtocol: trainingProtocol, labelSpace: spaceName, labelGroup: group,
                     train: train, test: test, control: node.member("control")?.string(), precedent: node.member("precedent")?.string() ?? "")
    }
}

/// The `{name}` placeholders of a layout pattern.
enum Placeholders {
    /// The names in order of appearance, or what is wrong: an unclosed `{`, a stray `}`, or a name
    /// that is empty or not letters, digits and underscores.
    static func names(in pattern: String) -> Result<[String], PlaceholderError> {
        var names: [String] = [], rest = Substring(pattern)
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[brace] == "{" else { return .failure(PlaceholderError("a '}' with no '{' before it")) }
            guard let close = rest[brace...].firstIndex(of: "}") else { return .failure(PlaceholderError("a '{' that is never closed")) }
            let name = String(rest[rest.index(after: brace)..<close])
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                return .failure(PlaceholderError("placeholder {\(name)} is not a name (letters, digits, _)"))
            }
            names.append(name)
            rest = rest[rest.index(after: close)...]
        }
        return .success(names)
    }

    struct PlaceholderError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
