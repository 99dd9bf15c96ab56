import Catalog
import NIfTI

/// A lookup table from the label values of one file into a label space's values.
///
/// A reference is written in its dataset's native values (BTCV's liver is 6), a prediction in
/// the values its method declared (by default the label space's own, liver 1). Both go through
/// a table into the space before scoring, so a structure is one set of values whatever wrote it.
public struct LabelTranslation: Sendable {
    /// `table[v]`: the space value of native value `v`; nil when `v` names nothing mapped.
    let table: [UInt8?]

    /// A dataset's native values into `values` (label name → value: the labels a split scores
    /// or trains on); every other label the dataset maps becomes background.
    public static func dataset(_ dataset: Dataset, values: [String: UInt8]) -> LabelTranslation {
        var table = [UInt8?](repeating: nil, count: 256)
        table[0] = 0
        for (native, name) in dataset.labelMap { table[native] = values[name] ?? 0 }
        return LabelTranslation(table: table)
    }

    /// A method's declared output values (label name → value) into the space.
    public static func outputs(_ outputs: [String: Int], space: LabelSpace) -> LabelTranslation {
        var table = [UInt8?](repeating: nil, count: 256)
        table[0] = 0
        for (name, value) in outputs { table[value] = space.labels[name].map(UInt8.init) ?? 0 }
        return LabelTranslation(table: table)
    }

    /// The map in space values, and the values it holds that the table does not know, with
    /// their voxel counts.
    public func apply(_ map: LabelMap) -> (map: LabelMap, unknown: [UInt8: Int]) {
        var out = map
        var histogram = [Int](repeating: 0, count: 256)
        let lookup = table.map { $0 ?? 0 }
        out.voxels.withUnsafeMutableBufferPointer { voxels in
            for i in voxels.indices {
                let v = Int(voxels[i])
                histogram[v] += 1
                voxels[i] = lookup[v]
            }
        }
        var unknown: [UInt8: Int] = [:]
        for v in 1..<256 where histogram[v] > 0 && table[v] == nil { unknown[UInt8(v)] = histogram[v] }
        return (out, unknown)
    }
}
