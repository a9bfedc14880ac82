import ArgumentParser
import Experiments
import Foundation
import Lessons

/// `quiz [SECTION|FILE]`: questions one at a time with explanations; also answer sheets and papers.
struct QuizCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz: quiz 2, quiz FILE.gift --learner NAME --out SHEET.json, quiz paper KEY.gift --out PAPER.json.")
    static let summary = Localized(en: "Take a section's quiz (quiz 2), answer a file or paper, or make a paper",
                                   ko: "절 퀴즈 풀기 (quiz 2), 파일·시험지 답하기, 시험지 만들기")
    static let completion = ArgumentCompletion.sections

    @Argument(help: "A section number, a quiz file (.gift) or paper (.json), or 'paper KEY.gift'.") var target: [String] = []
    @Option(help: "The learner's name, written into the answer sheet.") var learner: String?
    @Option(help: "Where to write the answer sheet (or the paper); never replaced without --force.") var out: String?
    @Option(help: "Answer from a file of 'id: answer' lines instead of a terminal.") var answers: String?
    @Flag(help: "Replace an existing --out file.") var force = false

    mutating func run(in session: Session) throws {
        if target.first == "paper" { return try makePaper(in: session) }
        guard target.count <= 1 else { throw LabError.usage("quiz: give one section or file", hint: "e.g. 'quiz 2'") }
        let quiz = try QuizLocator.load(target.first, in: session)
        if out != nil, (learner ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw LabError.usage("quiz: --out needs --learner NAME", hint: "the sheet records who answered")
        }
        if let answers { return try answerFromFile(answers, quiz: quiz, in: session) }
        var runner = QuizRunner(session: session, quiz: QuizSession(quiz: quiz))
        guard try runner.run() else { return }
        if !quiz.isPaper { session.progress.recordQuiz(runner.quiz, day: session.today); session.saveProgress() }
        if let out, let learner { try writeSheet(runner.quiz.sheet(learner: learner, submittedAt: Date()), to: out, in: session) }
    }

    private func makePaper(in session: Session) throws {
        guard target.count == 2, let out else {
            throw LabError.usage("quiz paper: give the key and --out", hint: "quiz paper KEY.gift --out PAPER.json")
        }
        do { try QuizPaper.make(keyPath: target[1], outPath: out, seed: learner, force: force) } catch {
            throw LabError("\(error)")
        }
        session.console.print(session.text(en: "paper written to \(out) (questions and choices, no answers)",
                                           ko: "시험지를 \(out)에 저장했습니다 (문제와 보기만, 정답 없음)"))
    }

    private func answerFromFile(_ path: String, quiz: Quiz, in session: Session) throws {
        guard let learner, let out else {
            throw LabError.usage("quiz --answers needs --learner NAME and --out SHEET.json")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LabError.usage("\(path): cannot read the answers file", hint: "one 'id: answer' per line, UTF-8")
        }
        let responses: [String: Response]
        do { responses = try AnswersFile.parse(text, file: path, quiz: quiz) } catch { throw LabError("\(error)") }
        try writeSheet(AnswerSheet(quiz: quiz, learner: learner, submittedAt: Date(), answers: responses), to: out, in: session)
    }

    private func writeSheet(_ sheet: AnswerSheet, to path: String, in session: Session) throws {
        do { try sheet.write(to: path, force: force) } catch { throw LabError("\(error)", hint: "use --force to replace it") }
        session.console.print(session.text(en: "answer sheet written to \(path) (\(sheet.answers.count) answers)",
                                           ko: "답안지를 \(path)에 저장했습니다 (답 \(sheet.answers.count)개)"))
    }
}
