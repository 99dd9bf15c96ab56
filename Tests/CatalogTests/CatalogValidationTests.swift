import Catalog
import Foundation
import Testing

/// The repository's datasets.json, found from this file's place in the checkout.
let repositoryCatalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("datasets.json").path

@Suite("datasets.json: reading and validation")
struct CatalogValidationTests {
    @Test("The shipped catalog is valid: four datasets (BraTS in both namings), the label spaces, every split")
    func shippedCatalog() throws {
        let catalog = try Catalog.load(repositoryCatalog)
        #expect(Set(catalog.datasets.keys) == ["BTCV", "CHAOS", "AMOS", "BraTS2021", "BraTS2023"])
        #expect(catalog.labelSpaces["abdomen"]?.groups["core4"] == ["liver", "spleen", "kidney_right", "kidney_left"])
        #expect(catalog.labelSpaces["brats"]?.regions["tc"] == ["ncr", "enhancing"])
        // BraTS 2021 labels 1, 2, 4; 2023 GLI 1, 2, 3; both map onto one space.
        #expect(catalog.datasets["BraTS2021"]?.labelMap == [1: "ncr", 2: "edema", 4: "enhancing"])
        #expect(catalog.datasets["BraTS2023"]?.labelMap == [1: "ncr", 2: "edema", 3: "enhancing"])
        // CHAOS PNG grey levels decode by ranges (lo, hi]; CT annotates only the liver.
        let mr = try #require(catalog.datasets["CHAOS"]?.decoders["mr_png"])
        #expect([63, 126, 189, 252, 0, 100].map(mr.name(ofGrey:)) == ["liver", "kidney_right", "kidney_left", "spleen", nil, nil])
        #expect(catalog.datasets["CHAOS"]?.collections.first { $0.name == "ct" }?.annotated == .names(["liver"]))
        for name in ["xmod_btcvct_to_chaost2", "xmod_chaost2_to_btcvct", "xmod_amosct_to_amosmr", "xmod_ct_to_chaost1",
                     "xscan_amos_ct_aquilion", "xsite_btcv_to_amosct", "xanat_abdomen_to_brats", "id_btcv", "id_chaost2", "id_amosct"] {
            #expect(catalog.splits[name] != nil, "missing split \(name)")
        }
        #expect(catalog.splits["xanat_abdomen_to_brats"]?.trainingProtocol == .prompted(boxJitterMillimetres: 5, seed: 7))
        #expect(catalog.splits["fewshot5_btcvct_to_chaost2"]?.trainingProtocol == .fewShot(shots: 5, seed: 11))
    }

