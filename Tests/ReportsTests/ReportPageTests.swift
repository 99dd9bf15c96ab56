import Foundation
import Testing
@testable import Reports

/// report.html: the README's Markdown rendered by cmark-gfm, with a table of contents, PNG
/// figures, folded per-split sections, tables that scroll inside the page, and a small file.
@Suite("The report page (report.html)", .serialized)
struct ReportPageTests {
    /// A toy report (split `toy`, methods A, B, C) with its figures in PNG and SVG.
    static func toyReport(_ name: String) throws -> String {
        let work = temporaryFolder(name)
        var request = ReportRequest(splits: [SplitInfo(name: "toy", type: "unknown", title: "Toy split")])
        request.formats = [.md, .html]
        request.figureFormats = [.png, .svg]
        let writer = ReportWriter(aggregator: Aggregator(data: try ToyStore.data(work + "/toy.sqlite"), resamples: 50), request: request)
        try writer.write(to: work + "/report")
        return work + "/report"
    }

    /// A leaderboard wider than any page: 20 columns of mean (95 % interval).
    static let wide = Leaderboard(
        title: "Twenty columns", columns: (1...20).map { Leaderboard.Column(header: "split_\($0)", higherIsBetter: true) },
        rows: ["A", "B"].map { Leaderboard.Row(label: $0, entries: (1...20).map { _ in Leaderboard.Entry(text: "100.00 (100.00–100.00)") }) })

    static func attribute(_ name: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\(name)=\"([^\"]*)\"")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    @Test("Structure: every contents link has its anchor, tables are <table>s in a scrolling box, figures are the PNGs, split sections and provenance fold, under 3 MB")
    func structure() throws {
        let folder = try Self.toyReport("page-structure")
        let html = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        let markdown = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)

