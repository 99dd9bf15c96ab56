import Catalog
import Foundation
import Harness
import Metrics
import NIfTI
import SourceFormats
import Store

/// `segbench ingest`: a data root's cases of one dataset, resolved into the case index.
///
/// For each case discovery finds: convert what is not NIfTI (a DICOM series with dcm2niix, a PNG
/// stack onto that series' grid), checksum every source file, read the label map and check it
/// (`CaseInspection`), and take acquisition fields from DICOM tags where the catalog says so.
/// Conversions go to `work/DATASET/CASE/`; the data root is only read.
///
/// ```swift
/// let cases = try DatasetIngest.run(dataset: catalog.datasets["CHAOS"]!, catalog: catalog,
///                                   root: "/data", work: "/data-derived")
/// try store.replaceIndex(dataset: "CHAOS", with: cases)
/// ```
public enum DatasetIngest {
    public static func run(dataset: Dataset, catalog: Catalog, root: String, work: String,
                           progress: @Sendable (IndexedCase) -> Void = { _ in }) throws -> [IndexedCase] {
        let found = try CaseDiscovery.cases(of: dataset, in: catalog, root: root)
        let root = URL(fileURLWithPath: root).standardizedFileURL.path
        let work = URL(fileURLWithPath: work).standardizedFileURL.path
        return parallelMap(found.count) { n in
            let indexed = ingest(found[n], dataset: dataset, root: root, work: work)
            progress(indexed)
            return indexed
        }
    }

    static func ingest(_ c: CatalogCase, dataset: Dataset, root: String, work: String) -> IndexedCase {
        func absolute(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }
        var indexed = IndexedCase(dataset: c.dataset, name: c.id, collection: c.collection, subject: c.subject, officialSplit: c.officialSplit,
                                  root: root, images: c.images.mapValues(absolute), label: absolute(c.label), annotated: c.annotated,
                                  acquisition: c.acquisition.mapValues { IndexedCase.Acquisition(value: $0.value, provenance: $0.provenance) },
                                  segbenchVersion: HarnessInfo.segbenchVersion)
        var sources = Array(c.images.values) + [c.label]
        if let collection = dataset.collections.first(where: { $0.name == c.collection }), collection.images.values.contains(where: \.isDICOM) {
            do {
                let converted = try convert(c, collection: collection, dataset: dataset, root: root,
                                            into: ((work as NSString).appendingPathComponent(c.dataset) as NSString).appendingPathComponent(c.id))
                indexed.images = converted.images
                indexed.label = converted.label
                indexed.notes = converted.notes
                sources = converted.sources.map { String($0.dropFirst(root.count + 1)) }
                for (field, value) in converted.acquisition { indexed.acquisition[field] = IndexedCase.Acquisition(value: value, provenance: "dicom-tag") }
            } catch {
                indexed.problems.append("\(error)")
                return indexed
            }
        }
        for relative in sources.sorted() {
            if let sum = Checksum.file(absolute(relative)) { indexed.files[relative] = sum } else {
                indexed.problems.append("\(absolute(relative)): cannot be read")
            }
        }
        let inspection = CaseInspection(images: indexed.images, label: indexed.label, annotated: c.annotated, dataset: dataset)
        indexed.labelVoxels = inspection.labelVoxels
        indexed.emptyLabels = inspection.emptyLabels
        indexed.problems += inspection.problems
        if let g = inspection.geometry {
            indexed.shape = "\(g.shape.x)x\(g.shape.y)x\(g.shape.z)"
            indexed.spacing = "\(g.spacing.x)x\(g.spacing.y)x\(g.spacing.z)"
            indexed.orientation = g.orientation
        }
        return indexed
    }

    struct Converted {
        var images: [String: String]
        var label: String
        var sources: [String]
        var notes: [String]
        var acquisition: [String: String]
    }

    /// DICOM series → NIfTI with dcm2niix; the PNG stack → a label map on the first channel's grid.
    static func convert(_ c: CatalogCase, collection: Collection, dataset: Dataset, root: String, into folder: String) throws -> Converted {
        func absolute(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }
        let tags = collection.acquisition.compactMapValues { rule -> String? in
            if case .dicomTag(let tag) = rule.source { return tag.lowercased() } else { return nil }
        }
        var converted = Converted(images: [:], label: "", sources: [], notes: [], acquisition: [:])
        var firstSeries: (headers: [DICOMSliceHeader], folder: String, volume: String)?
        for (channel, source) in collection.images.sorted(by: { $0.key < $1.key }) {
            let relative = c.images[channel]!
            guard source.isDICOM else { converted.images[channel] = absolute(relative); converted.sources.append(absolute(relative)); continue }
            let files = try DICOMSeries.files(in: absolute(relative))
            let headers = try DICOMSeries.headers(of: files, extraTags: Array(tags.values))
            let volume = (folder as NSString).appendingPathComponent("image_\(String(format: "%04d", Int(channel) ?? 0)).nii.gz")
            try DICOMSeries.convert(absolute(relative), to: volume)
            converted.images[channel] = volume
            converted.sources += files
            converted.notes.append("channel \(channel): \(files.count) DICOM files converted with dcm2niix")
            if firstSeries == nil { firstSeries = (headers, absolute(relative), volume) }
        }
        if let first = firstSeries {
            for (field, tag) in tags { if let value = first.headers[0].tags[tag], !value.isEmpty { converted.acquisition[field] = value } }
        }
        switch collection.label {
        case .file:
            converted.label = absolute(c.label)
            converted.sources.append(converted.label)
        case .pngStack(_, let decoderName, _):
            guard let first = firstSeries, let decoder = dataset.decoders[decoderName] else {
                throw SourceFormatError(path: absolute(c.label), reason: "a PNG stack needs a DICOM series to give it a grid, and a known decoder")
            }
            let grid = try NIfTI.readHeader(first.volume).geometry
            let placed = try PNGStack.stack(folder: absolute(c.label), slices: first.headers, seriesFolder: first.folder,
                                            decoder: decoder, values: dataset.labelValues, on: grid)
            converted.label = (folder as NSString).appendingPathComponent("label.nii.gz")
            try NIfTI.write(placed.labels, to: converted.label)
            converted.sources += placed.pngFiles
            converted.notes += placed.notes
        }
        return converted
    }
}

extension ImageSource {
    var isDICOM: Bool { if case .dicomSeries = self { true } else { false } }
}
