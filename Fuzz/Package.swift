// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for scalelab's parsers, kept out of the main package so the sanitizer flags
// never touch the normal build. Build and run as the README's development section says.
//
// NB: the parsers are `package` API, which another package cannot see (SwiftPM gives every
// package its own -package-name, after any -Xswiftc flag), so this package compiles the main
// package's sources itself: Sources/Lessons, Terminal, LabText, Design and MiniCluster are symbolic links
// to the main package's folders, and ShellWords links the word splitter's two files.
let fuzzTargets: [(name: String, module: Target.Dependency)] = [
    ("FuzzGIFT", "Lessons"), ("FuzzWords", "ShellWords"), ("FuzzSheet", "GradingBenchmarks"),
    ("FuzzPaper", "Lessons"), ("FuzzMermaid", "Terminal"), ("FuzzMarkdown", "Terminal"),
    ("FuzzDesign", "Design")
]

let package = Package(
    name: "scalelab-fuzz",
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3")
    ],
    targets: [
        .target(name: "FuzzSupport"),
        .target(
            name: "Lessons", dependencies: ["LabText", "Terminal", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Terminal"),
        .target(name: "ShellWords"),
        .target(
            name: "MiniCluster",
            dependencies: [
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections")
            ]
        ),
        .target(name: "LabText"),
        .target(name: "GradingBenchmarks", dependencies: ["Lessons"]),
        .target(name: "Design", dependencies: ["LabText", "MiniCluster"])
    ]
        + fuzzTargets.map { target in
            .executableTarget(name: target.name, dependencies: ["FuzzSupport", target.module])
        },
    swiftLanguageModes: [.v6]
)
