import Foundation
import FuzzSupport
import Terminal

/// One input: parsed, laid out and drawn as a Mermaid flowchart.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = MermaidRenderer(glyphs: .unicode, width: 60).render(fuzzText(data, count))
    return 0
}

@_cdecl("FuzzMermaid_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    return runFuzzer(argc, argv, testOneInput)
}
