import Foundation
import GRDB

/// One case of a data root as ingest resolved it: what the runner reads instead of walking the
/// data again. Paths are absolute as read (the data root's files, or ingest's conversions of
/// them); the store keeps them relative to its own folder where they share a folder with it
/// (`StoredPath`), so that a store committed beside its data reads the same in every clone.
public struct IndexedCase: Sendable, Hashable, Codable {
    public struct Acquisition: Sendable, Hashable, Codable {
        public var value: String
        /// `csv`, `dicom-tag`, `folder`, `documented-global` or `inferred`.
        public var provenance: String
        public init(value: String, provenance: String) {
            self.value = value
            self.provenance = provenance
        }
    }

    public var dataset: String
    public var name: String
    public var collection: String
    public var subject: String
    public var officialSplit: String
    public var root: String
    /// Channel index → NIfTI image (for CHAOS, ingest's conversion of the DICOM series).
    public var images: [String: String]
    /// The NIfTI label map (for CHAOS, ingest's conversion of the PNG stack).
    public var label: String
    /// The label-space names this case's ground truth annotates.
    public var annotated: [String]
    public var acquisition: [String: Acquisition]
    /// `"114x92x36"`, `"2.6x2.6x6"`, nibabel axis codes; nil when the label could not be read.
    public var shape: String?
    public var spacing: String?
    public var orientation: String?
    /// Every source file, relative to the root → SHA-256.
    public var files: [String: String]
    /// Native label value → voxels (background left out).
    public var labelVoxels: [String: Int]
    /// Annotated labels with no voxel in this case (a missing gallbladder, a resected kidney).
    public var emptyLabels: [String]
    /// What ingest did that a reader may want to know (slice order, conversions).
    public var notes: [String]
    /// What is wrong with the case, each naming a file; a case with problems is not scored.
    public var problems: [String]
    public var segbenchVersion: String
    public var ingestedAt: Date

    public init(dataset: String, name: String, collection: String, subject: String, officialSplit: String, root: String,
                images: [String: String], label: String, annotated: [String], acquisition: [String: Acquisition],
                shape: String? = nil, spacing: String? = nil, orientation: String? = nil, files: [String: String] = [:],
                labelVoxels: [String: Int] = [:], emptyLabels: [String] = [], notes: [String] = [], problems: [String] = [],
                segbenchVersion: String, ingestedAt: Date = Date()) {
        self.dataset = dataset
        self.name = name
        self.collection = collection
        self.subject = subject
        self.officialSplit = officialSplit
        self.root = root
        self.images = images
        self.label = label
        self.annotated = annotated
        self.acquisition = acquisition
        self.shape = shape
        self.spacing = spacing
        self.orientation = orientation
        self.files = files
        self.labelVoxels = labelVoxels
        self.emptyLabels = emptyLabels
        self.notes = notes
        self.problems = problems
        self.segbenchVersion = segbenchVersion
        self.ingestedAt = ingestedAt
    }
}

// Nested arrays and dictionaries are stored as JSON text (GRDB's Codable records).
extension IndexedCase: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "indexedCase"
}

/// Paths as the case index stores them: relative to the store's folder where the two share more
/// than the file system's root (`../.segbench/phantoms/RawData/…` for a store in `Reports/`),
/// else absolute (`/data/BTCV/…` beside a store in `/home/me/`). Read back, a relative path is
/// resolved against the store's folder, so a store and its data moved together (a clone, an
/// archive) still find each other, and a fresh clone's re-ingest writes the rows it already has.
enum StoredPath {
    static func relative(_ path: String, to folder: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        guard common > 1 else { return path }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    static func resolved(_ path: String, against folder: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: folder).appendingPathComponent(path).standardizedFileURL.path
    }
}

extension IndexedCase {
    /// The case with its paths (root, images, label) passed through `transform`.
    func mappingPaths(_ transform: (String) -> String) -> IndexedCase {
        var c = self
        c.root = transform(root)
        c.images = images.mapValues(transform)
        c.label = transform(label)
        return c
    }
}

extension ResultStore {
    /// The folder relative paths of the case index are relative to: the store's own.
    var folder: String { URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path }

    /// Replaces a dataset's index with a fresh ingest, in one transaction: a reader sees the old
    /// index or the new one, never a mix, and cases that vanished from the root leave with it.
    /// An ingest that finds what the index already holds (its time aside) writes nothing.
    public func replaceIndex(dataset: String, with cases: [IndexedCase]) throws {
        let folder = self.folder
        let stored = cases.map { $0.mappingPaths { StoredPath.relative($0, to: folder) } }
        func timeless(_ c: IndexedCase) -> IndexedCase { var c = c; c.ingestedAt = .distantPast; return c }
        let existing = try read { db in try IndexedCase.filter(Column("dataset") == dataset).fetchAll(db) }
        if Set(existing.map(timeless)) == Set(stored.map(timeless)), existing.count == stored.count { return }
        try write { db in
            try db.execute(sql: "DELETE FROM indexedCase WHERE dataset = ?", arguments: [dataset])
            for c in stored { try c.insert(db) }
        }
    }

    /// The indexed cases of a dataset (all datasets when nil), by dataset and name, with their
    /// paths absolute.
    public func indexedCases(dataset: String? = nil) throws -> [IndexedCase] {
        let folder = self.folder
        return try read { db in
            var request = IndexedCase.all().order(Column("dataset"), Column("name"))
            if let dataset { request = request.filter(Column("dataset") == dataset) }
            return try request.fetchAll(db)
        }.map { $0.mappingPaths { StoredPath.resolved($0, against: folder) } }
    }
}
