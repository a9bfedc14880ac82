import Design
import Experiments
import Foundation
import Lessons

/// Finds a design by what the learner typed: a file, a lesson diagram (by section such as `2.1` or
/// by name), or a built-in design in `lessons/designs/`.
enum DesignLocator {
    static func load(_ name: String, session: Session) throws(LabError) -> Design {
        if FileManager.default.fileExists(atPath: name) { return try parseFile(name, shown: name, session: session) }
        let builtIn = session.environment.lessonsPath + "/designs/" + name + ".mmd"
        if FileManager.default.fileExists(atPath: builtIn) {
            return try parseFile(builtIn, shown: "designs/\(name).mmd", session: session)
        }
        let diagrams = try session.course().diagrams
        let lowered = name.lowercased()
        guard
            let diagram = diagrams.first(where: { $0.name == lowered })
                ?? diagrams.first(where: { $0.section == lowered })
        else {
            let builtIn = builtInNames(session)  // a built-in design shadows the lesson diagram of its name
            let names = diagrams.map(\.name).filter { !builtIn.contains($0) } + builtIn
            throw .usage(
                session.text(
                    en: "no design '\(name)': not a file, a built-in design or a lesson diagram",
                    ko: "설계 '\(name)'이(가) 없습니다: 파일도, 내장 설계도, 수업 그림도 아닙니다"),
                hint: Suggestion.hint(for: name, in: names)
                    ?? session.text(en: "designs: ", ko: "설계: ") + names.joined(separator: ", "))
        }
        do throws(DesignError) {
            let file = session.text(
                en: "lesson \(diagram.section) (\(diagram.name))", ko: "\(diagram.section)절 그림 (\(diagram.name))")
            return try DesignParser.parse(diagram.source, file: file)
        } catch {
            throw LabError(error, language: session.language)
        }
    }

    /// Built-in design names (files in `lessons/designs/`), sorted.
    static func builtInNames(_ session: Session) -> [String] {
        let folder = session.environment.lessonsPath + "/designs"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".mmd") }.map { String($0.dropLast(4)) }.sorted()
    }

    private static func parseFile(_ path: String, shown: String, session: Session) throws(LabError) -> Design {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= DesignParser.maxBytes else {
            throw .usage(
                session.text(
                    en: "\(shown): \(size) bytes; a design may have at most \(DesignParser.maxBytes)",
                    ko: "\(shown): \(size)바이트입니다. 설계 파일은 최대 \(DesignParser.maxBytes)바이트입니다"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .usage(session.text(en: "cannot read \(shown)", ko: "\(shown)을(를) 읽을 수 없습니다"))
        }
        do throws(DesignError) {
            return try DesignParser.parse(bytes: [UInt8](data), file: shown)
        } catch {
            throw LabError(error, language: session.language)
        }
    }
}

extension DesignLocator {
    /// A challenge by file path or by name in `lessons/challenges/`.
    static func loadChallenge(_ name: String, session: Session) throws(LabError) -> Challenge {
        let builtIn = session.environment.lessonsPath + "/challenges/" + name + ".challenge"
        let path = FileManager.default.fileExists(atPath: name) ? name : builtIn
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1_000_000,
            let text = String(data: data, encoding: .utf8)
        else {
            let folder = session.environment.lessonsPath + "/challenges"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".challenge") }.map { String($0.dropLast(10)) }.sorted()
            throw .usage(
                session.text(
                    en: "no challenge '\(name)' (or it is not a UTF-8 text under 1 MB)",
                    ko: "도전 과제 '\(name)'이(가) 없습니다 (또는 1MB 미만의 UTF-8 텍스트가 아닙니다)"),
                hint: Suggestion.hint(for: name, in: names)
                    ?? session.text(en: "challenges: ", ko: "도전 과제: ") + names.joined(separator: ", "))
        }
        do throws(DesignError) {
            var challenge = try Challenge.parse(text, file: path == builtIn ? "challenges/\(name).challenge" : name)
            challenge.sha256 = SHA256.hex(of: data)
            return challenge
        } catch {
            throw LabError(error, language: session.language)
        }
    }
}
