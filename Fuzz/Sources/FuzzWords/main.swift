import Foundation
import FuzzSupport
import ShellWords

/// One input: split into words as a command line.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? Words.split(fuzzText(data, count))
    return 0
}

@_cdecl("FuzzWords_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    return runFuzzer(argc, argv, testOneInput)
}
