/// Text that SegBench writes into a Markdown table cell (a method, split, case or structure name,
/// a number): backslash-escaped so that GitHub and cmark-gfm show it as written. Every ASCII
/// punctuation character may be backslash-escaped in CommonMark; only those that could start
/// markup are, so that names such as `kidney_left` stay readable in the Markdown source.
public enum MarkdownText {
    /// `|` ends a GFM table cell, `<` opens raw HTML (which the page passes through), `&` opens an
    /// entity, `\`, `` ` ``, `*` and `~` open markup. `_` opens emphasis only at a word's edge, so
    /// it is escaped there and left alone inside a word (`sam_box`). A bracket makes a link only
    /// as `](` or `][` (SegBench writes no reference definitions), so only such a `]` is escaped:
    /// an interval `[63.55, 67.91]` stays as written.
    public static func escaped(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (i, ch) in characters.enumerated() {
            switch ch {
            case "\\", "|", "<", "&", "`", "*", "~":
                out += "\\\(ch)"
            case "]":
                let opensLink = i + 1 < characters.count && (characters[i + 1] == "(" || characters[i + 1] == "[")
                out += opensLink ? "\\]" : "]"
            case "_":
                let inside = i > 0 && i + 1 < characters.count && isWordCharacter(characters[i - 1]) && isWordCharacter(characters[i + 1])
                out += inside ? "_" : "\\_"
            default:
                out.append(ch)
            }
        }
        return out
    }

    private static func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }
}
