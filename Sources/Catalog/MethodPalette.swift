/// The colours figures draw methods in: one per method, never two alike in a report, the same
/// in every report drawn from one methods.json.
///
/// The default palette is colour-blind safe: Okabe & Ito's (2008) seven (their yellow left out:
/// it vanishes on white), then four of Paul Tol's "muted" scheme (wine, olive, indigo, rose),
/// which stay apart from them under deuteranopia, protanopia and tritanopia. A methods.json
/// entry's `colour` pins a method's colour; the others take the palette's remaining colours in
/// the order of their names, so a report of any subset of the catalog draws each method as
/// every other report does.
public enum MethodPalette {
    public static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000",
                                 "#882255", "#999933", "#332288", "#CC6677"]

    /// `#RRGGBB`.
    public static func isColour(_ text: String) -> Bool {
        text.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// A colour for each name: the pinned ones as given, the rest the palette's unused colours
    /// in name order; past the palette's end, hues spread around the colour wheel (not
    /// colour-blind safe: pin colours in methods.json for that many methods).
    public static func assign(_ names: [String], pinned: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        var used = Set<String>()
        for name in names.sorted() { if let c = pinned[name] { result[name] = c.uppercased(); used.insert(c.uppercased()) } }
        var free = colours.filter { !used.contains($0) }[...]
        var extra = 0
        for name in names.sorted() where result[name] == nil {
            if let c = free.popFirst() { result[name] = c; used.insert(c); continue }
            var c: String
            repeat { c = spread(extra); extra += 1 } while used.contains(c)
            result[name] = c
            used.insert(c)
        }
        return result
    }

    /// The `n`th colour of a golden-angle walk around the hue circle, at a saturation and
    /// value that read on white.
    public static func spread(_ n: Int) -> String {
        let hue = (Double(n) * 137.508 + 20).truncatingRemainder(dividingBy: 360) / 60
        let (s, v) = (0.75, 0.7)
        let c = v * s, x = c * (1 - abs(hue.truncatingRemainder(dividingBy: 2) - 1)), m = v - c
        let (r, g, b): (Double, Double, Double) = switch Int(hue) {
        case 0: (c, x, 0)
        case 1: (x, c, 0)
        case 2: (0, c, x)
        case 3: (0, x, c)
        case 4: (x, 0, c)
        default: (c, 0, x)
        }
        func hex(_ u: Double) -> String { let i = Int(((u + m) * 255).rounded()); return (i < 16 ? "0" : "") + String(i, radix: 16, uppercase: true) }
        return "#" + hex(r) + hex(g) + hex(b)
    }
}

extension MethodCatalog {
    /// Every method's colour: its own `colour`, else the default palette's (see `MethodPalette`).
    public var colours: [String: String] {
        MethodPalette.assign(Array(methods.keys), pinned: methods.compactMapValues(\.colour))
    }
}
