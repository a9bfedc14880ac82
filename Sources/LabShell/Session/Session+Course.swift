import Experiments
import LabText
import Lessons

extension Session {
    /// The course in the session's language, loaded once.
    package func course() throws(LabError) -> Course {
        try course(in: language)
    }

    /// The course in `language`, loaded once.
    package func course(in language: Language) throws(LabError) -> Course {
        if let loaded = courses[language] { return loaded }
        do {
            let loaded = try Course.load(folder: environment.lessonsPath + "/" + language.rawValue)
            courses[language] = loaded
            if language == self.language { sectionNumbers = loaded.sectionNumbers }
            return loaded
        } catch {
            throw LabError(converting: error, language: language)
        }
    }

    /// The section numbered `number`, or an error that suggests a close one.
    package func section(_ number: String) throws(LabError) -> LessonSection {
        let course = try course()
        guard let section = course.section(number) else {
            throw .usage(
                text(en: "no section '\(number)'", ko: "'\(number)' 절은 없습니다"),
                hint: Suggestion.hint(for: number, in: course.sectionNumbers, language: language)
                    ?? text(en: "type 'toc' to see the sections", ko: "'toc'로 절 목록을 보세요"))
        }
        return section
    }
}
