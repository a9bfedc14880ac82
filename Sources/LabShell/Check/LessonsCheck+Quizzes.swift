import Foundation
import LabText
import Lessons

extension LessonsCheck {
    /// Every quiz parses, passes `lint`, and has the same question ids in both languages.
    func checkQuizzes(lint: QuizLint, into outcome: inout Outcome) {
        var ids: [Language: [String: [String]]] = [:]
        for language in Language.allCases {
            let folder = self.folder + "/quizzes/" + language.rawValue
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                $0.hasSuffix(".gift")
            }.sorted()
            for name in names {
                outcome.quizzes += 1
                do {
                    let quiz = try QuizFile.loadKey(path: folder + "/" + name)
                    ids[language, default: [:]][name] = quiz.questions.map(\.id)
                    for finding in lint.check(quiz, file: folder + "/" + name) {
                        outcome.failures.append(Failure(file: finding.file, line: finding.line, message: finding.message))
                    }
                } catch {
                    outcome.failures.append(Failure(file: folder + "/" + name, error: error))
                }
            }
        }
        for (name, english) in (ids[.en] ?? [:]).sorted(by: { $0.key < $1.key }) where ids[.ko]?[name] != english {
            let differ = Set(english).symmetricDifference(ids[.ko]?[name] ?? []).sorted()
            outcome.failures.append(
                Failure(
                    file: folder + "/quizzes/ko/" + name, line: 0,
                    message: Localized(
                        en: "question ids differ from the English quiz: \(differ)",
                        ko: "문항 id가 영어 퀴즈와 다릅니다: \(differ)")))
        }
    }

    /// Both languages must have the same section numbers.
    static func compareSections(_ english: Course, _ korean: Course) -> [Failure] {
        let missingInKorean = english.sections.filter { korean.section($0.number) == nil }
        let missingInEnglish = korean.sections.filter { english.section($0.number) == nil }
        let noKorean = missingInKorean.map {
            Failure(
                file: $0.file, line: $0.line,
                message: Localized(
                    en: "section \($0.number) has no Korean counterpart", ko: "\($0.number)절에 대응하는 한국어 절이 없습니다"))
        }
        return noKorean
            + missingInEnglish.map {
                Failure(
                    file: $0.file, line: $0.line,
                    message: Localized(
                        en: "section \($0.number) has no English counterpart", ko: "\($0.number)절에 대응하는 영어 절이 없습니다"))
            }
    }
}
