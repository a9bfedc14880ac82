import ArgumentParser
import LabText

/// `scalelab`'s own options (the words before a command); `ProcessEntry` parses and runs them.
package struct RootCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "scalelab",
        abstract: "An interactive lab for large-scale system design.",
        usage: """
            scalelab                       start the REPL (or read commands from a pipe)
              scalelab COMMAND [ARGS...]     run one command, e.g. scalelab run load rate=3200
              scalelab -f SCRIPT.lab [...]   run scripts of commands (-f - reads stdin)
            """,
        discussion: "Commands: " + CommandTable.all.map { $0.name }.joined(separator: ", ")
            + ".\nType 'scalelab help COMMAND' for one. Exit status: 0 ok, 1 a failed line or expect, 2 usage.",
        version: "scalelab 0.1.0")

    @Option(name: .long, help: "Language of the course: ko or en (default from LC_ALL/LANG).")
    var lang: Language?

    @Option(name: .long, help: "When to use colour: auto, always or never (NO_COLOR and TERM=dumb turn auto off).")
    var color: ColorChoice = .auto

    @Option(
        name: [.customShort("f"), .customLong("file")],
        help: "Run a script of commands; repeat to run several; - is stdin.")
    var scripts: [String] = []

    @Option(name: .long, help: "The random seed experiments start from (default 1).")
    var seed: UInt64?

    @Flag(name: .long, help: "Print each script line before its output.")
    var echo = false

    @Argument(parsing: .allUnrecognized, help: "A command and its words, run once.")
    var command: [String] = []

    package init() {}

    /// The launch these options ask for.
    var launch: Launch {
        var launch = Launch()
        launch.language = lang
        launch.color = color
        launch.scripts = scripts
        launch.echo = echo
        launch.seed = seed
        launch.command = command
        return launch
    }

    /// Not used: `ProcessEntry.run` runs the parsed options.
    package func run() throws { throw CleanExit.message("use ProcessEntry.run") }
}

/// `--lang ko|en`, in any case.
extension Language: ExpressibleByArgument {
    package init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
