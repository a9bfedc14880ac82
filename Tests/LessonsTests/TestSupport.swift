import Foundation
import GradingBenchmarks

@testable import Lessons

/// A fresh folder under the system's temporary directory, for one test.
func makeTemporaryDirectory(_ name: String = #function) -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "lessons-\(safe)-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Removes a folder made by `makeTemporaryDirectory`.
func removeTemporaryDirectory(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

/// A small key with one question of each kind.
let sampleKeyText = """
    $CATEGORY: $course$/top/Scaling

    ::intro:: [markdown] Answer **every** question.

    ::mc:: Which tier removes the SPOF? {=A second server#Yes ~%50%A bigger server#Half ~A cache#No ####See 1.2.}

    ::ma:: Which are stateless? {~%50%Web server ~%50%API server ~%-100%Database}

    ::tf:: A cache is a source of truth. {F#It only holds copies.#Right.}

    ::num:: Nines in 99.99%? {#4}

    ::sa:: The pattern that fails fast? {=circuit breaker =%50%breaker}

    ::essay:: Explain sharding. {}
    """

func sampleKey(file: String = "scaling.gift") -> Quiz {
    try! QuizFile.parseGIFT(Data(sampleKeyText.utf8), path: file)
}

/// A bench key of `questions` questions and `count` sheets generated for it (seed `seed`), written into `directory`;
/// returns the key and each sheet file's name and bytes, in name order.
func generatedSheets(count: Int, questions: Int, seed: UInt64, in directory: String) throws -> (
    key: Quiz, files: [(name: String, data: Data)]
) {
    let key = try QuizFile.parseGIFT(Data(GradingBenchmark.key(questions: questions).utf8), path: "bench.gift")
    _ = try SheetGenerator.write(count: count, key: key, directory: directory, seed: seed)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    return (key, try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0))) })
}

/// The files of `generatedSheets` that read as sheets, as submissions named by their file.
func submissions(_ files: [(name: String, data: Data)]) -> [Gradebook.Submission] {
    files.compactMap { file in
        (try? AnswerSheet.decoded(file.data)).map { Gradebook.Submission(path: file.name, sheet: $0) }
    }
}
