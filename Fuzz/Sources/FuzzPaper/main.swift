import Foundation
import FuzzSupport
import Lessons

/// One input: decoded as an exam paper and turned into a quiz.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    if let paper = try? QuizPaper.decode(Data(fuzzBytes(data, count)), file: "fuzz.json") { _ = try? paper.makeQuiz() }
    return 0
}

@_cdecl("FuzzPaper_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    return runFuzzer(argc, argv, testOneInput)
}
