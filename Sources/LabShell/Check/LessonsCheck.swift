import Experiments
import Foundation
import LabText
import Lessons

/// Runs every lab block and lesson script in both languages and collects what failed.
package struct LessonsCheck {
    /// One thing that did not hold, as `file:line: message`.
    package struct Failure: Equatable, Sendable, CustomStringConvertible {
        package let file: String
        package let line: Int
        package let message: String
        package var description: String { "\(file):\(line): \(message)" }
    }

    /// What was checked and what failed.
    package struct Outcome: Sendable {
        package var labBlocks = 0
        package var scripts = 0
        package var quizzes = 0
        package var failures: [Failure] = []
    }

    package let folder: String
    package let environment: ShellEnvironment

    package init(folder: String, environment: ShellEnvironment) {
        self.folder = folder
        self.environment = environment
    }

    /// Checks everything under `folder`.
    package func run() -> Outcome {
        var outcome = Outcome()
        var courses: [Language: Course] = [:]
        for language in Language.allCases {
            do {
                let course = try Course.load(folder: folder + "/" + language.rawValue)
                courses[language] = course
                checkLabBlocks(of: course, in: language, into: &outcome)
            } catch {
                outcome.failures.append(
                    Failure(file: folder + "/" + language.rawValue, line: 0, message: error.description))
            }
            checkScripts(in: language, into: &outcome)
        }
        outcome.failures += untranslatedNarration()
        if let english = courses[.en], let korean = courses[.ko] {
            outcome.failures += Self.compareSections(english, korean)
        }
        checkQuizzes(
            lint: QuizLint(
                sections: Set(courses.values.flatMap(\.sectionNumbers)),
                experiments: Set(ExperimentCatalog.all.map(\.id))), into: &outcome)
        return outcome
    }

    private func checkLabBlocks(of course: Course, in language: Language, into outcome: inout Outcome) {
        for block in course.chapters.flatMap(\.labBlocks) {
            outcome.labBlocks += 1
            let session = freshSession(language)
            for command in block.commands {
                do {
                    try Interpreter.execute(command.text, in: session)
                } catch {
                    outcome.failures.append(Failure(file: block.file, line: command.line, message: error.oneLine))
                    break
                }
            }
            for waiting in session.predictions.takeAll() {
                outcome.failures.append(
                    Failure(
                        file: block.file, line: block.line,
                        message:
                            "predict \(waiting.request.metric): no run follows it in this lab block; put the predict line before a run"
                    ))
            }
        }
    }

    private func checkScripts(in language: Language, into outcome: inout Outcome) {
        let scripts = folder + "/scripts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: scripts)) ?? []).filter {
            $0.hasSuffix(".lab")
        }.sorted()
        for name in names {
            outcome.scripts += 1
            let session = freshSession(language)
            let path = scripts + "/" + name
            do {
                if let failure = ScriptRunner.firstFailure(of: try ScriptSource.file(path), in: session, echo: false) {
                    outcome.failures.append(
                        Failure(
                            file: path, line: failure.line,
                            message: "[\(language.rawValue)] " + failure.error.oneLine))
                }
            } catch {
                outcome.failures.append(Failure(file: path, line: 0, message: error.oneLine))
            }
        }
    }

    /// Every `echo` in a lesson script gives its Korean with `--ko`, so `--lang ko` narrates in Korean.
    private func untranslatedNarration() -> [Failure] {
        let scripts = folder + "/scripts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: scripts)) ?? []).filter {
            $0.hasSuffix(".lab")
        }.sorted()
        return names.flatMap { name -> [Failure] in
            let path = scripts + "/" + name
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return ScriptSource.splitLines(text).enumerated().compactMap { index, line in
                guard let words = try? Words.split(line), words.first == "echo", !words.contains("--ko") else {
                    return nil
                }
                return Failure(
                    file: path, line: index + 1,
                    message: "echo has no Korean; add --ko \"...\" with the same sentence in Korean")
            }
        }
    }

    /// Every quiz parses, passes `lint`, and has the same question ids in both languages.
    private func checkQuizzes(lint: QuizLint, into outcome: inout Outcome) {
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
                        outcome.failures.append(
                            Failure(file: finding.file, line: finding.line, message: finding.message))
                    }
                } catch {
                    outcome.failures.append(Failure(file: folder + "/" + name, line: 0, message: "\(error)"))
                }
            }
        }
        for (name, english) in (ids[.en] ?? [:]).sorted(by: { $0.key < $1.key }) where ids[.ko]?[name] != english {
            outcome.failures.append(
                Failure(
                    file: folder + "/quizzes/ko/" + name, line: 0,
                    message:
                        "question ids differ from the English quiz: \(Set(english).symmetricDifference(ids[.ko]?[name] ?? []).sorted())"
                ))
        }
    }

    /// Both languages must have the same section numbers.
    static func compareSections(_ english: Course, _ korean: Course) -> [Failure] {
        let missingInKorean = english.sections.filter { korean.section($0.number) == nil }
        let missingInEnglish = korean.sections.filter { english.section($0.number) == nil }
        return missingInKorean.map {
            Failure(file: $0.file, line: $0.line, message: "section \($0.number) has no Korean counterpart")
        }
            + missingInEnglish.map {
                Failure(file: $0.file, line: $0.line, message: "section \($0.number) has no English counterpart")
            }
    }

    private func freshSession(_ language: Language) -> Session {
        Session(language: language, console: Console(sink: .capture), mode: .script, environment: environment)
    }
}
