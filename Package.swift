// swift-tools-version: 6.0
import PackageDescription

// NB: the simulator and the experiments are optimised in debug builds too. Unoptimised, a
// million simulated requests take about 4.5 s, which would make the tests against queueing
// theory (millions of requests each) take minutes; optimised they take about 0.15 s.
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "scalelab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "scalelab", targets: ["scalelab"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // The reference the simulator's latency histogram is tested against (MiniClusterTests).
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", .upToNextMinor(from: "0.2.0")),  // pre-1.0: minors may break
        // The live workshop's HTTP server and SQLite store (see Sources/Workshop).
        .package(url: "https://github.com/swhitty/FlyingFox", .upToNextMinor(from: "0.27.1")),  // pre-1.0: minors may break
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // SHA-256 of sheets, questions and files (BoringSSL's assembly on x86_64).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3")
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "MiniCluster",
            dependencies: [
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections")
            ],
            swiftSettings: optimizedEvenInDebug
        ),
        .target(name: "LabText"),
        .target(name: "Experiments", dependencies: ["LabText", "MiniCluster"], swiftSettings: optimizedEvenInDebug),
        .target(name: "Design", dependencies: ["LabText", "MiniCluster"], swiftSettings: optimizedEvenInDebug),
        .target(name: "Terminal"),
        .target(
            name: "Lessons", dependencies: ["LabText", "Terminal", .product(name: "Crypto", package: "swift-crypto")]),
        // Generated sheets and timings for `bench --grading` and the grading tests; not product code.
        .target(name: "GradingBenchmarks", dependencies: ["Lessons"]),
        .target(
            name: "Workshop",
            dependencies: [
                "Lessons", "Terminal",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "GRDB", package: "GRDB.swift")
            ]
        ),
        .target(
            name: "LabShell",
            dependencies: [
                "CEditLine", "Design", "Experiments", "GradingBenchmarks", "Lessons", "Terminal", "MiniCluster",
                "Workshop",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(
            name: "scalelab",
            dependencies: [
                "LabShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .testTarget(
            name: "MiniClusterTests",
            dependencies: ["MiniCluster", .product(name: "Histogram", package: "hdrhistogram-swift")]),
        .testTarget(name: "LabTextTests", dependencies: ["LabText"]),
        .testTarget(name: "DesignTests", dependencies: ["Design", "MiniCluster"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "MiniCluster"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"], exclude: ["Goldens"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "GradingBenchmarks"], exclude: ["Goldens"]),
        .testTarget(
            name: "LabShellTests", dependencies: ["LabShell", "Experiments", "Lessons", "Terminal", "Workshop"]),
        .testTarget(
            name: "WorkshopTests",
            dependencies: [
                "Workshop", "Lessons", "LabShell", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "GRDB", package: "GRDB.swift")
            ]),
        .testTarget(name: "WorkshopBrowserTests", dependencies: ["Workshop", "Lessons"]),
        .testTarget(name: "ScalelabEndToEndTests", dependencies: ["scalelab"], exclude: ["Goldens", "Fixtures"])
    ],
    swiftLanguageModes: [.v6]
)
