import Foundation
import FuzzSupport
import Lessons

@_cdecl("FuzzGIFT_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        _ = GIFTParser.parse(fuzzText(data, count), file: "fuzz.gift")
        return 0
    }
}
