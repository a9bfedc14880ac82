import Design
import Experiments
import LabText
import Lessons
import MiniCluster
import Workshop

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
    package func labError(in language: Language) -> LabError { LabError(text(language)) }
}

extension GIFTErrors: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(text(language)) }
}

extension QuizFileError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(text(language)) }
}

extension AnswersFileError: UserFacingError {
    package func labError(in language: Language) -> LabError { .usage(text(language)) }
}

extension OutputFileError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(text(language)) }
}

extension WorkshopError: UserFacingError {
    package func labError(in language: Language) -> LabError { LabError(message.text(language)) }
}
