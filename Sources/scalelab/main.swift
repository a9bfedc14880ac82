import Foundation
import LabShell

exit(ProcessEntry.run(Array(CommandLine.arguments.dropFirst()), io: .process()))
