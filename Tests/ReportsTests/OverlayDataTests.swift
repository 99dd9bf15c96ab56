import Foundation
import NIfTI
import Testing
@testable import Reports

/// An overlay is a script over plain data files, like every other figure: its image pixels and
/// contour vertices are CSVs beside it (the scripts were about 0.5 MB of inline data each).
@Suite("Overlays: a script over CSV files", .serialized)
struct OverlayDataTests {
    /// ToyStore's cases drawn from real NIfTI files: on slice z = 4 of a 10 × 10 × 10 grid at
    /// 1 mm, the reference's liver fills pixels i 2…5, j 3…6 and its spleen i 7…8, j 1…2; method
    /// A's prediction is the liver moved one pixel right (i 3…6) and no spleen. The image is a
    /// ramp in Hounsfield units, 40 + 10 i.
    /// `removingPrediction`: A's file is deleted before drawing (a fresh clone without the work folder).
    static func drawn(_ folder: String, removingPrediction: Bool = false) throws -> Figure {
        var data = try ToyStore.data(folder + "/toy.sqlite")
        let geometry = Geometry(shape: Shape(10, 10, 10), spacing: Spacing(1, 1, 1))
        func labels(_ boxes: [(value: UInt8, i: ClosedRange<Int>, j: ClosedRange<Int>)]) -> LabelMap {
            var map = LabelMap(geometry: geometry, repeating: 0)
            for box in boxes { for j in box.j { for i in box.i { map.voxels[i + 10 * (j + 10 * 4)] = box.value } } }
            return map
        }
        let image = Volume<Float>(geometry: geometry, voxels: (0..<1000).map { Float(40 + 10 * ($0 % 10)) })
        try NIfTI.write(image, to: folder + "/image.nii.gz")
        try NIfTI.write(labels([(1, 2...5, 3...6), (2, 7...8, 1...2)]), to: folder + "/reference.nii.gz")
        try NIfTI.write(labels([(1, 3...6, 3...6)]), to: folder + "/prediction_A.nii.gz")
        let a = try #require(data.methods.firstIndex { $0.label == "A" })
        let run = try #require(data.runs["toy"]?[a])
        data.results[run.id] = data.results[run.id]?.map { var r = $0; r.predictionPath = folder + "/prediction_A.nii.gz"; r.predictionChecksum = nil; return r }
        if removingPrediction { try FileManager.default.removeItem(atPath: folder + "/prediction_A.nii.gz") }
        let names = [1: "liver", 2: "spleen"]
        var source = OverlaySource(images: Dictionary(uniqueKeysWithValues: (1...4).map { ("TOY/c\($0)", folder + "/image.nii.gz") }),
                                   referenceLabels: ["TOY": names], predictionLabels: [:], spaceLabels: names)
        source.references = Dictionary(uniqueKeysWithValues: (1...4).map { ("TOY/c\($0)", folder + "/reference.nii.gz") })
        return try #require(OverlayFigure.make(aggregator: Aggregator(data: data, resamples: 0), split: "toy", source: source))
    }

    /// Python's csv module (not the code under test; it skips the blank lines between paths, as
    /// pandas does) reads the contours: per (row, role, structure, method), the number of paths,
    /// of vertices, whether each path closes, and the bounding box.
    static let summarise = """
        import csv, sys, collections
        groups = collections.defaultdict(list)
        for r in csv.DictReader(open(sys.argv[1], newline='')):
            groups[(r['row'], r['case'], r['role'], r['structure'], r['method'])].append(r)
        for key, rows in sorted(groups.items()):
            paths = collections.defaultdict(list)
            for r in rows: paths[r['path']].append((float(r['x_mm']), float(r['y_mm'])))
            xs = [float(r['x_mm']) for r in rows]; ys = [float(r['y_mm']) for r in rows]
            closed = all(p[0] == p[-1] for p in paths.values())
            print(' '.join(key), len(paths), len(rows), closed, min(xs), max(xs), min(ys), max(ys))
        """