        let ids = Set(Self.attribute("id", in: html))
        let links = Self.attribute("href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(links.count >= 3, "the table of contents lists the sections")
        for link in links { #expect(ids.contains(link), "#\(link) has no anchor") }
        // The contents name the sections the README has, in its order.
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == ["Definitions", "toy: Toy split", "Provenance"])
        #expect(links == ["definitions", "toy-toy-split", "provenance"])

        // Every Markdown table is an HTML table (one delimiter row each), inside a scrolling box.
        let markdownTables = markdown.split(separator: "\n").filter { $0.hasPrefix("|---") }.count
        #expect(markdownTables >= 3)
        #expect(html.components(separatedBy: "<table>").count - 1 == markdownTables)
        #expect(html.components(separatedBy: "<div class=\"table-scroll\">\n<table>").count - 1 == markdownTables)
        #expect(!html.contains("|---"), "a table left as text")

        // The box plot is linked as its PNG, which is beside the page; no data URIs.
        let images = Self.attribute("src", in: html)
        #expect(images.contains("figures/box_dice.png"))
        for image in images { #expect(FileManager.default.fileExists(atPath: folder + "/" + image), "\(image) is not in the folder") }
        #expect(!html.contains("data:image"))

        #expect(html.contains("<details class=\"section\"><summary><h2 id=\"toy-toy-split\">toy: Toy split</h2></summary>"))
        #expect(html.contains("<details class=\"section\"><summary><h2 id=\"provenance\">Provenance</h2></summary>"))
        #expect(html.contains("<section>\n<h2 id=\"definitions\">Definitions</h2>"))
        #expect(html.components(separatedBy: "<details").count == html.components(separatedBy: "</details>").count)

        let size = try #require(try FileManager.default.attributesOfItem(atPath: folder + "/report.html")[.size] as? Int)
        #expect(size < 3_000_000, "report.html is \(size) bytes")
    }

    @Test("Cells that hold <, & and | show them as text, in the cell they belong to")
    func escaping() throws {
        let board = Leaderboard(
            title: "Escaping", labelHeader: "Method", columns: [Leaderboard.Column(header: "a|b", higherIsBetter: nil), Leaderboard.Column(header: "c", higherIsBetter: nil)],
            rows: [Leaderboard.Row(label: "x<y & z|w", entries: [Leaderboard.Entry(text: "<script>1</script>"), Leaderboard.Entry(text: "AT&T *not bold* _x_")]),
                   Leaderboard.Row(label: "[a](b)", entries: [Leaderboard.Entry(text: "[1.5, 2.5]"), Leaderboard.Entry(text: "sam_box")])])
        let html = ReportPage(markdown: board.markdown).html()
        // By hand from the HTML standard's escaping of text (< → &lt;, & → &amp;) and GFM's table
        // rule that a cell's `\|` is a literal |: one header row of 3 cells, one body row of 3 cells.
        // The label column is left-aligned, and so is a column of words ("c": no entry starts as
        // a number does); the others right-aligned (`---:`).
        #expect(html.contains("<th align=\"right\">a|b</th>"))
        #expect(html.contains("<td>x&lt;y &amp; z|w</td>"))
        #expect(html.contains("<td align=\"right\">&lt;script&gt;1&lt;/script&gt;</td>"))
        #expect(html.contains("<td>AT&amp;T *not bold* _x_</td>"))
        #expect(!html.contains("<script>1"))
        let body = try #require(html.range(of: "<tbody>").map { String(html[$0.upperBound...]) })
        let firstRow = body.components(separatedBy: "</tr>")[0]
        #expect(firstRow.components(separatedBy: "<td").count - 1 == 3)
        #expect(html.components(separatedBy: "<tr>").count - 1 == 3)
        #expect(html.contains("<td>[a](b)</td>") && !html.contains("<a href"))
        #expect(html.contains("<td align=\"right\">[1.5, 2.5]</td>") && html.contains("<td>sam_box</td>"))
        // The Markdown source keeps an interval and a name inside a word as written.
        #expect(board.markdown.contains("| [a\\](b) | [1.5, 2.5] | sam_box |"))
    }

    @Test("Chromium at 1,400 px: the page is no wider than the window though a table is, and the screenshot's right margin is blank")
    func browser() throws {
        let folder = try Self.toyReport("page-browser")
        // The toy report's tables are narrow: add one as wide as a cross-split leaderboard, first,
        // so that it is in the screenshot.
        let markdown = "## Wide\n\n" + Self.wide.markdown + "\n" + (try String(contentsOfFile: folder + "/README.md", encoding: .utf8))
        let page = folder + "/wide.html"
        try ReportPage(markdown: markdown).html().write(toFile: page, atomically: true, encoding: .utf8)

        let browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "Chromium is missing: scripts/setup.sh installs Debian's chromium")
        // The browser measures: every section open, the document's width against the window's,
        // and the widest table against its scrolling box. The numbers come back in the DOM.
        let probe = folder + "/probe.html"
        let measure = """
            <script>
            document.querySelectorAll("details").forEach(d => d.open = true);
            const boxes = [...document.querySelectorAll(".table-scroll")];
            document.body.setAttribute("data-measured", [document.documentElement.scrollWidth, window.innerWidth,
              Math.max(...boxes.map(b => b.scrollWidth)), Math.max(...boxes.map(b => b.clientWidth))].join(","));
            </script></body>
            """
        try (try String(contentsOfFile: page, encoding: .utf8)).replacingOccurrences(of: "</body>", with: measure)
            .write(toFile: probe, atomically: true, encoding: .utf8)
        let dom = try run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,2000", "--dump-dom", "file://\(probe)"])
        #expect(dom.status == 0, "\(dom.err)")
        let measured = try #require(Self.attribute("data-measured", in: dom.out).first, "no measurement in \(dom.out.prefix(300))").split(separator: ",").compactMap { Int($0) }
        try #require(measured.count == 4)
        #expect(measured[0] <= measured[1], "the page is \(measured[0]) px wide in a \(measured[1]) px window")
        #expect(measured[2] > measured[3], "the wide table (\(measured[2]) px) should need its scrolling box (\(measured[3]) px)")
        #expect(measured[3] <= 1200, "a box is wider than the body")

        // A link from the contents opens its folded section (the page's script); others stay closed.
        let arrived = try run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://\(folder)/report.html#toy-toy-split"])
        #expect(arrived.out.contains("<details class=\"section\" open=\"\"><summary><h2 id=\"toy-toy-split\">"))
        #expect(arrived.out.contains("<details class=\"section\"><summary><h2 id=\"provenance\">"))

        // The screenshot: 1,400 px wide; the body is at most 1,200 px and centred, so nothing may
        // be painted in the 60 px at the right edge (an overflowing table would be).
        let shot = folder + "/page.png"
        let chromium = try run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,2000", "--screenshot=\(shot)", "file://\(page)"])
        #expect(chromium.status == 0, "\(chromium.err)")
        let image = try #require(readRGB(shot), "no screenshot")
        #expect(image.width == 1400)
        var painted = 0
        for y in 0..<(image.height - 20) {   // above a horizontal scrollbar's place
            for x in (image.width - 60)..<(image.width - 20) {   // left of a vertical scrollbar's
                let i = (y * image.width + x) * 3
                if image.pixels[i] < 240 || image.pixels[i + 1] < 240 || image.pixels[i + 2] < 240 { painted += 1 }
            }
        }
        #expect(painted == 0, "\(painted) pixels painted in the right margin")
        #expect(pixels(near: "#222222", in: image) > 2000, "no text on the page")
    }
}
