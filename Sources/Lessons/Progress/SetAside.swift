import Foundation

/// Moves a state file scalelab cannot read out of the way (`NAME.corrupt-N`) instead of overwriting it.
package enum SetAside {
    /// Renames `path` to the first free `path.corrupt-N`; returns the sentence that tells the learner.
    package static func move(_ path: String, reason: String) -> String {
        var number = 1
        while FileManager.default.fileExists(atPath: "\(path).corrupt-\(number)") { number += 1 }
        let corrupt = "\(path).corrupt-\(number)"
        guard rename(path, corrupt) == 0 else {
            return "\(path): unreadable (\(reason)) and could not be set aside; move it away before it is saved again"
        }
        return "\(path): unreadable (\(reason)); kept as \(corrupt) and started afresh"
    }
}
