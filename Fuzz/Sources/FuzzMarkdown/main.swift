import Foundation
import FuzzSupport
import Terminal

/// One input: rendered as lesson Markdown, diagrams included.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let renderer = MarkdownRenderer(
        style: RenderStyle(glyphs: .unicode, styler: Styler(enabled: true), width: 60), labLabel: "try",
        diagram: { MermaidRenderer(glyphs: .unicode, width: 60).render($0) })
    _ = renderer.render(fuzzText(data, count))
    return 0
}

@_cdecl("FuzzMarkdown_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    return runFuzzer(argc, argv, testOneInput)
}
