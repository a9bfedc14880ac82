import Foundation
import LabText

/// Moves a state file scalelab cannot read out of the way (`NAME.corrupt-N`) instead of overwriting it.
package enum SetAside {
    /// Renames `path` to the first free `path.corrupt-N`; returns the sentence that tells the learner.
    package static func move(_ path: String, reason: Localized) -> Localized {
        var number = 1
        while FileManager.default.fileExists(atPath: "\(path).corrupt-\(number)") { number += 1 }
        let corrupt = "\(path).corrupt-\(number)"
        guard rename(path, corrupt) == 0 else {
            return Localized(
                en:
                    "\(path): unreadable (\(reason.en)) and could not be set aside; move it away before it is saved again",
                ko: "\(path): 읽을 수 없고(\(reason.ko)) 옮겨 둘 수도 없습니다. 다시 저장되기 전에 다른 곳으로 옮기세요")
        }
        return Localized(
            en: "\(path): unreadable (\(reason.en)); kept as \(corrupt) and started afresh",
            ko: "\(path): 읽을 수 없어(\(reason.ko)) \(corrupt)(으)로 보관하고 새로 시작합니다")
    }
}
