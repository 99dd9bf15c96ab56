import Foundation
import Store
import Harness
import NIfTI

/// The predictions the overlays draw, kept beside the report as `FOLDER/CHECKSUM.nii[.gz]`.
///
/// Why: a stored result points at its prediction in the work folder, which is not committed. A
/// fresh clone re-renders the committed store's report without it, and each panel would lose
/// its dashed contours (and the figures their bytes). The report keeps a copy of every
/// prediction it draws, named by the checksum the store recorded, and reads the copy when the
/// work folder's file is gone. A file is drawn only when its checksum is the stored one: a
/// prediction overwritten since it was scored is not drawn as if it had been.
public final class KeptPredictions: @unchecked Sendable {
    public let folder: String
    private var read: Set<String> = []
    private let lock = NSLock()

    public init(folder: String) { self.folder = folder }

    /// The stored result's label map from `path`, when the file there is still the one scored
    /// (its checksum is `checksum`; no checksum stored: the file as it is).
    static func inPlace(path: String?, checksum: String?) -> LabelMap? {
        guard let path, checksum == nil || Checksum.file(path) == checksum else { return nil }
        return try? NIfTI.readLabels(path)
    }

    /// The stored result's label map: from `path` (kept as a copy) while it is the one scored,
    /// else from the kept copy; `nil` when neither holds those bytes.
    func labels(path: String?, checksum: String?) -> LabelMap? {
        guard let checksum else { return Self.inPlace(path: path, checksum: nil) }
        let fileManager = FileManager.default
        let suffix = path?.hasSuffix(".nii") == true ? ".nii" : ".nii.gz"
        if let map = Self.inPlace(path: path, checksum: checksum), let path {
            let copy = (folder as NSString).appendingPathComponent(checksum + suffix)
            if !fileManager.fileExists(atPath: copy) {
                try? fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try? fileManager.copyItem(atPath: path, toPath: copy)
            }
            remember(copy)
            return map
        }
        for name in [checksum + ".nii.gz", checksum + ".nii"] {
            let copy = (folder as NSString).appendingPathComponent(name)
            if let map = Self.inPlace(path: copy, checksum: checksum) {
                remember(copy)
                return map
            }
        }
        return nil
    }

    private func remember(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        read.insert((path as NSString).lastPathComponent)
    }

    /// Removes the kept copies this render did not draw (their results are no longer reported).
    public func prune() {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return }
        lock.lock(); defer { lock.unlock() }
        for name in names where !read.contains(name) && (name.hasSuffix(".nii") || name.hasSuffix(".nii.gz")) {
            try? fileManager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }
}

/// Where the volumes behind an overlay are, and how their label values read.
public struct OverlaySource: Sendable {
    /// The image (first channel) of each case, keyed `dataset/case`.
    public var images: [String: String]
    /// The reference label map of each case, keyed `dataset/case`, from the case index (whose
    /// paths follow the store to another clone); a case not listed is read from the path its
    /// result recorded.
    public var references: [String: String] = [:]
    /// A dataset's native value → structure name (how its reference files are written). A dataset
    /// not listed is read as the structures' own values (`segbench score` folders).
    public var referenceLabels: [String: [Int: String]]
    /// A method's output value → structure name; methods not listed write the label space's values.
    public var predictionLabels: [String: [Int: String]]
    /// The label space's value → structure name.
    public var spaceLabels: [Int: String]
    /// A split's own label space, where it differs from `spaceLabels` (a report of abdominal
    /// splits and the BraTS one).
    public var splitSpaceLabels: [String: [Int: String]]
    /// A region → the labels it holds (BraTS's whole tumour: ncr, edema, enhancing): its contour
    /// goes around all of them.
    public var regions: [String: Set<String>]
    /// Where the drawn predictions are kept (the report's `predictions/`); `nil`: read in place.
    public var kept: KeptPredictions?

    public init(images: [String: String], referenceLabels: [String: [Int: String]], predictionLabels: [String: [Int: String]], spaceLabels: [Int: String],
                splitSpaceLabels: [String: [Int: String]] = [:], regions: [String: Set<String>] = [:]) {
        self.images = images
        self.referenceLabels = referenceLabels
        self.predictionLabels = predictionLabels
        self.spaceLabels = spaceLabels
        self.splitSpaceLabels = splitSpaceLabels
        self.regions = regions
    }
}

