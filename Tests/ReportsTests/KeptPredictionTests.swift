import Foundation
import Harness
import NIfTI
import Testing
@testable import Reports

/// A fresh clone has the committed store and report but not the work folder the store's
/// predictions point into: the overlays read the copies the report kept.
@Suite("The report keeps the predictions its overlays draw")
struct KeptPredictionTests {
    @Test("A drawn prediction is kept by checksum, read back once the work folder is gone, never drawn when its bytes changed, and pruned when no longer drawn")
    func keptByChecksum() throws {
        let work = temporaryFolder("kept")
        var map = LabelMap(geometry: Geometry(shape: Shape(6, 5, 4), spacing: Spacing(1, 1, 2)), repeating: 0)
        for i in 0..<10 { map.voxels[i] = 3 }
        let prediction = work + "/work/case_1.nii.gz"
        try FileManager.default.createDirectory(atPath: work + "/work", withIntermediateDirectories: true)
        try NIfTI.write(map, to: prediction)
        let checksum = try #require(Checksum.file(prediction))
        let folder = work + "/report/predictions"

        let first = KeptPredictions(folder: folder)
        let read = try #require(first.labels(path: prediction, checksum: checksum))
        #expect(read.voxels.filter { $0 == 3 }.count == 10)
        let copy = folder + "/\(checksum).nii.gz"
        #expect(Checksum.file(copy) == checksum, "the copy is the scored file, byte for byte")

        // The work folder is gone (a fresh clone): the copy is read.
        try FileManager.default.removeItem(atPath: prediction)
        let again = KeptPredictions(folder: folder)
        #expect(again.labels(path: prediction, checksum: checksum)?.voxels == read.voxels)

        // The file at the stored path was overwritten since it was scored, and nothing is kept
        // under its checksum: nothing is drawn rather than the wrong map.
        map.voxels[20] = 1
        try NIfTI.write(map, to: prediction)
        let elsewhere = KeptPredictions(folder: work + "/other")
        #expect(elsewhere.labels(path: prediction, checksum: checksum) == nil)
        #expect(KeptPredictions.inPlace(path: prediction, checksum: checksum) == nil)
        #expect(KeptPredictions.inPlace(path: prediction, checksum: nil) != nil, "no checksum stored: the file as it is")

        // A render that draws nothing prunes what an earlier one kept; one that drew it keeps it.
        again.prune()
        #expect(FileManager.default.fileExists(atPath: copy))
        KeptPredictions(folder: folder).prune()
        #expect(!FileManager.default.fileExists(atPath: copy))
    }
}
