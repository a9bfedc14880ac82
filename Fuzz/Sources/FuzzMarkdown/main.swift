import Foundation
import FuzzSupport
import Terminal

@_cdecl("FuzzMarkdown_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        let renderer = MarkdownRenderer(glyphs: .unicode, styler: Styler(enabled: true), width: 60, labLabel: "try",
                                        diagram: { MermaidRenderer(glyphs: .unicode, width: 60).render($0) })
        _ = renderer.render(fuzzText(data, count))
        return 0
    }
}
