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
