import Foundation
import FuzzSupport
import ShellWords

@_cdecl("FuzzWords_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        _ = try? Words.split(fuzzText(data, count))
        return 0
    }
}
