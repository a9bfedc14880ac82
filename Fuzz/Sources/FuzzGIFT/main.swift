import Foundation
import FuzzSupport
import Lessons

/// One input: parsed as a GIFT quiz.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = GIFTParser.parse(fuzzText(data, count), file: "fuzz.gift")
    return 0
}

@_cdecl("FuzzGIFT_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    return runFuzzer(argc, argv, testOneInput)
}
