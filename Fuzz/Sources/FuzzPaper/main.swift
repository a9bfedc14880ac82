import Foundation
import FuzzSupport
import Lessons

@_cdecl("FuzzPaper_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        if let paper = try? QuizPaper.decode(Data(fuzzBytes(data, count)), file: "fuzz.json") { _ = try? paper.makeQuiz() }
        return 0
    }
}
