import ArgumentParser
import Lessons

/// `--format csv|json|junit|markdown`: the parser checks the value and lists the choices in help.
extension ReportFormat: ExpressibleByArgument {
    package init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
