import GradingBenchmarks
import Lessons
import Foundation
let args = CommandLine.arguments
if args[1] == "prep" {
    let r = try GradingBenchmark.prepare(in: args[2], sheets: Int(args[3])!, questions: 40)
    print(r)
} else {
    // time DIR [formats...] reps
    let dir = args[2]
    let reps = Int(args[3]) ?? 3
    let formats = args.count > 4 ? args[4...].map { ReportFormat(rawValue: $0)! } : ReportFormat.allCases
    for format in formats {
        var times: [Double] = []
        for _ in 0..<reps {
            var request = GradeRequest(keyPath: dir + "/bench.gift", inputs: [dir + "/sheets"], format: format, outPath: "/tmp/bp-\(format.rawValue)")
            request.force = true
            let clock = ContinuousClock()
            let e = clock.measure { _ = Grader.run(request) }
            times.append(Double(e.components.attoseconds) / 1e18 + Double(e.components.seconds))
        }
        print(format.rawValue, times.map { String(format: "%.3f", $0) }.joined(separator: " "))
    }
}
