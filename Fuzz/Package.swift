// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for scalelab's parsers, kept out of the main package so the sanitizer flags
// never touch the normal build. Build and run as the README's development section says.
//
// NB: the parsers are `package` API, which another package cannot see (SwiftPM gives every
// package its own -package-name, after any -Xswiftc flag), so this package compiles the main
// package's sources itself: Sources/Lessons and Sources/Terminal are symbolic links to the main
// package's folders, and ShellWords links the word splitter's two files.
let fuzzTargets: [(name: String, module: Target.Dependency)] = [
    ("FuzzGIFT", "Lessons"), ("FuzzWords", "ShellWords"), ("FuzzSheet", "Lessons"),
    ("FuzzPaper", "Lessons"), ("FuzzMermaid", "Terminal"), ("FuzzMarkdown", "Terminal"),
    // A slot for the design-file parser: ("FuzzDesign", "Design") and Sources/FuzzDesign/main.swift.
]

let package = Package(
    name: "scalelab-fuzz",
    targets: [
        .target(name: "FuzzSupport"),
        .target(name: "Lessons"),
        .target(name: "Terminal"),
        .target(name: "ShellWords"),
    ] + fuzzTargets.map { target in
        .executableTarget(name: target.name, dependencies: ["FuzzSupport", target.module])
    },
    swiftLanguageModes: [.v6]
)