/// Qualitative overlays: an axial slice of the image in grey, the reference's contours solid and
/// the prediction's dashed, in the organ colours; columns are methods, rows the median and the
/// worst case (by the per-case mean Dice averaged over methods); each panel prints its Dice.
/// Displayed in the radiological convention (patient's right on the left, anterior up) from the
/// header's axis codes; pixels are square in millimetres.
enum OverlayFigure {
    static func make(aggregator: Aggregator, split: String, source: OverlaySource) -> Figure? {
        let data = aggregator.data
        let chosen = chosenCases(aggregator: aggregator, split: split)
        guard !chosen.isEmpty else { return nil }
        return make(aggregator: aggregator, split: split, source: source, methods: data.methods(on: split), cases: chosen, name: "overlay_\(split)",
                    caption: "Axial slices of the median and the worst case of \(split) (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (\(legend(data, split))); the panel's Dice is that method's mean over structures on the case.")
    }

    /// The median and the worst case of a split by the per-case mean Dice averaged over methods.
    static func chosenCases(aggregator: Aggregator, split: String) -> [(String, String)] {
        let means = aggregator.data.methods(on: split).map { aggregator.caseMeans(split: split, method: $0, metric: "dice") }
        var averaged: [String: Double] = [:]
        for name in Set(means.flatMap(\.keys)) {
            let v = means.compactMap { $0[name] }
            averaged[name] = v.reduce(0, +) / Double(v.count)
        }
        let ranked = averaged.keys.sorted { (averaged[$0]!, $0) < (averaged[$1]!, $1) }
        guard !ranked.isEmpty else { return [] }
        var chosen = [("median", ranked[ranked.count / 2]), ("worst", ranked[0])]
        if chosen[0].1 == chosen[1].1 { chosen.removeLast() }
        return chosen
    }

    /// Why a split has no overlay, where it has cases to draw: the files of its chosen cases that
    /// cannot be read here. A report that drops a figure says so (a fresh clone without the data
    /// dropped every overlay without a word).
    static func unavailable(aggregator: Aggregator, split: String, source: OverlaySource) -> String? {
        let data = aggregator.data
        var missing: [String] = []
        for (_, name) in chosenCases(aggregator: aggregator, split: split) {
            guard let result = drawnResult(data, split: split, methods: data.methods(on: split), case: name) else { continue }
            let key = "\(result.caseDescription.dataset)/\(name)"
            let files = [source.images[key], source.references[key] ?? result.caseDescription.referencePath]
            missing += files.map { $0.flatMap { FileManager.default.isReadableFile(atPath: $0) ? nil : $0 } ?? "\(name)'s image (not in the case index)" }
                .compactMap { $0 }
        }
        guard !missing.isEmpty else { return nil }
        return "No overlay for \(split): " + missing.joined(separator: ", ") + (missing.count == 1 ? " is" : " are")
            + " not readable here (images and references are read through the store's case index: run the main job, or `segbench ingest` the data root)."
    }

    /// The stored result a row's case is drawn from: the first of `methods` that ran the split.
    static func drawnResult(_ data: ReportData, split: String, methods: [Int], case name: String) -> CaseResult? {
        data.runs[split].flatMap { runs in methods.lazy.compactMap { runs[$0] }.first }
            .flatMap { data.results[$0.id]?.first { $0.caseDescription.name == name } }
    }

    static func legend(_ data: ReportData, _ split: String) -> String {
        (data.structures[split] ?? []).map { data.style($0).displayName }.joined(separator: ", ")
    }

