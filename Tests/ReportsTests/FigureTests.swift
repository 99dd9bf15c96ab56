import CPNG
import Foundation
import Store
import Testing
@testable import Reports

/// An RGB PNG read through libpng: width, height, pixels.
func readRGB(_ path: String) -> (width: Int, height: Int, pixels: [UInt8])? {
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    guard png_image_begin_read_from_file(&image, path) != 0 else { return nil }
    image.format = UInt32(PNG_FORMAT_RGB)
    var pixels = [UInt8](repeating: 0, count: Int(image.width) * Int(image.height) * 3)
    let ok = pixels.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
    png_image_free(&image)
    return ok != 0 ? (Int(image.width), Int(image.height), pixels) : nil
}

/// How many pixels are close to an `#RRGGBB` colour.
func pixels(near hex: String, in image: (width: Int, height: Int, pixels: [UInt8])) -> Int {
    let v = Int(hex.dropFirst(), radix: 16)!
    let (r, g, b) = ((v >> 16) & 255, (v >> 8) & 255, v & 255)
    var n = 0
    for i in stride(from: 0, to: image.pixels.count, by: 3) {
        if abs(Int(image.pixels[i]) - r) < 24 && abs(Int(image.pixels[i + 1]) - g) < 24 && abs(Int(image.pixels[i + 2]) - b) < 24 { n += 1 }
    }
    return n
}

@Suite("Figures through gnuplot", .serialized)
struct FigureTests {
    static let data = try! ToyStore.data(temporaryFolder("figures") + "/toy.sqlite")

