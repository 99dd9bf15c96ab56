import Foundation
import Testing
@testable import Catalog

@Suite("methods.json colours")
struct MethodColourTests {
    func load(_ methods: String) throws -> MethodCatalog {
        let path = NSTemporaryDirectory() + "colours-\(UUID().uuidString).json"
        try "{\"format_version\": 1, \"methods\": {\(methods)}}".write(toFile: path, atomically: true, encoding: .utf8)
        return try MethodCatalog.load(path)
    }

    @Test("A colour pins a method; the others take the palette's free colours in name order; the colour is not part of the version")
    func assignment() throws {
        let a = try load(##""b": {"kind": "builtin", "baseline": "intensity_model"}, "a": {"kind": "builtin", "baseline": "probabilistic_atlas", "colour": "#0072b2"}"##)
        // a pins Okabe–Ito's blue (written in lower case), so b takes the next: orange.
        #expect(a.colours == ["a": "#0072B2", "b": "#E69F00"])
        let plain = try load(##""a": {"kind": "builtin", "baseline": "probabilistic_atlas"}"##)
        #expect(plain.methods["a"]!.canonicalConfiguration == a.methods["a"]!.canonicalConfiguration)
        // Past the eleven palette colours every method still has its own.
        let many = MethodPalette.assign((0..<30).map { "m\($0)" }, pinned: [:])
        #expect(Set(many.values).count == 30)
    }

    @Test("A malformed or repeated colour is refused with its JSON path")
    func validation() throws {
        let bad = try #require(throws: CatalogError.self) { try load(##""a": {"kind": "builtin", "baseline": "probabilistic_atlas", "colour": "blue"}"##) }
        #expect(bad.description.contains("$.methods.a.colour") && bad.description.contains("#RRGGBB"), "\(bad)")
        let twice = try #require(throws: CatalogError.self) {
            try load(##""a": {"kind": "builtin", "baseline": "probabilistic_atlas", "colour": "#000000"}, "b": {"kind": "builtin", "baseline": "intensity_model", "colour": "#000000"}"##)
        }
        #expect(twice.description.contains("$.methods.b.colour") && twice.description.contains("a's colour"), "\(twice)")
    }
}