    /// The shipped catalog with one edit, loaded; the problems it reports.
    func issues(after edit: (inout [String: Any]) -> Void) throws -> [String] {
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repositoryCatalog))) as! [String: Any]
        edit(&json)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).json").path
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Catalog.load(path)
            return []
        } catch let error as CatalogError {
            #expect(error.description.hasPrefix(path + ": "))
            return error.issues.map(\.description)
        }
    }

    func edit(_ json: inout [String: Any], _ keys: [String], _ change: (inout Any) -> Void) {
        func go(_ value: inout Any, _ rest: ArraySlice<String>) {
            guard let key = rest.first else { change(&value); return }
            if var object = value as? [String: Any] {
                var child = object[key] ?? NSNull()
                go(&child, rest.dropFirst())
                object[key] = child
                value = object
            } else if var array = value as? [Any], let i = Int(key) {
                go(&array[i], rest.dropFirst())
                value = array
            }
        }
        var root: Any = json
        go(&root, keys[...])
        json = root as! [String: Any]
    }

    @Test("An unknown key names its path and the intended key")
    func unknownKey() throws {
        let found = try issues { json in
            edit(&json, ["datasets", "BTCV"]) { v in var o = v as! [String: Any]; o["lable_map"] = o.removeValue(forKey: "label_map"); v = o }
        }
        #expect(found.contains("$.datasets.BTCV.lable_map: unknown key \"lable_map\"; did you mean \"label_map\"?"))
    }

    @Test("extended_metrics: BraTS asks for the 2023 lesion-wise rules; each fault is named where it is")
    func extendedMetrics() throws {
        let catalog = try Catalog.load(repositoryCatalog)
        let lesionWise = try #require(catalog.datasets["BraTS2023"]?.extendedMetrics?.lesionWise)
        #expect((lesionWise.volumeThreshold, lesionWise.dilation, lesionWise.connectivity, lesionWise.hd95Penalty) == (50, 3, 26, 374))
        #expect(catalog.datasets["BraTS2021"]?.extendedMetrics?.panoptic == "iou")
        #expect(catalog.datasets["BTCV"]?.extendedMetrics == nil)
        let found = try issues { json in
            edit(&json, ["datasets", "BraTS2023", "extended_metrics"]) {
                $0 = ["lesion_wise": ["connectivity": 8, "volume_threshold_mm3": -1], "panoptic": "hungarian", "cldice": ["aorta"], "boundary_iou": 1]
            }
        }
        let at = "$.datasets.BraTS2023.extended_metrics"
        #expect(found.contains("\(at).lesion_wise.connectivity: connectivity is 6, 18 or 26"))
        #expect(found.contains("\(at).lesion_wise.volume_threshold_mm3: volume_threshold_mm3 is a volume ≥ 0 in mm³ (BraTS GLI: 50)"))
        #expect(found.contains("\(at).panoptic: panoptic is \"iou\" (greedy at IoU ≥ 0.5) or \"bipartite\", found \"hungarian\""))
        #expect(found.contains { $0.hasPrefix("\(at).cldice: cldice: \"aorta\" is no label or region of the label space") })
        #expect(found.contains("\(at).boundary_iou: unknown key \"boundary_iou\"; did you mean \"boundary_iou_mm\"?"))
    }

    @Test("A label name outside its space, a filter on an unknown field, a wrong type")
    func wrongNames() throws {
        let found = try issues { json in
            edit(&json, ["datasets", "BTCV", "label_map", "6"]) { $0 = "livr" }
            edit(&json, ["splits", "xmod_amosct_to_amosmr", "test", "0", "where"]) { $0 = ["acquisition.modaltiy": "MR"] }
            edit(&json, ["holdouts", "btcv", "fraction"]) { $0 = "a quarter" }
        }
        #expect(found.contains("$.datasets.BTCV.label_map[\"6\"]: \"livr\" is not a label of abdomen; did you mean \"liver\"?"))
        #expect(found.contains("$.splits.xmod_amosct_to_amosmr.test[0].where[\"acquisition.modaltiy\"]: cannot filter on \"acquisition.modaltiy\"; did you mean \"acquisition.modality\"?"))
        #expect(found.contains("$.holdouts.btcv.fraction: expected a number, found \"a quarter\""))
    }

    @Test("A path that climbs out of the root or is absolute; a split or decoder that does not exist")
    func pathsAndReferences() throws {
        let found = try issues { json in
            edit(&json, ["datasets", "BTCV", "collections", "0", "label"]) { $0 = "../elsewhere/label{id}.nii.gz" }
            edit(&json, ["datasets", "AMOS", "collections", "0", "images", "0"]) { $0 = "/data/amos_{id}.nii.gz" }
            edit(&json, ["splits", "xmod_btcvct_to_chaost2", "control"]) { $0 = "id_btvc" }
            edit(&json, ["datasets", "CHAOS", "collections", "1", "label", "decoder"]) { $0 = "mr_pgn" }
        }
        #expect(found.contains("$.datasets.BTCV.collections[0].label: \"../elsewhere/label{id}.nii.gz\" climbs out of the data root (\"..\")"))
        #expect(found.contains("$.datasets.AMOS.collections[0].images[\"0\"]: \"/data/amos_{id}.nii.gz\" is absolute; paths are relative to the data root"))
        #expect(found.contains("$.splits.xmod_btcvct_to_chaost2.control: no split named \"id_btvc\"; did you mean \"id_btcv\"?"))
        #expect(found.contains("$.datasets.CHAOS.collections[1].label.decoder: no label decoder named \"mr_pgn\" in CHAOS; did you mean \"mr_png\"?"))
    }

    @Test("A placeholder the first channel does not bind, or a malformed one, is refused at validation")
    func unknownPlaceholder() throws {
        let found = try issues { json in
            edit(&json, ["datasets", "BTCV", "collections", "0", "label"]) { $0 = "RawData/Training/label/label{idd}.nii.gz" }
            edit(&json, ["datasets", "BTCV", "collections", "0", "case_id"]) { $0 = "btcv_{id" }
            edit(&json, ["datasets", "BTCV", "collections", "0", "subject"]) { $0 = "btcv_{}" }
        }
        #expect(found.contains("$.datasets.BTCV.collections[0].label: label \"RawData/Training/label/label{idd}.nii.gz\": unknown placeholder {idd}; the first channel's pattern (images.0) binds {id}; did you mean \"id\"?"))
        #expect(found.contains("$.datasets.BTCV.collections[0].case_id: case_id \"btcv_{id\": a '{' that is never closed"))
        #expect(found.contains("$.datasets.BTCV.collections[0].subject: subject \"btcv_{}\": placeholder {} is not a name (letters, digits, _)"))
        #expect(found.count == 3, "\(found)")
    }

    @Test("A key given twice is refused where it is (JSON readers keep one value without a word); escapes are decoded first")
    func duplicateKey() throws {
        let text = try String(contentsOfFile: repositoryCatalog, encoding: .utf8)
        // BTCV's label map gives label 6 twice, the second time as \u0036.
        let doubled = text.replacingOccurrences(of: "\"6\": \"liver\",", with: "\"6\": \"liver\", \"\\u0036\": \"spleen\",")
        #expect(doubled != text)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).json").path
        try doubled.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CatalogError.self) { try Catalog.load(path) }
        do { _ = try Catalog.load(path) } catch let error as CatalogError {
            #expect(error.issues.map(\.description) == [
                "$.datasets.BTCV.label_map: key \"6\" is given twice; JSON readers keep one of the two values without a word, so SegBench refuses"])
        }
    }

    @Test("A method that is not an object is reported, not skipped; a FIFO for a catalog is refused, not waited on")
    func methodNotAnObjectAndFIFO() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("methods-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/methods.json"
        try #"{"format_version": 1, "methods": {"atlas": 255, "intensity": {"kind": "builtin", "baseline": "intensity"}}}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        do { _ = try MethodCatalog.load(path); Issue.record("loaded") } catch let error as CatalogError {
            #expect(error.issues.map(\.description).contains("$.methods.atlas: expected an object, found 255"))
        }
        #expect(mkfifo(folder + "/fifo.json", 0o644) == 0)
        do { _ = try Catalog.load(folder + "/fifo.json"); Issue.record("loaded") } catch let error as CatalogError {
            #expect(error.description == "\(folder)/fifo.json: 1 problem\n  $: is a FIFO (named pipe), not a regular file; SegBench reads only regular files")
        }
    }

    @Test("Not JSON at all, or missing: one message naming the file")
    func notJSON() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).json").path
        try Data("{ \"datasets\": ".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CatalogError.self) { try Catalog.load(path) }
        do { _ = try Catalog.load("/nonexistent/datasets.json") } catch {
            #expect("\(error)".hasPrefix("/nonexistent/datasets.json: 1 problem"))
        }
    }

    @Test("seeds: a count or a list; each fault named where it is; a seed is not part of the method's configuration")
    func methodSeeds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("methods-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func load(_ seeds: String?) throws -> MethodCatalog {
            let path = folder + "/methods.json"
            let extra = seeds.map { #", "seeds": \#($0)"# } ?? ""
            try #"{"format_version": 1, "methods": {"m": {"kind": "command", "version": "1", "train": {"argv": ["t", "--seed", "{seed}"], "time_limit_s": 5}, "predict": {"argv": ["p"], "time_limit_s": 5}\#(extra)}}}"#
                .write(toFile: path, atomically: true, encoding: .utf8)
            return try MethodCatalog.load(path)
        }
        func problems(_ seeds: String) -> [String] {
            do { _ = try load(seeds); return [] } catch let error as CatalogError { return error.issues.map(\.description) } catch { return ["\(error)"] }
        }
        #expect(try load("3").methods["m"]?.seeds == [1, 2, 3])
        #expect(try load("[7, 11]").methods["m"]?.seeds == [7, 11])
        #expect(try load(nil).methods["m"]?.seeds == nil)
        // Seeds change the runs, not the method: the version (its configuration checksum) stays.
        #expect(try load("[7, 11]").methods["m"]?.canonicalConfiguration == (try load(nil).methods["m"]?.canonicalConfiguration))
        #expect(problems("0") == ["$.methods.m.seeds: seeds is a count from 1 to 1000 or a list of seeds, found 0"])
        #expect(problems("[1, -2]") == ["$.methods.m.seeds[1]: a seed is a whole number ≥ 0, found -2"])
        #expect(problems("[4, 4]") == ["$.methods.m.seeds: seeds lists a seed twice: 4, 4"])
        #expect(problems("[]") == ["$.methods.m.seeds: seeds lists at least one seed (or leave it out: one model, the method's own seed)"])
        #expect(problems("\"three\"") == ["$.methods.m.seeds: expected a list, found \"three\""])
        // A train argv that does not take the seed would train one model under every seed.
        let blind = folder + "/blind.json"
        try #"{"format_version": 1, "methods": {"m": {"kind": "command", "version": "1", "train": {"argv": ["t"], "time_limit_s": 5}, "predict": {"argv": ["p"], "time_limit_s": 5}, "seeds": 2}}}"#
            .write(toFile: blind, atomically: true, encoding: .utf8)
        do { _ = try MethodCatalog.load(blind); Issue.record("loaded") } catch let error as CatalogError {
            #expect(error.issues.map(\.description) == ["$.methods.m.seeds: seeds are given but m's train argv does not name {seed}: every seed would train the same model"])
        }
        let builtin = folder + "/builtin.json"
        try #"{"format_version": 1, "methods": {"atlas": {"kind": "builtin", "baseline": "probabilistic_atlas", "seeds": 3}}}"#
            .write(toFile: builtin, atomically: true, encoding: .utf8)
        do { _ = try MethodCatalog.load(builtin); Issue.record("loaded") } catch let error as CatalogError {
            #expect(error.issues.map(\.description) == ["$.methods.atlas.seeds: seeds are training seeds, and atlas trains nothing (a builtin method)"])
        }
    }
}
