import Foundation
import Harness

/// A leaderboard as text: Markdown (GitHub's, `<u>` for underline, which Markdown lacks; the
/// report page renders it with cmark-gfm) and LaTeX (booktabs, `\textbf` best, `\underline`
/// second, `\pm`).
extension Leaderboard {
    public var markdown: String {
        func text(_ e: Entry) -> String {
            var t = MarkdownText.escaped(e.text) + (e.significant ? " †" : "")
            switch e.mark {
            case .best: t = "**\(t)**"
            case .second: t = "<u>\(t)</u>"
            case .none: break
            }
            return t
        }
        var lines = ["**\(title)**", ""]
        let headers = columns.enumerated().map { (c, column) -> String in
            let group = groupTitle(ofColumn: c)
            return MarkdownText.escaped(group.isEmpty || group == column.header ? column.header : "\(group): \(column.header)")
        }
        lines.append("| \(MarkdownText.escaped(labelHeader)) | " + headers.joined(separator: " | ") + " |")
        // Numbers right-aligned; a column of words (coverage, a verdict, a correction given) left.
        lines.append("|---|" + columns.indices.map { isText(column: $0) ? "---|" : "---:|" }.joined())
        for row in rows {
            let label = row.isReference ? "*\(MarkdownText.escaped(row.label))*" : MarkdownText.escaped(row.label)
            let entries = row.entries.map { row.isReference ? "*\(MarkdownText.escaped($0.text))*" : text($0) }
            lines.append("| \(label) | " + entries.joined(separator: " | ") + " |")
        }
        if !footnotes.isEmpty { lines.append(""); lines += footnotes.map { "<sub>\($0)</sub>  " } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether column `c` holds words rather than numbers: no entry starts as a number does
    /// (a digit, a sign, a dash for "none"), or it is the coverage column ("4/4", "3/5 (1 failed)").
    func isText(column c: Int) -> Bool {
        if columns[c].higherIsBetter == nil && columns[c].header == "Coverage" { return true }
        let texts = rows.map { $0.entries[c].text }.filter { $0 != "–" && !$0.isEmpty }
        return !texts.isEmpty && texts.allSatisfy { text in
            guard let first = text.first else { return false }
            return !(first.isNumber || "+-−<>~".contains(first))
        }
    }

    /// The title of the group column `c` falls in ("" outside any group).
    func groupTitle(ofColumn c: Int) -> String {
        var start = 0
        for group in groups {
            if c < start + group.span { return group.title }
            start += group.span
        }
        return ""
    }

    /// Characters a table writes that LaTeX needs in another form.
    static let latexForms: [Character: String] = [
        "%": "\\%", "&": "\\&", "_": "\\_", "#": "\\#", "$": "\\$",
        "Δ": "$\\Delta$", "×": "$\\times$", "−": "$-$", "≤": "$\\leq$", "≥": "$\\geq$", "·": "$\\cdot$",
        "±": "$\\pm$", "↑": "$\\uparrow$", "↓": "$\\downarrow$", "→": "$\\rightarrow$", "–": "--", "†": "$^\\dagger$",
    ]

    public var latex: String {
        // The characters of `latexForms` in a form pdflatex reads without packages beyond booktabs
        // (a raw Δ or × stopped it), and a minus sign for a number's leading "-" (a hyphen in text
        // mode): a "-" before a digit at the start, after a space or after "(".
        func escape(_ s: String) -> String {
            let characters = Array(s)
            return characters.indices.map { i -> String in
                let ch = characters[i]
                let startsNumber = ch == "-" && i + 1 < characters.count && characters[i + 1].isNumber
                    && (i == 0 || characters[i - 1] == " " || characters[i - 1] == "(")
                return startsNumber ? "$-$" : Self.latexForms[ch] ?? String(ch)
            }.joined()
        }
        func text(_ e: Entry) -> String {
            let t = escape(e.text + (e.significant ? "†" : ""))
            switch e.mark {
            case .best: return "\\textbf{\(t)}"
            case .second: return "\\underline{\(t)}"
            case .none: return t
            }
        }
        var lines = ["% \(title)", "% needs \\usepackage{booktabs}" + (rows.contains { $0.isReference } ? " and \\usepackage[table]{xcolor}" : ""),
                     "\\begin{tabular}{l" + String(repeating: "r", count: columns.count) + "}", "\\toprule"]
        if groups.contains(where: { !$0.title.isEmpty }) {
            var cells = [""], rules: [String] = []
            var start = 2
            for g in groups {
                cells.append(g.span == 1 ? escape(g.title) : "\\multicolumn{\(g.span)}{c}{\(escape(g.title))}")
                if !g.title.isEmpty { rules.append("\\cmidrule(lr){\(start)-\(start + g.span - 1)}") }
                start += g.span
            }
            lines.append(cells.joined(separator: " & ") + " \\\\")
            lines.append(rules.joined(separator: " "))
        }
        lines.append(([escape(labelHeader)] + columns.map { escape($0.header) }).joined(separator: " & ") + " \\\\")
        lines.append("\\midrule")
        for row in rows {
            let line = ([escape(row.label)] + row.entries.map(text)).joined(separator: " & ") + " \\\\"
            lines.append(row.isReference ? "\\rowcolor{black!8} " + line : line)
        }
        lines.append("\\bottomrule")
        lines.append("\\end{tabular}")
        lines += footnotes.map { "% " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Every cell of a report as numbers, one row per (split, method, structure, metric): what a
/// reader loads in pandas or R. `structure` is `mean` for the mean over structures. Under
/// several seeds a case's value is its mean over them; `seeds` counts them and `seed_sd` is the
/// sample sd of the aggregate one seed alone gives (empty for one seed).
public enum ScoreTableCSV {
    public static let header = "split,method,version,structure,metric,policy,n,mean,std,median,q1,q3,ci_low,ci_high,aggregate,scored,failed,expected,seeds,seed_sd"

    public static func render(_ aggregator: Aggregator, metrics: [String]) -> String {
        let data = aggregator.data
        var lines = [header]
        func number(_ v: Double?) -> String { v.map { $0.isFinite ? String($0) : "" } ?? "" }
        for split in data.splits {
            for m in data.methods(on: split) {
                let coverage = data.coverage[split]?[m]
                for metric in metrics {
                    let cells = (data.structures[split] ?? []).map { ($0, aggregator.cell(split: split, method: m, structure: $0, metric: metric)) }
                        + [("mean", aggregator.meanCell(split: split, method: m, metric: metric))]
                    for (structure, cell) in cells {
                        let s = cell.summary
                        let fields = [split, data.methods[m].version.name, data.methods[m].version.version, structure, metric, aggregator.policy.rawValue,
                                      String(s?.n ?? 0), number(s?.mean), number(s.flatMap { $0.n > 1 ? $0.std : nil }), number(s?.median), number(s?.q1), number(s?.q3),
                                      number(cell.interval?.lowerBound), number(cell.interval?.upperBound), number(cell.aggregate),
                                      String(coverage?.scored ?? 0), String(coverage?.failed ?? 0), String(coverage?.expected ?? 0),
                                      String(cell.seedCount), number(cell.seedSpread)]
                        lines.append(fields.map(FolderReport.quoted).joined(separator: ","))
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