    /// Rows of `cases` (a role such as "median" and a case name), columns of `methods`. Each
    /// panel prints the method's Dice on the case: of `structures[row]` where one is given, else
    /// the mean over structures.
    static func make(aggregator: Aggregator, split: String, source: OverlaySource, methods: [Int], cases chosen: [(String, String)],
                     structures rowStructures: [String?]? = nil, name figureName: String, caption: String) -> Figure? {
        let data = aggregator.data
        let means = methods.map { aggregator.caseMeans(split: split, method: $0, metric: "dice") }
        var script = "# A panel per method (columns) and case (rows): its row's image (\(figureName)_image_rowN.csv), the row's reference\n"
            + "# contours (solid) and the method's (dashed), from \(figureName)_contours.csv: a series is a run of its paths,\n"
            + "# selected with `every :::FIRST::LAST` (gnuplot counts the blank-line blocks from 0: path ids less one).\n"
            + FigureBuilder.preamble + "unset grid\nunset border\nunset tics\nunset key\nset size ratio -1\nset palette grey\nunset colorbox\n"
            + "set style textbox opaque fillcolor rgb '#000000' noborder margins 1.5,1\n"
        // The panels, written first: the margins (set by the longest labels) go before them.
        var panels = ""
        // The data, as every figure's: a CSV of each row's image (`_image_rowN`, one file a row:
        // gnuplot's `with image` takes a whole file's grid and cannot filter rows out of it) and
        // one of every contour's vertices (`_contours`), a blank line between paths.
        var images: [FigureTable] = []
        var contours = FigureTable(part: "contours", columns: ["row", "method_index", "structure_index", "path", "x_mm", "y_mm", "role", "case", "structure", "method"])
        let contourFile = figureName + "_contours.csv"
        // Writes one series (a row's reference, or a panel's prediction, of one structure) and
        // returns how the script selects it: its paths are consecutive blocks, and gnuplot's
        // `every :::first::last` (blocks counted from 0: path ids less one) reads just those,
        // where a filter on the row, column and structure read every row of the file per series
        // (the overlays took 30 s to draw instead of 1). Columns by number (x_mm is 5, y_mm 6;
        // the image's x_mm, y_mm, grey 1 to 3): a lookup by name per row doubled the time again.
        func addPaths(_ paths: [[(x: Double, y: Double)]], row: Int, methodIndex: Int, structureIndex: Int, role: String, case name: String, structure: String,
                      method: String, style: String) -> String {
            let first = contours.blockEnds.count
            for path in paths {
                let id = "\(contours.blockEnds.count + 1)"
                for p in path {
                    contours.append(["\(row + 1)", "\(methodIndex)", "\(structureIndex + 1)", id, String(format: "%.2f", p.x), String(format: "%.2f", p.y), role, name, structure, method])
                }
                contours.endBlock()
            }
            return "'\(contourFile)' every :::\(first)::\(contours.blockEnds.count - 1) using 5:6 with lines \(style)"
        }
        var layout = OverlayLayout(columns: methods.count, rows: chosen.count)
        // A title is centred on its panel and may reach into the gaps beside it.
        let titles = methods.map { OverlayLayout.wrapped(data.methods[$0].label, width: layout.slot + OverlayLayout.columnGap, points: 8) }
        layout.titleLines = titles.map(\.count).max() ?? 1
        var drawn = 0, heights: [Double] = []
        // Panels whose method's prediction is stored as scored but whose file cannot be drawn:
        // each says so, and so does the caption. (A committed report once showed eight overlays of
        // reference contours alone, panels that looked like perfect agreement, because the work
        // folder of an earlier session was gone and no copy had been kept.)
        var undrawn = 0
        for (row, (role, name)) in chosen.enumerated() {
            guard let result = drawnResult(data, split: split, methods: methods, case: name),
                  let imagePath = source.images["\(result.caseDescription.dataset)/\(name)"],
                  let image = try? NIfTI.read(imagePath, as: Float.self),
                  let reference = try? NIfTI.readLabels(source.references["\(result.caseDescription.dataset)/\(name)"] ?? result.caseDescription.referencePath)
            else { continue }
            let referenceNames = source.referenceLabels[result.caseDescription.dataset]
            let structures = data.structures[split] ?? []
            func structureOf(_ value: UInt8, _ names: [Int: String]?) -> String? {
                let v = Int(value)
                return names.map { $0[v] } ?? String(v)
            }
            // A region (BraTS's whole tumour) holds every label it lists; a label, itself.
            func holds(_ structure: String, _ value: UInt8, _ names: [Int: String]?) -> Bool {
                guard let name = structureOf(value, names) else { return false }
                return name == structure || (source.regions[structure]?.contains(name) ?? false)
            }
            let scored: (UInt8) -> Bool = { value in structures.contains { holds($0, value, referenceNames) } }
            // The axial slice through the most reference foreground of the scored structures.
            let slice = bestSlice(reference, counts: scored)
            let geometry = image.geometry
            let codes = Array(geometry.orientation)
            let flipX = codes.first == "R", flipY = codes.count > 1 && codes[1] == "P"
            let plot = layout.plot(aspect: Double(geometry.shape.x) * geometry.spacing.x / (Double(geometry.shape.y) * geometry.spacing.y))
            heights.append(plot.height)
            panels += "set xrange [\(flipX ? "*:*] reverse" : "*:*]")\nset yrange [\(flipY ? "*:*] reverse" : "*:*]")\n"
            // CT in Hounsfield units: the abdominal soft-tissue window (W 400, L 40), the one
            // radiologists read organs in; other images: percentiles around the organs.
            let grey = CaseFacts(result.caseDescription).modality == "CT"
                ? imageSlice(image, z: slice, range: -160...240)
                : imageSlice(image, z: slice, window: foregroundBox(reference, z: slice, margin: 8, counts: scored))
            // The image and the reference's contours are the same in every column: written once per row.
            var pixels = FigureTable(part: "image_row\(row + 1)", columns: ["x_mm", "y_mm", "grey"])
            for pixel in grey { pixels.append(pixel.map(FigureTable.number)) }
            images.append(pixels)
            var referencePlots: [String] = []
            for (k, s) in structures.enumerated() {
                let ref = contour(reference, z: slice, spacing: geometry.spacing) { holds(s, $0, referenceNames) }
                guard !ref.isEmpty else { continue }
                referencePlots.append(addPaths(ref, row: row, methodIndex: 0, structureIndex: k, role: "reference", case: name, structure: s, method: "",
                                               style: "lw 1.6 lc rgb '\(data.style(s).color ?? "#FFFFFF")'"))
            }
            for (column, m) in methods.enumerated() {
                var plots = ["'\(figureName)_\(pixels.part).csv' using 1:2:3 with image"] + referencePlots
                let predictionResult = data.runs[split]?[m].flatMap { data.results[$0.id]?.first { $0.caseDescription.name == name } }
                let prediction = predictionResult.flatMap { r in
                    source.kept.map { $0.labels(path: r.predictionPath, checksum: r.predictionChecksum) }
                        ?? KeptPredictions.inPlace(path: r.predictionPath, checksum: r.predictionChecksum)
                }
                let predictionNames = source.predictionLabels[data.methods[m].version.name] ?? source.splitSpaceLabels[split] ?? source.spaceLabels
                let drawable = prediction.map { $0.geometry.shape == reference.geometry.shape } ?? false
                let missing = predictionResult.map { $0.failure == nil } == true && !drawable
                if missing { undrawn += 1 }
                if let prediction, drawable {
                    for (k, s) in structures.enumerated() {
                        let pred = contour(prediction, z: slice, spacing: geometry.spacing) { holds(s, $0, predictionNames) }
                        guard !pred.isEmpty else { continue }
                        plots.append(addPaths(pred, row: row, methodIndex: column + 1, structureIndex: k, role: "prediction", case: name, structure: s,
                                              method: data.methods[m].label, style: "lw 1.3 dt (3,2) lc rgb '\(data.style(s).color ?? "#FFFFFF")'"))
                    }
                }
                let rowStructure = rowStructures?[row]
                let value = rowStructure.map { aggregator.values(split: split, method: m, structure: $0, metric: "dice")[name] } ?? means[column][name]
                let dice = value.map { String(format: "Dice %.1f %%", $0 * 100) } ?? (predictionResult?.failure != nil ? "failed" : "–")
                panels += OverlayLayout.panelLabel([rowStructure.map { data.style($0).displayName }, dice].compactMap { $0 }, plot: plot)
                // A star in the panel's corner, not words: a label of three lines covered a third of a narrow panel.
                panels += missing ? "set label 6 \"*\" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'\n" : "unset label 6\n"
                panels += row == 0 ? "set title \(FigureBuilder.text(titles[column].joined(separator: "\n"))) offset 0,-0.6\n" : "unset title\n"
                // Role, then case, each wrapped to the panel's height: one line of a long case name ran past the row.
                if column == 0 {
                    let lines = [role, name].flatMap { OverlayLayout.wrapped($0, width: plot.height, points: 7) }
                    layout.rowLabelLines = max(layout.rowLabelLines, lines.count)
                    panels += OverlayLayout.rowLabel(lines, plot: plot)
                    // The first panel of a row carries the scale and the sides: the radiological
                    // convention puts the patient's right on the viewer's left.
                    let fieldWidth = Double(geometry.shape.x) * geometry.spacing.x
                    panels += OverlayLayout.scaleBar(fieldWidth: fieldWidth)
                    if codes.first == "R" || codes.first == "L" { panels += OverlayLayout.sides }
                } else {
                    panels += "unset label 2\nunset label 3\nunset label 4\nunset label 5\nunset arrow 1\n"
                }
                panels += "plot " + plots.joined(separator: ", \\\n     ") + "\nunset label 1\n"
                drawn += 1
            }
        }
        guard drawn > 0 else { return nil }
        layout.rowHeight = heights.max() ?? layout.slot
        let key = OverlayLayout.colourKey((data.structures[split] ?? []).map { (data.style($0).displayName, data.style($0).color ?? "#777777") }, width: layout.width)
        layout.keyLines = key.lines
        // The key's labels (in screen coordinates) go with the last panel's plot.
        if let last = panels.range(of: "\nplot ", options: .backwards) { panels.insert(contentsOf: "\n" + key.script(layout).dropLast(), at: last.lowerBound) }
        script += layout.multiplot + panels + "unset multiplot\n"
        let notDrawn = undrawn == 0 ? "" : " * (\(undrawn) panel\(undrawn == 1 ? "" : "s")): the prediction is not drawn, its file being "
            + "neither where the run wrote it nor kept beside the report (predictions/), or on another grid; the Dice is the stored one."
        return Figure(name: figureName, width: layout.printWidth, height: layout.height,
                      caption: caption + " Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention)." + notDrawn, script: script,
                      tables: [contours] + images)
    }

    /// `table[v]`: whether label value `v` is wanted (background never is), so a pass over the
    /// voxels reads an array instead of calling the predicate.
    static func valueTable(_ wanted: (UInt8) -> Bool) -> [Bool] {
        (0..<256).map { $0 != 0 && wanted(UInt8($0)) }
    }

    /// The z index with the most voxels for which `counts` holds.
    static func bestSlice(_ map: LabelMap, counts: (UInt8) -> Bool) -> Int {
        let plane = map.shape.x * map.shape.y
        let lookup = valueTable(counts)
        var best = map.shape.z / 2, most = 0
        for z in 0..<map.shape.z {
            var n = 0
            for i in (z * plane)..<((z + 1) * plane) where lookup[Int(map.voxels[i])] { n += 1 }
            if n > most { most = n; best = z }
        }
        return best
    }

    /// The pixel box (x and y ranges) around the voxels of slice `z` for which `counts` holds,
    /// widened by `margin` pixels; nil when there are none.
    static func foregroundBox(_ map: LabelMap, z: Int, margin: Int, counts: (UInt8) -> Bool) -> (x: ClosedRange<Int>, y: ClosedRange<Int>)? {
        let s = map.shape
        let lookup = valueTable(counts)
        var (x0, x1, y0, y1) = (Int.max, Int.min, Int.max, Int.min)
        for j in 0..<s.y { for i in 0..<s.x where lookup[Int(map.voxels[i + s.x * (j + s.y * z)])] {
            (x0, x1, y0, y1) = (min(x0, i), max(x1, i), min(y0, j), max(y1, j))
        } }
        guard x0 <= x1 else { return nil }
        return (max(0, x0 - margin)...min(s.x - 1, x1 + margin), max(0, y0 - margin)...min(s.y - 1, y1 + margin))
    }

    /// `x y grey` rows in millimetres, the grey scaled to [0, 1] between the 1st and 99th
    /// percentiles of the pixels in `window` (the organs and their surroundings: a window over the
    /// whole slice would spend its range on air and fat, and a CT's organs would all be white).
    static func imageSlice(_ image: Volume<Float>, z: Int, window: (x: ClosedRange<Int>, y: ClosedRange<Int>)?) -> [[Double]] {
        let s = image.shape
        let box = window ?? (0...(s.x - 1), 0...(s.y - 1))
        let values = box.y.flatMap { j in box.x.map { Double(image.voxels[z * s.x * s.y + j * s.x + $0]) } }
        return imageSlice(image, z: z, range: Statistics.percentile(values, 1)...Statistics.percentile(values, 99))
    }

    /// `x y grey` rows in millimetres, the grey scaled to [0, 1] over `range`.
    static func imageSlice(_ image: Volume<Float>, z: Int, range: ClosedRange<Double>) -> [[Double]] {
        let s = image.shape, sp = image.spacing
        let values = (0..<(s.x * s.y)).map { Double(image.voxels[z * s.x * s.y + $0]) }
        let low = range.lowerBound, high = range.upperBound
        var rows: [[Double]] = []
        rows.reserveCapacity(values.count)
        for j in 0..<s.y { for i in 0..<s.x {
            let v = values[j * s.x + i]
            rows.append([Double(i) * sp.x, Double(j) * sp.y, high > low ? min(1, max(0, (v - low) / (high - low))) : 0])
        } }
        return rows
    }

    /// The boundary of `{voxel : inside(value)}` on slice `z`: the pixel edges between an inside
    /// and an outside pixel, chained into polylines (so a dash pattern runs along them), in
    /// millimetres (a pixel's centre at i × spacing), rounded to 0.01 mm.
    static func contour(_ map: LabelMap, z: Int, spacing: Spacing, inside: (UInt8) -> Bool) -> [[(x: Double, y: Double)]] {
        let s = map.shape
        let lookup = valueTable(inside)
        func at(_ i: Int, _ j: Int) -> Bool {
            i >= 0 && j >= 0 && i < s.x && j < s.y && lookup[Int(map.voxels[i + s.x * (j + s.y * z)])]
        }
        // Edges between pixel corners; corner (i, j) is the lower-left corner of pixel (i, j).
        struct Corner: Hashable { var i: Int, j: Int }
        var edges: [Corner: [Corner]] = [:]
        func edge(_ a: Corner, _ b: Corner) {
            edges[a, default: []].append(b)
            edges[b, default: []].append(a)
        }
        for j in 0..<s.y { for i in 0..<s.x where at(i, j) {
            if !at(i + 1, j) { edge(Corner(i: i + 1, j: j), Corner(i: i + 1, j: j + 1)) }
            if !at(i - 1, j) { edge(Corner(i: i, j: j), Corner(i: i, j: j + 1)) }
            if !at(i, j + 1) { edge(Corner(i: i, j: j + 1), Corner(i: i + 1, j: j + 1)) }
            if !at(i, j - 1) { edge(Corner(i: i, j: j), Corner(i: i + 1, j: j)) }
        } }
        var out: [[(x: Double, y: Double)]] = []
        var path: [(x: Double, y: Double)] = []
        func point(_ c: Corner) {
            path.append(((Double(c.i) - 0.5) * spacing.x, (Double(c.j) - 0.5) * spacing.y))
        }
        // Walk each chain until it closes or ends, removing the edges it uses.
        for start in edges.keys.sorted(by: { ($0.j, $0.i) < ($1.j, $1.i) }) {
            while let next = edges[start]?.first {
                var current = start, step = next
                point(current)
                while true {
                    edges[current]!.removeAll { $0 == step }
                    edges[step]!.removeAll { $0 == current }
                    point(step)
                    current = step
                    guard let following = edges[current]?.first else { break }
                    step = following
                }
                out.append(path)
                path = []
            }
        }
        return out
    }
}

/// The geometry of an overlay figure in inches as printed: a slot per panel, a left margin for
/// the rows' labels and a top one for the methods' names, each as wide as the lines it holds.
/// Every label is wrapped to what it is drawn in, so none runs out of its panel or off the
/// figure: a structure's name before the Dice ran past the right edge of a 1.7-inch panel, and
/// the role line of a one-column figure's row label fell off its left edge.
struct OverlayLayout {
    /// A slot's widest (its height is the tallest row's plot), and the gaps between slots.
    static let widestSlot = 1.7, columnGap = 0.05, rowGap = 0.08
    static let right = 0.04
    /// Fixed inches, for tests that draw one panel.
    static let slot = widestSlot
    /// The width of `text` at `points` in the PNG, in inches: Liberation Sans's advance widths
    /// (Helvetica's metrics) in classes, a little over, and 4/3 for pngcairo, which sets type at
    /// 96 dots per inch where the figure counts 72 (the PDF's text is smaller, so what fits the
    /// PNG fits it). The terminals now print a point as 1/72 inch (`Gnuplot.Format.terminal`),
    /// so the 4/3 is a margin of safety.
    static func textWidth(_ text: String, points: Double) -> Double {
        let ems = text.reduce(0.0) { sum, c in
            sum + ("ijlft.,:;'!|()- ".contains(c) ? 0.28 : c == "r" ? 0.333 : "mwMW%".contains(c) ? 0.86 : c.isUppercase ? 0.7 : 0.556)
        }
        return ems * points / 72 * 1.1
    }

    /// The distance between two lines of a label at `points` in the PNG, in inches.
    static func lineHeight(points: Double) -> Double { 1.2 * points / 72 }

    var columns: Int
    var rows: Int
    /// The tallest plot of the rows: landscape slices leave no empty band above each row.
    var rowHeight = widestSlot
    /// The most lines of a method's name (row 0's titles) and of a row's label.
    var titleLines = 1
    var rowLabelLines = 2
    /// The colour key's lines below the panels.
    var keyLines = 0

    init(columns: Int, rows: Int, rowHeight: Double? = nil) {
        self.columns = columns
        self.rows = rows
        self.rowHeight = rowHeight ?? Self.widestSlot
    }

    /// One column where the panels fit it at full size, else the page.
    var printWidth: PrintWidth {
        let natural = 0.09 + Self.lineHeight(points: 7) * 3 + Self.right + Double(columns) * Self.widestSlot + Double(columns - 1) * Self.columnGap
        return natural <= PrintWidth.column.rawValue ? .column : .page
    }

    /// A slot's width: the widest, or what the printed width leaves each column.
    var slot: Double {
        let room = printWidth.rawValue - (0.09 + Self.lineHeight(points: 7) * 3) - Self.right - Double(columns - 1) * Self.columnGap
        return min(Self.widestSlot, room / Double(columns))
    }

    var left: Double { 0.09 + Self.lineHeight(points: 7) * Double(rowLabelLines) }
    var top: Double { 0.06 + Self.lineHeight(points: 8) * Double(titleLines) }
    var bottom: Double { 0.04 + (keyLines > 0 ? 0.06 + Self.lineHeight(points: 7) * Double(keyLines) : 0) }
    /// The printed width; the panels take what the labels leave.
    var width: Double { printWidth.rawValue }
    var height: Double { top + bottom + Double(rows) * rowHeight + Double(rows - 1) * Self.rowGap }

    /// gnuplot's multiplot layout, margins and spacing as fractions of the figure.
    var multiplot: String {
        let used = left + Double(columns) * slot + Double(columns - 1) * Self.columnGap
        return String(format: "set multiplot layout %d,%d margins %.4f,%.4f,%.4f,%.4f spacing %.4f,%.4f\n", rows, columns,
                      left / width, used / width, bottom / height, 1 - top / height, Self.columnGap / width, Self.rowGap / height)
    }

    /// The plot of an image `aspect` (width / height, in mm) wide (`set size ratio -1`): the
    /// slot's width, or its full height for a portrait slice; gnuplot puts it in the lower left
    /// corner of its slot.
    func plot(aspect: Double) -> (width: Double, height: Double) {
        guard aspect.isFinite, aspect > 0 else { return (slot, slot) }
        return aspect >= 1 ? (slot, slot / aspect) : (slot * aspect, slot)
    }

    static func plot(aspect: Double) -> (width: Double, height: Double) {
        OverlayLayout(columns: 1, rows: 1).plot(aspect: aspect)
    }

    /// A white scale bar in the panel's lower right corner, a round length near a quarter of
    /// the field (10, 20, 50 or 100 mm), its length printed above it.
    static func scaleBar(fieldWidth: Double) -> String {
        guard fieldWidth.isFinite, fieldWidth > 0 else { return "" }
        let length = [10.0, 20, 50, 100, 200].last { $0 <= fieldWidth / 3 } ?? 10
        let fraction = length / fieldWidth
        return String(format: "set arrow 1 from graph %.4f,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'\n", 0.95 - fraction)
            + String(format: "set label 3 \"%d mm\" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'\n", Int(length))
    }

    /// The patient's right on the viewer's left (the radiological convention), marked.
    static let sides = "set label 4 \"R\" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'\n"
        + "set label 5 \"L\" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'\n"

    /// The structures' colours as a key below the panels: each name in its colour, then what
    /// solid and dashed mean; wrapped to lines of the figure's width.
    static func colourKey(_ entries: [(name: String, colour: String)], width: Double) -> (lines: Int, script: (OverlayLayout) -> String) {
        let points = 7.0
        var items = entries.map { (text: "■ " + $0.name, colour: $0.colour) }
        items.append((text: "— reference (solid)   - - prediction (dashed)", colour: "#333333"))
        var placed: [(text: String, colour: String, x: Double, line: Int)] = []
        var x = 0.09, line = 0
        for item in items {
            let w = textWidth(item.text, points: points) + 0.12
            if x + w > width - 0.05, x > 0.09 { x = 0.09; line += 1 }
            placed.append((item.text, item.colour, x, line))
            x += w
        }
        let lines = line + 1
        return (lines, { layout in
            placed.enumerated().map { (i, p) in
                let y = layout.bottom - 0.06 - lineHeight(points: points) * (Double(p.line) + 0.8)
                return String(format: "set label %d %@ at screen %.4f,%.4f left textcolor rgb '%@' font ',7'\n", 10 + i, FigureBuilder.text(p.text),
                              p.x / layout.width, max(0.002, y / layout.height), p.colour)
            }.joined()
        })
    }

    /// `text` in lines no wider than `width` inches at `points`: broken at spaces, and a word
    /// wider than a line (a long case or method name) broken after its last underscore that
    /// fits (`causal_sam_` / `llm`), else where it must.
    static func wrapped(_ text: String, width: Double, points: Double) -> [String] {
        func fits(_ s: some StringProtocol) -> Bool { textWidth(String(s), points: points) <= width }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for var word in paragraph.split(separator: " ") {
                if !line.isEmpty && fits(line + " " + word) { line += " " + word; continue }
                if !line.isEmpty { lines.append(line) }
                while !fits(word), word.count > 1 {
                    var end = word.index(before: word.endIndex)
                    while end > word.index(after: word.startIndex), !fits(word[..<end]) { end = word.index(before: end) }
                    if let underscore = word[..<end].lastIndex(of: "_"), underscore > word.startIndex {
                        end = word.index(after: underscore)
                    }
                    lines.append(String(word[..<end]))
                    word = word[end...]
                }
                line = String(word)
            }
            lines.append(line)
        }
        return lines
    }

    /// The Dice label in the panel's upper left corner, white on black: its parts (a structure,
    /// then its Dice) on one line where they fit the panel's width less its inset (3 %) and the
    /// box's margin, else each on its own line, wrapped further if it must be. gnuplot writes the
    /// first line at the anchor and the others below it.
    static func panelLabel(_ parts: [String], plot: (width: Double, height: Double)) -> String {
        let width = 0.97 * plot.width - 0.06
        let line = parts.joined(separator: " ")
        let lines = textWidth(line, points: 7) <= width ? [line] : parts.flatMap { wrapped($0, width: width, points: 7) }
        return "set label 1 \(FigureBuilder.text(lines.joined(separator: "\n"))) at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'\n"
    }

    /// A row's label (its role, then the case), turned to read upwards left of its first panel.
    /// gnuplot centres the first line on the anchor and sets the others to its right: the
    /// anchor is placed so that the last line ends 0.05 inch short of the panel.
    static func rowLabel(_ lines: [String], plot: (width: Double, height: Double)) -> String {
        let anchor = 0.05 + lineHeight(points: 7) * (Double(lines.count) - 0.5)
        return String(format: "set label 2 %@ at graph %.4f,0.5 center rotate by 90 front font ',7'\n", FigureBuilder.text(lines.joined(separator: "\n")), -anchor / plot.width)
    }
}
