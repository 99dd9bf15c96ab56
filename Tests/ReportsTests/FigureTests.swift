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

    @Test("Every figure of a report renders as PNG, SVG and PDF, in the methods' colours")
    func renders() throws {
        let folder = temporaryFolder("figures-out")
        let builder = FigureBuilder(aggregator: Aggregator(data: Self.data, resamples: 200))
        let figures = [builder.boxPlot(metric: "dice"), builder.boxPlot(metric: "hd95"), try #require(builder.scatter(split: "toy")), builder.organBars(split: "toy"),
                       try #require(builder.significanceMap(split: "toy")), try #require(builder.rankStability(split: "toy"))]
        #expect(builder.scatter(split: "no such split") == nil)  // no points: no figure, rather than a gnuplot error
        for figure in figures {
            let written = try Gnuplot().render(figure, into: folder)
            #expect(written.count == 3)
            let png = try #require(readRGB(written[0]), "\(written[0]) is not a PNG")
            #expect(png.width == Int(figure.width * 200) && png.height == Int(figure.height * 200))
            let svg = try String(contentsOfFile: written[1], encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("</svg>"))
            let pdf = try #require(FileManager.default.contents(atPath: written[2]))
            #expect(pdf.starts(with: Array("%PDF".utf8)) && pdf.count > 1000)
            // The paper font travels inside the PDF (a subset of Liberation Sans).
            #expect(pdf.range(of: Data("LiberationSans".utf8)) != nil, "\(written[2]) does not embed Liberation Sans")
            #expect(FileManager.default.fileExists(atPath: folder + "/\(figure.name).gp"), "the script is kept next to the picture")
        }
        // The box plot draws method A in the first Okabe–Ito colour and B in the second.
        let box = try #require(readRGB(folder + "/box_dice.png"))
        #expect(pixels(near: FigureBuilder.methodColors[0], in: box) > 200)
        #expect(pixels(near: FigureBuilder.methodColors[1], in: box) > 200)
    }

    @Test("The shift figure wraps its panels in rows of at most three: seven splits are three rows, not a strip")
    func shiftPanelsInRows() throws {
        #expect((1...8).map { FigureBuilder.grid($0).rows } == [1, 1, 1, 2, 2, 2, 3, 3])
        #expect((1...8).map { FigureBuilder.grid($0).columns } == [1, 2, 3, 2, 3, 3, 3, 3])
        let splits = (1...7).map { "s\($0)" }
        let data = try ToyStore.data(temporaryFolder("shift") + "/toy.sqlite", splits: splits)
        // Each split against s1 as its in-distribution control.
        let infos = splits.map { SplitInfo(name: $0, type: "cross_modality", title: "Toy \($0)", control: "s1") }
        let figure = try #require(FigureBuilder(aggregator: Aggregator(data: data, resamples: 0)).shiftPlot(infos))
        #expect(figure.script.contains("set multiplot layout 3,3\n"))
        let png = try #require(readRGB(try Gnuplot().render(figure, into: temporaryFolder("shift-out"), formats: [.png])[0]))
        #expect(png.width == Int(figure.width * 200) && png.height == Int(figure.height * 200))
        #expect(Double(png.width) / Double(png.height) < 2, "\(png.width) × \(png.height)")
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
            let figure = Figure(name: name, width: layout.width, height: layout.height, caption: "", script: script)
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
        let figure = Figure(name: "line", width: 2, height: 2, caption: "", script: "plot x with lines\n")
        let path = try Gnuplot().render(figure, into: temporaryFolder("figures-pdf"), formats: [.pdf])[0]
        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20000101000000Z)"))
        #expect(text.hasPrefix("%PDF") && text.contains("%%EOF"))
    }

    @Test("A gnuplot error becomes a message naming the figure, the script and gnuplot's words")
    func errorMessage() throws {
        let folder = temporaryFolder("figures-error")
        let figure = Figure(name: "broken", width: 2, height: 2, caption: "", script: "plot $nowhere using 1:2 with lines\n")
        let error = try #require(throws: GnuplotError.self) { try Gnuplot().render(figure, into: folder, formats: [.png]) }
        #expect(error.description.contains("broken") && error.description.contains("broken.gp"))
        #expect(error.description.contains("$nowhere"))
        let missing = try #require(throws: GnuplotError.self) { try Gnuplot(executable: "gnuplot-not-installed").render(figure, into: folder, formats: [.png]) }
        #expect(missing.description.contains("gnuplot-not-installed") && missing.description.contains("gnuplot-nox"))
        // A plotter that exits without reading a large script: the write meets a closed pipe
        // (EPIPE), which must become a message, never a SIGPIPE that kills the process.
        let large = Figure(name: "large", width: 2, height: 2, caption: "", script: String(repeating: "# padding\n", count: 200_000))
        let closed = try #require(throws: GnuplotError.self) { try Gnuplot(executable: "true").render(large, into: folder, formats: [.png]) }
        #expect(closed.description.contains("wrote nothing") && closed.description.contains("large.png"))
    }
}
