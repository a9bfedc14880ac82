import ArgumentParser
import Experiments
import Foundation
import LabText
import Lessons

/// `quiz [SECTION|FILE]`: questions one at a time with explanations; also answer sheets and papers.
struct QuizCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract:
            "Take a quiz: quiz 2, quiz FILE.gift --learner NAME --out SHEET.json, quiz paper KEY.gift --out PAPER.json."
    )
    static let summary = Localized(
        en: "Take a section's quiz (quiz 2), answer a file or paper, or make a paper",
        ko: "절 퀴즈 풀기 (quiz 2), 파일·시험지 답하기, 시험지 만들기")
    static let completion = ArgumentCompletion.sections

    @Argument(help: "A section number, a quiz file (.gift) or paper (.json), or 'paper KEY.gift'.") var target:
        [String] = []
    @Option(help: "The learner's name, written into the answer sheet; it also fixes the order of the choices.")
    var learner: String?
    @Option(help: "The learner's course id (a student number), written into the answer sheet for the gradebook.")
    var learnerId: String?
    @Option(help: "The learner's e-mail address, written into the answer sheet for the gradebook.") var email: String?
    @Option(help: "Where to write the answer sheet (or the paper); never replaced without --force.") var out: String?
    @Option(help: "Answer from a file of 'id: answer' lines instead of a terminal ('-' reads standard input).")
    var answers: String?
    @Flag(help: "Replace an existing --out file.") var force = false
    @Option(help: "Take the quiz on a workshop server at this address (with --code and --learner).") var join: String?
    @Option(help: "The workshop's join code (with --join).") var code: String?
    @Option(
        name: .customLong("session"),
        help: "With --join: the resume key of an earlier join, to go on where you stopped.")
    var resumeKey: String?
    @Flag(help: "With --join: clear your answers on the server first (practice mode).") var reset = false

    mutating func run(in session: Session) throws {
        if target.first == "paper" { return try makePaper(in: session) }
        if let join { return try joinWorkshop(join, in: session) }
        guard target.count <= 1 else {
            throw LabError.usage(
                session.text(en: "quiz: give one section or file", ko: "quiz: 절이나 파일을 하나만 주세요"),
                hint: session.text(en: "e.g. 'quiz 2'", ko: "예: 'quiz 2'"))
        }
        let quiz = try QuizLocator.load(target.first, in: session)
        let name = learner.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        if name == nil, out != nil || quiz.isPaper || answers != nil {
            throw LabError.usage(
                session.text(en: "quiz: this needs --learner NAME", ko: "quiz: --learner 이름이 필요합니다"),
                hint: session.text(en: "the answer sheet records who answered", ko: "답안지에 누가 답했는지 적습니다"))
        }
        let sheetPath = try SheetTarget.path(out, quiz: quiz, learner: name, force: force, in: session)
        if let answers, let name, let sheetPath {
            return try answerFromFile(answers, quiz: quiz, learner: name, to: sheetPath, in: session)
        }
        let who = name ?? QuizLocator.defaultLearner(in: session)
        let draft = QuizDraft(quiz: quiz, learner: who, statePath: session.environment.statePath)
        var runner = QuizRunner(session: session, quiz: QuizSession(quiz: quiz, order: ChoiceOrder(seed: who)))
        if let kept = draft.load(for: quiz) {
            runner.quiz.resume(kept)
            session.printWrapped(
                session.text(
                    en: "resuming: \(kept.count) answer(s) kept from last time",
                    ko: "이어서 풉니다: 지난번 답 \(kept.count)개를 가져왔습니다"))
        }
        guard try runner.run() == .finished else { return keep(runner.quiz, learner: who, in: draft, session: session) }
        if !quiz.isPaper {
            session.progress.recordQuiz(runner.quiz, day: session.today)
            session.saveProgress()
        }
        if let sheetPath, let name {
            try writeSheet(runner.quiz.sheet(learner: name, submittedAt: Date()), to: sheetPath, in: session)
        }
        draft.remove()
    }

    private func joinWorkshop(_ address: String, in session: Session) throws {
        guard let code, let learner, target.count <= 1 else {
            throw LabError.usage(
                "quiz --join: give --code CODE and --learner NAME",
                hint: "quiz --join http://192.168.0.5:8765 --code K7QMXD --learner Mina")
        }
        try JoinedQuiz(
            address: address, code: code, learner: learner, quizID: target.first, resumeKey: resumeKey, reset: reset
        ).run(in: session)
    }

    private func makePaper(in session: Session) throws {
        guard target.count == 2, let out else {
            throw LabError.usage(
                session.text(en: "quiz paper: give the key and --out", ko: "quiz paper: 정답 파일과 --out을 주세요"),
                hint: "quiz paper KEY.gift --out PAPER.json")
        }
        try QuizPaper.make(keyPath: target[1], outPath: out, seed: learner, force: force)
        session.printWrapped(
            session.text(
                en: "paper written to \(UntrustedText.oneLine(out)) (questions and choices, no answers)",
                ko: "시험지를 \(UntrustedText.oneLine(out))에 저장했습니다 (문제와 보기만, 정답 없음)"))
    }

    private func answerFromFile(_ path: String, quiz: Quiz, learner: String, to out: String, in session: Session) throws
    {
        let data =
            path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data, let text = String(data: data, encoding: .utf8) else {
            throw LabError.usage(
                "\(UntrustedText.oneLine(path)): cannot read the answers file", hint: "one 'id: answer' per line, UTF-8"
            )
        }
        let responses = try AnswersFile.parse(text, file: path == "-" ? "<stdin>" : path, quiz: quiz)
        let missing = quiz.answerable.map(\.id).filter { responses[$0] == nil }
        if !missing.isEmpty {
            session.printWrapped(
                session.text(
                    en: "left out (no answer): \(missing.joined(separator: ", "))",
                    ko: "답하지 않은 문항: \(missing.joined(separator: ", "))"))
        }
        try writeSheet(
            AnswerSheet(quiz: quiz, learner: learner, submittedAt: Date(), answers: responses), to: out, in: session)
    }

    private func writeSheet(_ answered: AnswerSheet, to path: String, in session: Session) throws {
        var sheet = answered
        sheet.learnerID = learnerId.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        sheet.email = email.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        sheet.seal = sheet.computedSeal
        // NB: the error already says "(or --force to replace it)"; a hint would say it twice.
        try sheet.write(to: path, force: force)
        let shown = UntrustedText.oneLine(path)
        session.printWrapped(
            session.text(
                en: "submitted: answer sheet written to \(shown) (\(sheet.answers.count) answers)",
                ko: "제출했습니다: 답안지를 \(shown)에 저장했습니다 (답 \(sheet.answers.count)개)"))
    }

    /// Keeps the answers of a stopped quiz as a draft that the next `quiz` resumes.
    private func keep(_ quiz: QuizSession, learner: String, in draft: QuizDraft, session: Session) {
        let sheet = quiz.sheet(learner: learner, submittedAt: Date())
        guard !sheet.answers.isEmpty else {
            session.printWrapped(
                session.text(
                    en:
                        "quiz stopped; there was no answer to keep (answers come one per line from a terminal or a pipe, or from --answers FILE)",
                    ko: "퀴즈를 멈췄습니다. 남길 답이 없습니다 (답은 터미널이나 파이프에서 한 줄에 하나씩, 또는 --answers FILE로 줍니다)"))
            return
        }
        let again = (["quiz"] + target).joined(separator: " ")
        do {
            try draft.save(sheet)
            session.printWrapped(
                session.text(
                    en:
                        "quiz stopped; your \(sheet.answers.count) answer(s) are kept as a draft: '\(again)' picks up where you stopped",
                    ko: "퀴즈를 멈췄습니다. 답 \(sheet.answers.count)개를 임시 저장했습니다: '\(again)'로 이어서 풉니다"))
        } catch {
            session.console.printError(
                session.text(
                    en: "quiz stopped; the draft could not be saved (\(error)); your answers were:",
                    ko: "퀴즈를 멈췄지만 임시 저장하지 못했습니다 (\(error)). 입력한 답:"))
            session.console.printError(String(decoding: sheet.encoded(), as: UTF8.self))
        }
    }
}