    @Test("The overlay's image and contours are CSV files with a header that the script reads; gnuplot re-plots it on its own; the contours are the masks' pixel edges")
    func dataFiles() throws {
        let folder = temporaryFolder("overlay-data")
        let figure = try Self.drawn(folder)
        let out = folder + "/figures"
        let written = try Gnuplot().render(figure, into: out)
        let png = try #require(readRGB(written[0]))
        #expect(pixels(near: "#E69F00", in: png) > 50, "the liver's contours are drawn")
        let script = try String(contentsOfFile: out + "/\(figure.name).gp", encoding: .utf8)
        #expect(!script.contains("<< EOD") && script.utf8.count < 12_000, "no data inline: \(script.utf8.count) bytes")
        for table in figure.tables {
            #expect(script.contains(figure.file(table)), "the script reads \(figure.file(table))")
            let csv = try String(contentsOfFile: out + "/" + figure.file(table), encoding: .utf8)
            #expect(csv.hasPrefix(table.columns.joined(separator: ",") + "\n"))
        }
        #expect(figure.tables.map { figure.file($0) } == ["\(figure.name)_contours.csv", "\(figure.name)_image_row1.csv", "\(figure.name)_image_row2.csv"])

        // ToyStore's per-case mean Dice averaged over A, B and C (segbench policy): c1 .692,
        // c2 .658, c3 .628, c4 .475 (worked out in ToyStore's table): the median is c2, the worst c4.
        let summary = try #require(FigureTests.output(["python3", "-c", Self.summarise, out + "/\(figure.name)_contours.csv"]))
        // A pixel's centre is at i mm: the edges of pixels 2…5 are at 1.5 and 5.5 mm. Each box is
        // one closed path of 2 × (width + height) unit edges, 17 vertices with the first repeated
        // (16 for the 2 × 2 spleen: 9).
        #expect(summary == """
            1 c2 prediction liver A 1 17 True 2.5 6.5 2.5 6.5
            1 c2 reference liver  1 17 True 1.5 5.5 2.5 6.5
            1 c2 reference spleen  1 9 True 6.5 8.5 0.5 2.5
            2 c4 prediction liver A 1 17 True 2.5 6.5 2.5 6.5
            2 c4 reference liver  1 17 True 1.5 5.5 2.5 6.5
            2 c4 reference spleen  1 9 True 6.5 8.5 0.5 2.5

            """, "\(summary)")
        // The image: 100 pixels of the slice, CT in the abdominal window (W 400, L 40): 40 + 10 i
        // HU is grey (40 + 10 i + 160) / 400; at i = 3: 0.575.
        let pixelRows = try String(contentsOfFile: out + "/\(figure.name)_image_row1.csv", encoding: .utf8).split(separator: "\n")
        #expect(pixelRows.count == 101 && pixelRows.contains("3,2,0.575"), "\(pixelRows.prefix(5))")

        // `cd figures && gnuplot NAME.gp` re-plots it from the files alone.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gnuplot", figure.name + ".gp"]
        process.currentDirectoryURL = URL(fileURLWithPath: out)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && stderr.isEmpty, "\(stderr)")
        let replot = out + "/\(figure.name)_replot.pdf"
        #expect(((try? FileManager.default.attributesOfItem(atPath: replot)[.size] as? Int) ?? 0) > 1000, "\(replot) not written")
    }

    @Test("A panel whose prediction file is gone says so, and so does the caption: it is not drawn as if the method had agreed with the reference")
    func missingPrediction() throws {
        let folder = temporaryFolder("overlay-missing")
        // Methods B and C have no prediction file in ToyStore: rows c2 and c4 × 2 panels, less C
        // on c4, a method_failed case (no file expected; its panel gives the policy's Dice 0.0 %): 3.
        // A's file is drawn.
        let figure = try Self.drawn(folder)
        #expect(figure.script.components(separatedBy: "set label 6 \"*\"").count - 1 == 3)
        #expect(figure.script.contains("set label 1 \"Dice 0.0 %\""))
        #expect(figure.caption.contains("* (3 panels): the prediction is not drawn"), "\(figure.caption)")
        // A's file gone too (a work folder of an earlier session, nothing kept): 5.
        let none = try Self.drawn(temporaryFolder("overlay-missing-all"), removingPrediction: true)
        #expect(none.script.components(separatedBy: "set label 6 \"*\"").count - 1 == 5)
        #expect(none.caption.contains("* (5 panels)"))
    }
}
