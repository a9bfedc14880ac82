import Foundation
import FuzzSupport
import Lessons

/// One input: decoded as an answer sheet and checked against the key.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? AnswerSheet.validated(Data(fuzzBytes(data, count)), key: FuzzKey.quiz)
    return 0
}

@_cdecl("FuzzSheet_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // `FUZZ_SHEET_SEEDS=DIR` writes seed sheets for the key into DIR instead of fuzzing.
    if let folder = ProcessInfo.processInfo.environment["FUZZ_SHEET_SEEDS"] {
        do { _ = try SheetGenerator.write(count: 40, key: FuzzKey.quiz, directory: folder, seed: 1) } catch { return 1 }
        return 0
    }
    _ = FuzzKey.quiz
    return runFuzzer(argc, argv, testOneInput)
}
