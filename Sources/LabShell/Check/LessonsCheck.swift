import Experiments
import Foundation
import LabText
import Lessons

/// Runs every lab block and lesson script in both languages and collects what failed.
package struct LessonsCheck {
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
                outcome.failures.append(Failure(file: folder + "/" + language.rawValue, error: error))
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
            for (index, command) in block.commands.enumerated() {
                do {
                    try Interpreter.execute(command.text, in: session)
                } catch {
                    let lines = block.commands.prefix(index + 1).map(\.text)
                    let message = inBothLanguages(error, ran: language) { again in
                        do throws(LabError) { for line in lines { try Interpreter.execute(line, in: again) } } catch {
                            return error
                        }
                        return nil
                    }
                    outcome.failures.append(Failure(file: block.file, line: command.line, message: message))
                    break
                }
            }
            for waiting in session.predictions.takeAll() {
                outcome.failures.append(
                    Failure(
                        file: block.file, line: block.line,
                        message: Localized(
                            en: "predict \(waiting.request.metric): no run follows it in this lab block; "
                                + "put the predict line before a run",
                            ko: "predict \(waiting.request.metric): 이 실습 블록에서 뒤따르는 run이 없습니다. "
                                + "predict 줄을 run 앞에 두세요")))
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
                    let message = inBothLanguages(failure.error, ran: language) { again in
                        (try? ScriptSource.file(path)).flatMap {
                            ScriptRunner.firstFailure(of: $0, in: again, echo: false)
                        }?
                        .error
                    }
                    let tag = "[\(language.rawValue)] "
                    outcome.failures.append(
                        Failure(
                            file: path, line: failure.line,
                            message: Localized(en: tag + message.en, ko: tag + message.ko)))
                }
            } catch {
                outcome.failures.append(Failure(file: path, error: error))
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
                    message: Localized(
                        en: "echo has no Korean; add --ko \"...\" with the same sentence in Korean",
                        ko: "echo에 한국어가 없습니다. 같은 문장을 한국어로 --ko \"...\"에 덧붙이세요"))
            }
        }
    }

    /// `error`, raised in `language`, in both languages: `replay` runs the same lines in a fresh session of the
    /// other language, where they fail the same way (runs are deterministic).
    private func inBothLanguages(_ error: LabError, ran language: Language, replay: (Session) -> LabError?)
        -> Localized
    {
        let other: Language = language == .en ? .ko : .en
        let again = replay(freshSession(other))?.oneLine ?? error.oneLine
        return language == .en ? Localized(en: error.oneLine, ko: again) : Localized(en: again, ko: error.oneLine)
    }

    private func freshSession(_ language: Language) -> Session {
        Session(language: language, console: Console(sink: .capture), mode: .script, environment: environment)
    }
}
