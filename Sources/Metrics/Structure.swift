/// What is scored: one label, or a region (a set of labels scored as one mask, e.g. the BraTS
/// whole tumour WT = {1, 2, 4}).
public struct Structure: Sendable, Hashable, CustomStringConvertible {
    /// The name printed in tables: the label value ("3") or the region's name ("wt").
    public var name: String
    /// The label values whose union is this structure's mask.
    public var labels: [UInt8]
    /// Whether this is a named region rather than a single label.
    public var isRegion: Bool

    public init(name: String, labels: [UInt8], isRegion: Bool) {
        self.name = name
        self.labels = labels
        self.isRegion = isRegion
    }

    public static func label(_ value: UInt8) -> Structure { Structure(name: String(value), labels: [value], isRegion: false) }
    public static func region(_ name: String, _ labels: [UInt8]) -> Structure {
        Structure(name: name, labels: Array(Set(labels)).sorted(), isRegion: true)
    }

    /// A 256-entry membership table: `table[v]` is 1 when label value `v` belongs to the structure.
    public var membership: [UInt8] {
        var table = [UInt8](repeating: 0, count: 256)
        for l in labels { table[Int(l)] = 1 }
        return table
    }

    public var description: String { isRegion ? "\(name)={\(labels.map(String.init).joined(separator: ","))}" : name }
}
