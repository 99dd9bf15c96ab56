// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "SegBench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "segbench", targets: ["segbench"]),
        .library(name: "NIfTI", targets: ["NIfTI"]),
        .library(name: "Metrics", targets: ["Metrics"]),
        .library(name: "Catalog", targets: ["Catalog"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Harness", targets: ["Harness"]),
        .library(name: "Runner", targets: ["Runner"]),
        .library(name: "Reports", targets: ["Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // MallocInterposer only: the default RuntimeInterposer trait pulls a package
        // that the local mirror does not carry (see docs/building.md).
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        // SHA-256 of every input and prediction file: the provenance behind each stored number.
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Debian's libnifti2 (nifticlib 3) ships no pkg-config file and its header includes
        // <znzlib.h>; a C target whose include/ forwards that header is the portable way in.
        // libdeflate (libdeflate-dev) decompresses and compresses .nii.gz in one call; zlib (z)
        // reads a header's first bytes and stays the fallback for what libdeflate refuses.
        .target(
            name: "CNIfTI",
            linkerSettings: [.linkedLibrary("nifti2"), .linkedLibrary("znz"), .linkedLibrary("deflate"),
                             .linkedLibrary("z"), .linkedLibrary("m")]
        ),
        .target(name: "NIfTI", dependencies: ["CNIfTI"]),
        .target(name: "Metrics", dependencies: ["NIfTI"]),
        // Synthetic label maps with known geometry: tests, benchmarks, the README's example.
        .target(name: "Fixtures", dependencies: ["NIfTI"]),
        // datasets.json: label spaces, datasets in their published layouts, hold-outs and splits.
        .target(name: "Catalog", dependencies: ["NIfTI", .product(name: "SwiftCSV", package: "SwiftCSV")]),
        // libpng's simplified API, for CHAOS's PNG label slices.
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // The formats datasets ship in besides NIfTI: DICOM series (through dcmtk and dcm2niix)
        // and PNG slices (through libpng).
        .target(name: "SourceFormats", dependencies: ["CPNG", "NIfTI"]),
        // Synthetic versions of the datasets in their real layouts: the embedded default.
        .target(name: "Phantoms", dependencies: ["NIfTI", "Catalog", "Metrics", "SourceFormats"]),
        // Per-case results in SQLite: schema, migrations, records. Knows nothing of volumes.
        .target(name: "Store", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // Turns pairs of files (and later splits × methods) into stored scores.
        .target(
            name: "Harness",
            dependencies: ["NIfTI", "Metrics", "Store", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Classical reference methods written in Swift: a probabilistic atlas and a per-organ intensity model.
        .target(name: "Baselines", dependencies: ["NIfTI", "Metrics"]),
        // A data root resolved into the case index: conversions, checksums, label audit.
        .target(name: "Ingest", dependencies: ["Catalog", "NIfTI", "Metrics", "SourceFormats", "Store", "Harness"]),
        // (split × method) into stored scores: methods.json's three kinds, manifests, subprocesses
        // with time limits, prediction checks, label translation, training once per version.
        // glibc's posix_spawn_file_actions_addchdir_np, which Swift's Glibc module leaves out.
        .target(name: "CSpawn"),
        .target(name: "Runner", dependencies: ["CSpawn", "Catalog", "NIfTI", "Metrics", "Store", "Harness", "Baselines", "SourceFormats"]),
        // Leaderboards, statistics and figures from the store: policies applied at report time,
        // bootstrap, Wilcoxon and Holm, Markdown/LaTeX/CSV/HTML, gnuplot through a pipe.
        // cmark-gfm, GitHub's CommonMark + GFM parser and renderer (Debian's libcmark-gfm-dev and
        // libcmark-gfm-extensions-dev): the report page is the README's Markdown rendered by it.
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .target(name: "Reports", dependencies: ["Store", "Catalog", "NIfTI", "Metrics", "Harness", "CCmarkGFM", "SourceFormats"]),
        .target(name: "Cluster"),
        .executableTarget(
            name: "segbench",
            dependencies: ["NIfTI", "Metrics", "Store", "Harness", "Catalog", "Phantoms", "Fixtures", "Ingest", "Runner", "Reports", "Cluster",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ClusterTests", dependencies: ["Cluster"]),
        .testTarget(name: "NIfTITests", dependencies: ["NIfTI", "CNIfTI", "Fixtures"]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics", "NIfTI", "Fixtures"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Fixtures", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Store", "Harness", "NIfTI", "CPNG", "Catalog"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Phantoms", "NIfTI", "Metrics", "Harness", "Ingest", "Store", "SourceFormats", "Baselines", "Runner", "Fixtures", "Reports"]),
        .testTarget(name: "HarnessTests", dependencies: ["Harness", "Store", "Metrics", "NIfTI", "Fixtures"]),
        .executableTarget(
            name: "MetricsBench",
            dependencies: ["Metrics", "NIfTI", "Fixtures", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/MetricsBench",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
