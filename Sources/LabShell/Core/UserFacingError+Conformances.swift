import Design
import Experiments
import LabText
import Lessons
import MiniCluster

extension ParameterError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(self, language: language) }
}

extension DesignError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(self, language: language) }
}

extension RunCancelled: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(language == .ko ? "중단했습니다" : "interrupted") }
}

extension CourseError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(description) }
}

extension QuizFileError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(description) }
}

extension AnswersFileError: UserFacingError {
    package func labError(in language: Language) -> LabError { .usage(description) }
}

extension OutputFileError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(description) }
}
