import CCmarkGFM
import Foundation

/// The report page (`report.html`): the Markdown the report writes (README.md), rendered by
/// cmark-gfm, GitHub's CommonMark parser with its table extension, so the page shows what GitHub
/// shows. On top of the rendering: heading anchors and a table of contents, a scrolling box
/// around each table (a wide leaderboard scrolls inside the page instead of widening it), and the
/// sections named collapsible folded into `<details>`.
///
/// Figures are linked, not inlined: the page is read inside its report folder, beside
/// `figures/` (inlined base64 PNGs made the page 7 MB). They are the PNGs (300 dpi), as the
/// README links them: the SVGs, drawn at their size in points, were a quarter of the page's width.
public struct ReportPage {
    /// The report's Markdown.
    public var markdown: String
    /// The level-2 headings whose sections fold (the per-split sections, the provenance).
    public var collapsible: Set<String> = []

    public init(markdown: String, collapsible: Set<String> = []) {
        self.markdown = markdown
        self.collapsible = collapsible
    }

    public func html() -> String {
        let document = GFMDocument(markdown)
        var title = "SegBench report"
        var preamble = "", sections = "", toc: [(id: String, text: String)] = []
        var open: String? = nil   // what closes the section being written
        var anchors = AnchorNames()
        for node in GFMDocument.children(of: document.root) {
            let type = GFMDocument.type(node)
            if type == "heading", cmark_node_get_heading_level(node) == 1, toc.isEmpty, preamble.isEmpty {
                title = GFMDocument.plainText(node)
            }
            if type == "heading", cmark_node_get_heading_level(node) == 2 {
                if let close = open { sections += close }
                let text = GFMDocument.plainText(node)
                let id = anchors.make(text)
                toc.append((id, text))
                let heading = document.html(node).replacingOccurrences(of: "<h2>", with: "<h2 id=\"\(id)\">")
                if collapsible.contains(text) {
                    sections += "<details class=\"section\"><summary>\(heading.trimmingCharacters(in: .newlines))</summary>\n"
                    open = "</details>\n"
                } else {
                    sections += "<section>\n" + heading
                    open = "</section>\n"
                }
                continue
            }
            var block = document.html(node)
            if type == "table" { block = "<div class=\"table-scroll\">\n\(block)</div>\n" }
            if toc.isEmpty { preamble += block } else { sections += block }
        }
        if let close = open { sections += close }
        let contents = toc.isEmpty ? "" : "<nav class=\"toc\" aria-label=\"Contents\"><h2>Contents</h2>\n<ul>\n"
            + toc.map { "<li><a href=\"#\($0.id)\">\(HTMLText.escaped($0.text))</a></li>" }.joined(separator: "\n") + "\n</ul></nav>\n"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escaped(title))</title>
            <style>\(Self.style)</style>
            <script>\(Self.openOnNavigation)</script>
            </head><body>
            \(preamble)\(contents)\(sections)</body></html>

            """
    }

    /// Chromium opens a `<details>` when a fragment link targets something inside it, but the
    /// table of contents targets the heading in its `<summary>`, which is visible while closed:
    /// open the section on arrival too.
    static let openOnNavigation = """
        function openTarget() {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          const section = target && target.closest("details");
          if (section) section.open = true;
        }
        window.addEventListener("hashchange", openTarget);
        window.addEventListener("DOMContentLoaded", openTarget);
        """

    static let style = """
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; max-width: 1200px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }
        h1 { font-size: 1.6em; overflow-wrap: anywhere; }
        h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
        nav.toc { background: #f6f6f6; border: 1px solid #ddd; padding: 0.5em 1.2em; margin: 1em 0; }
        nav.toc h2 { font-size: 1.1em; margin: 0.3em 0; border: none; }
        nav.toc ul { columns: 2; margin: 0.3em 0; }
        details.section { margin-top: 1.2em; }
        details.section > summary { cursor: pointer; }
        details.section > summary h2 { display: inline; border: none; }
        .table-scroll { max-width: 100%; overflow-x: auto; margin: 0.6em 0 1em; }
        table { border-collapse: collapse; font-size: 0.9em; }
        th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #ddd; vertical-align: top; }
        thead th { border-bottom: 2px solid #444; }
        td:first-child, th:first-child { text-align: left; }
        td[align="right"] { white-space: nowrap; }   /* numbers and intervals on one line; the box scrolls */
        img { max-width: 100%; height: auto; }
        sub { font-size: 0.85em; color: #555; vertical-align: baseline; }
        code { font-size: 0.9em; overflow-wrap: anywhere; }
        p { overflow-wrap: break-word; }
        """
}

/// Unique anchor names in GitHub's style: lower case, spaces as `-`, other punctuation dropped;
/// a repeated heading gets `-1`, `-2`.
struct AnchorNames {
    private var used: [String: Int] = [:]

    mutating func make(_ heading: String) -> String {
        var slug = ""
        for ch in heading.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { slug.append(ch) }
            else if ch == " " { slug.append("-") }
        }
        if slug.isEmpty { slug = "section" }
        let seen = used[slug, default: 0]
        used[slug] = seen + 1
        return seen == 0 ? slug : "\(slug)-\(seen)"
    }
}

/// What the page writes outside cmark-gfm's rendering (the title, the contents' entries).
enum HTMLText {
    static func escaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// A Markdown document parsed by cmark-gfm with GitHub's extensions: tables, autolinks and the
/// tag filter (GitHub's list of HTML tags it will not pass through). Raw HTML is otherwise
/// passed through (CMARK_OPT_UNSAFE): the report writes `<u>` for a column's second best and
/// `<sub>` for footnotes, and escapes the names it puts into cells (`MarkdownText`).
final class GFMDocument {
    private let parser: OpaquePointer
    let root: OpaquePointer
    static let options = CMARK_OPT_UNSAFE

    init(_ markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(Self.options)!
        for name in ["table", "autolink", "tagfilter"] {
            if let extensionPointer = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, extensionPointer) }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress!, buffer.count - 1)   // without the terminating NUL
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// A node and what is under it as HTML.
    func html(_ node: OpaquePointer) -> String {
        guard let text = cmark_render_html(node, Self.options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    static func type(_ node: OpaquePointer) -> String { String(cString: cmark_node_get_type_string(node)) }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child { out.append(c); child = cmark_node_next(c) }
        return out
    }

    static func descendants(of node: OpaquePointer) -> [OpaquePointer] {
        children(of: node).flatMap { [$0] + descendants(of: $0) }
    }

    /// The text a heading shows (its text and code spans, without markup).
    static func plainText(_ node: OpaquePointer) -> String {
        descendants(of: node).compactMap { n -> String? in
            let t = type(n)
            guard t == "text" || t == "code" else { return nil }
            return cmark_node_get_literal(n).map { String(cString: $0) }
        }.joined()
    }
}
