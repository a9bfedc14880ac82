import Foundation
import FuzzSupport
import GradingBenchmarks
import Lessons

/// One input: decoded as an answer sheet and checked against the key; whatever the fast reader accepts,
/// JSONDecoder must read as the same sheet, and the sheet must grade alike straight from its bytes (a clean sheet)
/// and the general way: the same grades, seal verdict and warnings, or the same problem.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = Data(fuzzBytes(data, count))
    _ = try? AnswerSheet.validated(bytes, key: FuzzKey.quiz)
    if let fast = SheetReader.sheet(bytes) {
        let slow = try? AnswerSheet.foundationDecoded(bytes)
        precondition(
            fast == slow, "the fast sheet reader disagrees with JSONDecoder: \(fast) vs \(String(describing: slow))")
    }
    let (usual, general) = FuzzKey.grading.gradedBothWays(bytes)
    precondition(usual == general, "a clean sheet grades otherwise than the general way: \(usual) vs \(general)")
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
