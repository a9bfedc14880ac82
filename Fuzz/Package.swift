// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for scalelab's parsers. Kept out of the main package so the sanitizer
// flags never touch the normal build. Build and run (see the README's development section):
//   swift build --package-path Fuzz --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
//     -Xswiftc -package-name -Xswiftc scalelab
// NB: the last flag gives these targets the main package's name so they can reach its `package` API.
let fuzzTargets = ["FuzzGIFT", "FuzzWords", "FuzzSheet", "FuzzPaper", "FuzzMermaid", "FuzzMarkdown"]
// A slot for the design-file parser: add "FuzzDesign" here and Sources/FuzzDesign/ once it exists.

let package = Package(
    name: "scalelab-fuzz",
    dependencies: [.package(name: "scalelab", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "ScalelabParsers", package: "scalelab")])
    },
    swiftLanguageModes: [.v6]
)
