import Foundation
import LabText
import Testing

@testable import Lessons

@Suite("Output files that cannot be written say why in both languages")
struct OutputFileErrorTests {
    @Test("an existing file is refused as existing, in English and Korean, without matching on its text")
    func existingFile() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/report.csv"
        try Data("kept".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: OutputFileError.self) { try OutputFile.checkWritable(path) }
        #expect(error?.isExisting == true)
        #expect(error?.text(.en) == "\(path): already exists; choose another name (or --force to replace it)")
        #expect(error?.text(.ko) == "\(path): 이미 있습니다. 다른 이름을 고르십시오 (바꾸려면 --force)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
    }

    @Test("a missing folder is not 'existing' and names the folder in Korean")
    func missingFolder() {
        let error = #expect(throws: OutputFileError.self) {
            try OutputFile.checkWritable("/nonexistent-scalelab/report.csv")
        }
        #expect(error?.isExisting == false)
        #expect(error?.text(.ko).contains("폴더 '/nonexistent-scalelab'가 없습니다") == true)
    }
}
