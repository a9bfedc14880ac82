import Experiments
import LabText

/// An error that knows how a learner should read it: its message, hint and exit status.
///
/// Conform an error type once; `LabError(_:language:)` is then the only conversion, used at the
/// one boundary (`Interpreter`), so commands rethrow errors as they are instead of wrapping them.
package protocol UserFacingError: Error {
    func labError(in language: Language) -> LabError
}

extension LabError {
    /// Any error as the learner sees it: a `LabError` as it is, a `UserFacingError` converted,
    /// anything else by its description (a failure, exit status 1).
    package init(converting error: any Error, language: Language) {
        switch error {
        case let error as LabError: self = error
        case let error as any UserFacingError: self = error.labError(in: language)
        default: self = LabError(String(describing: error))
        }
    }
}
