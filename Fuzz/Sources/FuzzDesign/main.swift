import Design
import Foundation
import FuzzSupport

/// One input: parsed as a design file (a Mermaid flowchart with `%% sim` lines).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    _ = try? DesignParser.parse(bytes: bytes, file: "fuzz.mmd")
    return 0
}

@_cdecl("FuzzDesign_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    return runFuzzer(argc, argv, testOneInput)
}
