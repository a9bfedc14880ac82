import Foundation
import FuzzSupport
import Terminal

@_cdecl("FuzzMermaid_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        _ = MermaidRenderer(glyphs: .unicode, width: 60).render(fuzzText(data, count))
        return 0
    }
}