    /// Runs a program and returns its standard output (nil when it cannot be started).
    static func output(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    @Test("Every figure is 3.5 or 7 inches wide at 300 dpi, its PDF embeds its fonts and sets no text under 7 pt, and its data are CSV with a header")
    func renders() throws {
        let folder = temporaryFolder("figures-out")
        let builder = FigureBuilder(aggregator: Aggregator(data: Self.data, resamples: 200))
        let figures = [builder.boxPlot(metric: "dice"), builder.boxPlot(metric: "hd95"), try #require(builder.scatter(split: "toy")), builder.organBars(split: "toy"),
                       try #require(builder.significanceMap(split: "toy")), try #require(builder.rankStability(split: "toy"))]
        #expect(builder.scatter(split: "no such split") == nil)  // no points: no figure, rather than a gnuplot error
        for figure in figures {
            let written = try Gnuplot().render(figure, into: folder)
            #expect(written.count == 3)
            #expect(figure.width == 3.5 || figure.width == 7, "\(figure.name) is \(figure.width) in wide")
            let png = try #require(readRGB(written[0]), "\(written[0]) is not a PNG")
            #expect(png.width == Int(figure.width * 300) && png.height == Int((figure.height * 300).rounded()), "\(figure.name): \(png.width) × \(png.height)")
            // The pHYs chunk, read and its CRC checked by Python's zlib (not the code under test):
            // 300 dpi is 11811 pixels per metre, unit 1 (metre).
            let phys = Self.output(["python3", "-c", """
                import struct, sys, zlib
                d = open(sys.argv[1], 'rb').read(); i = d.index(b'pHYs')
                x, y, unit = struct.unpack('>IIB', d[i + 4:i + 13]); crc, = struct.unpack('>I', d[i + 13:i + 17])
                print(x, y, unit, crc == zlib.crc32(d[i:i + 13]))
                """, written[0]])
            #expect(phys == "11811 11811 1 True\n", "\(written[0]): \(phys ?? "no pHYs")")
            let svg = try String(contentsOfFile: written[1], encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("</svg>"))
            // pdffonts (poppler-utils): every font embedded. pdftotext -bbox: every word's box is
            // at least 7 pt type high; Liberation Sans's box is ascent + descent, 1.117 em
            // ((1854 + 434) / 2048 in its hhea table), so 7 pt is a box of 7.82 pt. A turned word
            // (a y label: much taller than wide) has its type height across; a single glyph (an
            // arrow, turned) the larger side of its box.
            let fonts = try #require(Self.output(["pdffonts", written[2]]), "pdffonts (apt-get install poppler-utils) could not read \(written[2])")
            let fontRows = fonts.split(separator: "\n").dropFirst(2)
            #expect(!fontRows.isEmpty && fontRows.allSatisfy { $0.contains("LiberationSans") && $0.split(separator: " ").contains("yes") }, "\(fonts)")
            let boxes = try #require(Self.output(["pdftotext", "-bbox", written[2], "-"]))
            let heights = boxes.split(separator: "\n").filter { $0.contains("<word") }.compactMap { line -> Double? in
                func value(_ key: String) -> Double? {
                    guard let r = line.range(of: key + "=\"") else { return nil }
                    return Double(line[r.upperBound...].prefix { $0 != "\"" })
                }
                guard let x0 = value("xMin"), let x1 = value("xMax"), let y0 = value("yMin"), let y1 = value("yMax") else { return nil }
                let word = line.split(separator: ">").dropFirst().first?.split(separator: "<").first ?? ""
                let (width, height) = (x1 - x0, y1 - y0)
                return word.count == 1 ? max(width, height) : height > 1.5 * width ? width : height
            }
            #expect(!heights.isEmpty && heights.allSatisfy { $0 >= 7 * 1.117 - 0.05 }, "\(figure.name): smallest text \(heights.min() ?? 0) pt high")
            #expect(FileManager.default.fileExists(atPath: folder + "/\(figure.name).gp"), "the script is kept next to the picture")
            for table in figure.tables {
                let csv = try String(contentsOfFile: folder + "/" + figure.file(table), encoding: .utf8)
                #expect(csv.hasPrefix(table.columns.joined(separator: ",") + "\n"), "\(figure.file(table)) has no header")
            }
            #expect(try String(contentsOfFile: folder + "/\(figure.name).gp", encoding: .utf8).contains(figure.file(figure.tables[0])), "the script reads its CSV")
        }
        // Each method in its own colour, and the box plot draws every one of them.
        let colours = Self.data.methods.map(\.colour)
        #expect(Set(colours).count == colours.count, "\(colours)")
        let box = try #require(readRGB(folder + "/box_dice.png"))
        for c in colours { #expect(pixels(near: c, in: box) > 100, "\(c) is not drawn") }
    }

    @Test("The HD95 box plot's CSV holds each case's policy mean, and marks as penalties exactly the cases with an unmeasured structure")
    func penaltiesInTheirBand() throws {
        let figure = FigureBuilder(aggregator: Aggregator(data: Self.data, policy: .segbench, resamples: 0)).boxPlot(metric: "hd95")
        let folder = temporaryFolder("figures-penalty")
        try Gnuplot().render(figure, into: folder, formats: [.png])
        let lines = try String(contentsOfFile: folder + "/box_hd95.csv", encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines[0] == ["panel", "series", "x", "value", "penalty", "split", "domain", "method", "case", "scanner"])
        var rows: [String: (value: Double, penalty: Bool)] = [:]
        for l in lines.dropFirst() { rows["\(l[7]) \(l[8])"] = (Double(l[3])!, l[4] == "1") }
        // From ToyStore's table by hand: the mean of liver and spleen HD95, a miss or failure at
        // the image diagonal √300 = 17.3205 mm.
        let d = ToyStore.diagonal
        let expected: [String: (Double, Bool)] = [
            "A c1": (3.5, false), "A c2": (5, false), "A c3": (3.5, false), "A c4": ((1 + d) / 2, true),
            "B c1": (4.5, false), "B c2": (5, false), "B c3": ((3 + d) / 2, true), "B c4": (3, false),
            "C c1": (8, false), "C c2": (8.5, false), "C c3": (9, false), "C c4": (d, true)]
        #expect(Set(rows.keys) == Set(expected.keys), "\(rows.keys.sorted())")
        for (key, (value, penalty)) in expected {
            #expect(abs((rows[key]?.value ?? .nan) - value) < 1e-4 && rows[key]?.penalty == penalty, "\(key): \(String(describing: rows[key]))")
        }
        // The boxes are drawn from the measured cases only: A's three.
        let summary = try String(contentsOfFile: folder + "/box_hd95_summary.csv", encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let a = try #require(summary.first { $0.last == "A" })
        #expect(a[2] == "3" && a[8] == "1", "\(a)")
        // Drawn above the measured range, in the band whose tic reads "penalty".
        #expect(figure.script.contains("\"penalty\""))
    }

    @Test("Labels at the lines' ends are spread by as little as they need: three names 1 apart with a gap of 5 move to 46, 51, 56")
    func labelPlacement() {
        // Analytic: the least-squares placement of 50, 51, 52 with gaps of 5 keeps their mean (51).
        let placed = LabelPlacement.spread([52, 50, 51], gap: 5, within: 0...100)
        #expect(zip(placed, [56.0, 46, 51]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(placed)")
        // Pushed up from the floor: 0, 0, 0 with a gap of 5 are 0, 5, 10.
        #expect(LabelPlacement.spread([0, 0, 0], gap: 5, within: 0...100).sorted() == [0, 5, 10])
        // Far apart: left where they are.
        #expect(LabelPlacement.spread([10, 90], gap: 5, within: 0...100) == [10, 90])
    }

    @Test("The shift figure is a page of panels in rows of two: seven splits are four rows, not a strip")
    func shiftPanelsInRows() throws {
        #expect([1, 2, 3, 7].map { FacetGrid(panels: $0, width: .page, maxColumns: 2, panelHeight: 1, keyEntries: 0, titleLines: 1).rows } == [1, 1, 2, 4])
        let splits = (1...7).map { "s\($0)" }
        let data = try ToyStore.data(temporaryFolder("shift") + "/toy.sqlite", splits: splits)
        // Each split against s1 as its in-distribution control.
        let infos = splits.map { SplitInfo(name: $0, type: "cross_modality", title: "Toy \($0)", control: "s1") }
        let figure = try #require(FigureBuilder(aggregator: Aggregator(data: data, resamples: 0)).shiftPlot(infos))
        let png = try #require(readRGB(try Gnuplot().render(figure, into: temporaryFolder("shift-out"), formats: [.png])[0]))
        #expect(png.width == 2100 && png.height == Int((figure.height * 300).rounded()))
        #expect(figure.height <= 9, "a page is at most 9 inches of figure: \(figure.height)")
    }

    @Test("Overlay labels are wrapped to their panel: a long structure's Dice stays inside it, where one line ran past its right edge")
    func overlayLabelsInsidePanel() throws {
        let plot = OverlayLayout.plot(aspect: 4.0 / 3)
        #expect(plot.width == OverlayLayout.slot && abs(plot.height - OverlayLayout.slot * 0.75) < 1e-12)
        // Short: one line, as before. Long: the structure, then its Dice, each line narrow enough.
        #expect(OverlayLayout.panelLabel(["Dice 66.5 %"], plot: plot).contains("\"Dice 66.5 %\""))
        let long = ["necrotic and non-enhancing tumour core", "Dice 45.3 %"]
        let text = try #require(OverlayLayout.panelLabel(long, plot: plot).split(separator: "\"").dropFirst().first).components(separatedBy: "\\n")
        #expect(text.count > 2 && text.last == "Dice 45.3 %", "\(text)")
        #expect(text.allSatisfy { OverlayLayout.textWidth($0, points: 7) <= 0.97 * plot.width - 0.06 })
        let words = OverlayLayout.wrapped("necrotic and non-enhancing tumour core of the left hemisphere", width: 1, points: 7)
        #expect(words.count > 1 && words.allSatisfy { OverlayLayout.textWidth($0, points: 7) <= 1 })
        #expect(OverlayLayout.wrapped("chaos_mr_10_t2spir_with_a_long_suffix", width: 1, points: 7).allSatisfy { OverlayLayout.textWidth($0, points: 7) <= 1 })
        // A method name a column cannot hold breaks after an underscore, not mid-word: with room
        // for "causal_sam_ll" the committed overlays read "causal_sam_ll" / "m".
        #expect(OverlayLayout.wrapped("causal_sam_llm", width: OverlayLayout.textWidth("causal_sam_ll", points: 8), points: 8) == ["causal_sam_", "llm"])

        // Drawn as an overlay draws it, one grey panel in a one-column figure whose right margin
        // is 0.04 inch: no pixel of the black label box may lie right of the panel. The same
        // label on one line (as before) does run past it, so the check can fail.
        let folder = temporaryFolder("overlay-label")
        func render(_ label: String, _ name: String) throws -> (width: Int, height: Int, pixels: [UInt8]) {
            let layout = OverlayLayout(columns: 1, rows: 1, rowHeight: plot.height)
            let image = (0..<30).flatMap { j in (0..<40).map { i in [Double(i), Double(j), 0.5] } }
            let script = FigureBuilder.preamble + "unset grid\nunset border\nunset tics\nunset key\nset size ratio -1\nset palette grey\nunset colorbox\n"
                + "set style textbox opaque fillcolor rgb '#000000' noborder margins 1.5,1\n" + layout.multiplot + FigureBuilder.datablock("image", image)
                + label + "plot $image using 1:2:3 with image\nunset multiplot\n"
            let figure = Figure(name: name, width: layout.printWidth, height: layout.height, caption: "", script: script)
            return try #require(readRGB(try Gnuplot().render(figure, into: folder, formats: [.png])[0]))
        }
        func blackRightOfPanel(_ png: (width: Int, height: Int, pixels: [UInt8])) throws -> Int {
            func rgb(_ x: Int, _ y: Int) -> (Int, Int, Int) { let i = 3 * (y * png.width + x); return (Int(png.pixels[i]), Int(png.pixels[i + 1]), Int(png.pixels[i + 2])) }
            // The panel's right edge: the last column mostly of the image's mid grey (the label's
            // anti-aliased text has greys too, but only a few in a column).
            func grey(_ x: Int, _ y: Int) -> Bool { let (r, g, b) = rgb(x, y); return r == g && g == b && r > 80 && r < 220 }
            let edge = try #require((0..<png.width).last { x in (0..<png.height).filter { grey(x, $0) }.count > png.height / 2 }, "no panel drawn")
            return (0..<png.height).reduce(0) { n, y in n + ((edge + 1)..<png.width).filter { x in let (r, g, b) = rgb(x, y); return r + g + b < 60 }.count }
        }
        #expect(try blackRightOfPanel(try render(OverlayLayout.panelLabel(long, plot: plot), "wrapped")) == 0)
        let oneLine = "set label 1 \"necrotic and non-enhancing tumour core Dice 45.3 %\" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'\n"
        #expect(try blackRightOfPanel(try render(oneLine, "one_line")) > 0)
    }

    @Test("A PDF is the same bytes whenever it is drawn: cairo's creation time is replaced by a fixed one")
    func reproduciblePDF() throws {
        let figure = Figure(name: "line", width: .column, height: 2, caption: "", script: "plot x with lines\n")
        let path = try Gnuplot().render(figure, into: temporaryFolder("figures-pdf"), formats: [.pdf])[0]
        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20000101000000Z)"))
        #expect(text.hasPrefix("%PDF") && text.contains("%%EOF"))
    }

    @Test("A gnuplot error becomes a message naming the figure, the script and gnuplot's words")
    func errorMessage() throws {
        let folder = temporaryFolder("figures-error")
        let figure = Figure(name: "broken", width: .column, height: 2, caption: "", script: "plot $nowhere using 1:2 with lines\n")
        let error = try #require(throws: GnuplotError.self) { try Gnuplot().render(figure, into: folder, formats: [.png]) }
        #expect(error.description.contains("broken") && error.description.contains("broken.gp"))
        #expect(error.description.contains("$nowhere"))
        let missing = try #require(throws: GnuplotError.self) { try Gnuplot(executable: "gnuplot-not-installed").render(figure, into: folder, formats: [.png]) }
        #expect(missing.description.contains("gnuplot-not-installed") && missing.description.contains("gnuplot-nox"))
        // A plotter that exits without reading a large script: the write meets a closed pipe
        // (EPIPE), which must become a message, never a SIGPIPE that kills the process.
        let large = Figure(name: "large", width: .column, height: 2, caption: "", script: String(repeating: "# padding\n", count: 200_000))
        let closed = try #require(throws: GnuplotError.self) { try Gnuplot(executable: "true").render(large, into: folder, formats: [.png]) }
        #expect(closed.description.contains("wrote nothing") && closed.description.contains("large.png"))
    }

    /// The words pdftotext (poppler-utils, not the code under test) finds in a PDF, with their
    /// boxes in points.
    static func words(_ pdf: String) throws -> [(text: String, width: Double, height: Double)] {
        let boxes = try #require(output(["pdftotext", "-bbox", pdf, "-"]), "pdftotext (apt-get install poppler-utils) could not read \(pdf)")
        return boxes.split(separator: "\n").filter { $0.contains("<word") }.compactMap { line in
            func value(_ key: String) -> Double? {
                guard let r = line.range(of: key + "=\"") else { return nil }
                return Double(line[r.upperBound...].prefix { $0 != "\"" })
            }
            guard let x0 = value("xMin"), let x1 = value("xMax"), let y0 = value("yMin"), let y1 = value("yMax"),
                  let word = line.split(separator: ">").dropFirst().first?.split(separator: "<").first else { return nil }
            return (String(word), x1 - x0, y1 - y0)
        }
    }

    @Test("A panel's count is on a line of its own: a domain too long for its panel is shortened, never the n (\"CHAOS MR T2-SPIR (n =…\")")
    func countNeverCut() throws {
        let title = FigureBuilder.countedTitle(["xmod_btcvct_to_chaost2_and_more", "CHAOS MR T2-SPIR fat-saturated"], n: 12, characters: 22)
        #expect(title == "xmod_btcvct_to_chaost…\nCHAOS MR T2-SPIR fat-…\nn = 12", "\(title)")
        // Drawn: every case's domain far longer than the page is wide; the PDF's words hold
        // "n = 4" (ToyStore: four cases), and the domain's end is cut instead.
        var data = Self.data
        let long = "TOY CT " + String(repeating: "very long acquisition description ", count: 6) + "END"
        for i in data.observations.indices { data.observations[i].domain = long }
        let figure = FigureBuilder(aggregator: Aggregator(data: data, resamples: 0)).boxPlot(metric: "dice")
        let pdf = try Gnuplot().render(figure, into: temporaryFolder("figures-count"), formats: [.pdf])[0]
        let text = try Self.words(pdf).map(\.text).joined(separator: " ")
        #expect(text.contains("n = 4"), "\(text)")
        #expect(text.contains("TOY CT very long") && !text.contains("END"), "\(text)")
    }

    @Test("A bar of height 0 carries an explicit 0: the organ bars' CSV notes it, and the PDF draws it upright above its error bar")
    func zeroBarLabelled() throws {
        // ToyStore's B, with a spleen Dice of 0 in its two scored cases: with c3 missed (Dice 0
        // under the segbench policy) and c4 not applicable, its mean spleen Dice is 0.
        var data = Self.data
        let b = try #require(data.methods.firstIndex { $0.label == "B" })
        for i in data.observations.indices where data.observations[i].method == b && data.observations[i].structure == "spleen" && data.observations[i].state == .scored {
            data.observations[i].metrics["dice"] = 0
        }
        let figure = FigureBuilder(aggregator: Aggregator(data: data, resamples: 0)).organBars(split: "toy")
        let folder = temporaryFolder("figures-zero-bar")
        let pdf = try Gnuplot().render(figure, into: folder, formats: [.pdf])[0]
        let lines = try String(contentsOfFile: folder + "/\(figure.name).csv", encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0] == ["panel", "series", "mean", "ci_low", "ci_high", "n", "note", "structure", "method", "note_y"])
        let notes = lines.dropFirst().filter { !$0[6].isEmpty }.map { "\($0[7]) \($0[8]) \($0[2]) \($0[6])" }
        #expect(notes == ["spleen B 0 0"], "\(notes)")
        // The 0 turned upright is wider than high; the y axes' tic labels "0" are upright (higher than wide).
        let turned = try Self.words(pdf).filter { $0.text == "0" && $0.width > $0.height }
        #expect(turned.count == 1, "\(turned)")
        // Without the zero bar there is no note and no turned 0.
        let plain = FigureBuilder(aggregator: Aggregator(data: Self.data, resamples: 0)).organBars(split: "toy")
        let plainPDF = try Gnuplot().render(plain, into: temporaryFolder("figures-no-zero-bar"), formats: [.pdf])[0]
        #expect(try Self.words(plainPDF).filter { $0.text == "0" && $0.width > $0.height }.isEmpty)
        #expect(!plain.script.contains("strcol(\"note\")"))
        // The notes' numbers: one decimal, as the tables; a positive mean under 0.05 is "<0.1".
        #expect([0, 0.00089, 0.049, 0.054, 0.63, 0.97, 2].map { FigureBuilder.barNote($0, top: 100) } == ["0", "<0.1", "<0.1", "0.1", "0.6", "1.0", ""])
        #expect(FigureBuilder.barNote(.nan, top: 100) == "n/a")
    }

    /// A figure's CSV as rows keyed by column name (no field of these is quoted).
    static func csvRows(_ path: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("The organ bars' CSV holds the store's means: ToyStore's table averaged by hand under the segbench policy")
    func organValues() throws {
        let figure = FigureBuilder(aggregator: Aggregator(data: Self.data, policy: .segbench, resamples: 200)).organBars(split: "toy")
        let folder = temporaryFolder("figures-organ-values")
        try Gnuplot().render(figure, into: folder, formats: [.pdf])
        // From ToyStore's table, Dice in %: a missed or spurious structure is 0 and a failed
        // case counts as missed where its reference holds the structure; not applicable is left out.
        // A liver (90 + 80 + 85 + 95) / 4 = 87.5; A spleen (70 + 60 + 80 + 0 spurious) / 4 = 52.5;
        // B liver 87.5; B spleen (50 + 40 + 0 missed) / 3 = 30 (c4 not applicable);
        // C liver (60 + 70 + 65 + 0 failed) / 4 = 48.75; C spleen (55 + 65 + 62) / 3 = 60.6667
        // (c4 failed, but its reference holds no spleen: not applicable).
        let expected: [String: (mean: Double, n: String)] = [
            "liver A": (87.5, "4"), "spleen A": (52.5, "4"), "liver B": (87.5, "4"), "spleen B": (30, "3"),
            "liver C": (48.75, "4"), "spleen C": (182.0 / 3, "3")]
        let rows = try Self.csvRows(folder + "/\(figure.name).csv")
        #expect(Set(rows.map { "\($0["structure"]!) \($0["method"]!)" }) == Set(expected.keys))
        for row in rows {
            let key = "\(row["structure"]!) \(row["method"]!)"
            guard let (mean, n) = expected[key], let value = Double(row["mean"]!), let low = Double(row["ci_low"]!), let high = Double(row["ci_high"]!) else {
                Issue.record("\(key): \(row)"); continue
            }
            #expect(abs(value - mean) < 1e-3 && row["n"] == n, "\(key): \(row)")
            #expect(low <= value && value <= high, "\(key): the interval holds the mean: \(row)")
        }
    }

    @Test("The shift plot's CSV holds the store's means: ToyStore's label-first mean Dice on the control (ID) and the split (OOD)")
    func shiftValues() throws {
        let data = try ToyStore.data(temporaryFolder("shift-values") + "/toy.sqlite", splits: ["s1", "s2"])
        let infos = [SplitInfo(name: "s2", type: "cross_modality", title: "Toy s2", control: "s1")]
        let figure = try #require(FigureBuilder(aggregator: Aggregator(data: data, policy: .segbench, resamples: 200)).shiftPlot(infos))
        let folder = temporaryFolder("figures-shift-values")
        try Gnuplot().render(figure, into: folder, formats: [.pdf])
        // Label-first: the mean over liver and spleen of the means above (organValues), the same
        // runs under both names: A (87.5 + 52.5) / 2 = 70, B (87.5 + 30) / 2 = 58.75,
        // C (48.75 + 60.6667) / 2 = 54.7083.
        let expected = ["A": 70.0, "B": 58.75, "C": (48.75 + 182.0 / 3) / 2]
        let rows = try Self.csvRows(folder + "/\(figure.name).csv")
        #expect(rows.count == 6, "\(rows)")
        for row in rows {
            let method = row["method"]!
            let (value, low, high) = (Double(row["mean"]!) ?? .nan, Double(row["ci_low"]!) ?? .nan, Double(row["ci_high"]!) ?? .nan)
            #expect(abs(value - (expected[method] ?? .nan)) < 1e-3, "\(row)")
            #expect(low <= value && value <= high, "the interval holds the mean: \(row)")
            #expect((row["x"], row["side"], row["split"]) == ("0", "ID", "s1") || (row["x"], row["side"], row["split"]) == ("1", "OOD", "s2"), "\(row)")
        }
    }
}
