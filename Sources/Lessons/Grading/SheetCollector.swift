import Foundation
import LabText

/// Finds the sheet files named on the command line: files as given, and the `*.json` regular files of folders and their subfolders.
enum SheetCollector {
    /// Sorted, de-duplicated sheet paths, and the folder entries skipped with the reason (in path order);
    /// throws the diagnostic of an input that does not exist, or when no sheet is found at all.
    static func paths(_ inputs: [String]) throws(SheetInputError) -> (paths: [String], skipped: [Gradebook.Rejection]) {
        var paths: Set<String> = []
        var skipped: [Gradebook.Rejection] = []
        for input in inputs {
            guard let type = fileType(input) else {
                let name = UntrustedText.oneLine(input)
                throw SheetInputError(
                    en: "\(name): no such file or folder; check the path",
                    ko: "\(name): 그런 파일이나 폴더가 없습니다. 경로를 확인하십시오")
            }
            if type == .typeDirectory {
                scan(input, into: &paths, skipped: &skipped, depth: 0)
            } else {
                paths.insert(input)
            }
        }
        guard !paths.isEmpty else {
            let named = inputs.map { UntrustedText.oneLine($0) }.joined(separator: ", ")
            throw SheetInputError(
                en: "\(named): no answer sheets (*.json) found; hand in the files 'scalelab quiz ... --out' writes",
                ko: "\(named): 답안지(*.json)가 없습니다. 'scalelab quiz ... --out'이 쓴 파일을 제출하십시오")
        }
        return (paths.sorted(), skipped.sorted { $0.path < $1.path })
    }

    /// The deepest subfolder read (an LMS "download all" nests one folder per learner).
    static let depthLimit = 8

    private static func scan(
        _ folder: String, into paths: inout Set<String>, skipped: inout [Gradebook.Rejection], depth: Int
    ) {
        for (name, entryType) in entries(in: folder).sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            // NB: as NSString's appendingPathComponent joins them, without bridging each name.
            let path = folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let type = entryType ?? fileType(path, following: false)
            if type == .typeDirectory, depth < depthLimit {
                scan(path, into: &paths, skipped: &skipped, depth: depth + 1)
            } else if let reason = skipReason(name: name, type: type) {
                skipped.append(.init(path: path, message: reason))
            } else {
                paths.insert(path)
            }
        }
    }

    /// The entries of `folder` but `.` and `..` (none when it cannot be read), read with `opendir`/`readdir`, each with
    /// its type as the folder gives it (nil when it does not, and `lstat` must tell).
    private static func entries(in folder: String) -> [(name: String, type: FileAttributeType?)] {
        // NB: FileManager's directory listing and attribute dictionaries were 0.05 M instructions a sheet (callgrind),
        // and an `lstat` of every entry a tenth of grading 10,000 sheets: `d_type` says what most file systems know.
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, type: FileAttributeType?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            switch Int(entry.pointee.d_type) {
            case DT_REG: entries.append((name, .typeRegular))
            case DT_DIR: entries.append((name, .typeDirectory))
            case DT_LNK: entries.append((name, .typeSymbolicLink))
            case DT_UNKNOWN: entries.append((name, nil))
            default: entries.append((name, .typeUnknown))
            }
        }
        return entries
    }

    private static func skipReason(name: String, type: FileAttributeType?) -> Localized? {
        switch type {
        case .typeRegular? where name.lowercased().hasSuffix(".json"): return nil
        case .typeRegular? where name.lowercased().contains(".json."):
            return Localized(
                en: "skipped: not named *.json (a download renamed it?); rename it to end in .json to grade it",
                ko: "건너뜀: 이름이 *.json이 아닙니다 (내려받을 때 바뀌었습니까?). 채점하려면 이름이 .json으로 끝나게 바꾸십시오")
        case .typeRegular?: return Localized(en: "skipped: not an answer sheet (*.json)", ko: "건너뜀: 답안지(*.json)가 아닙니다")
        case .typeSymbolicLink?:
            return Localized(
                en: "skipped: a symbolic link; a folder is read for regular files only, "
                    + "so a link cannot pull in a file from elsewhere (copy the sheet into the folder, or name it on the command line)",
                ko: "건너뜀: 심볼릭 링크입니다. 폴더에서는 일반 파일만 읽으므로 링크로 다른 곳의 파일을 끌어올 수 없습니다 "
                    + "(답안지를 폴더에 복사하거나 명령줄에 직접 적으십시오)")
        case .typeDirectory?:
            return Localized(
                en: "skipped: more than \(depthLimit) folders deep", ko: "건너뜀: 폴더가 \(depthLimit)단계보다 깊습니다")
        default: return Localized(en: "skipped: not a regular file", ko: "건너뜀: 일반 파일이 아닙니다")
        }
    }

    /// The type of what `path` names: with `stat` when `following` (a link that leads nowhere is a link), else `lstat`.
    private static func fileType(_ path: String, following: Bool = true) -> FileAttributeType? {
        var status = stat()
        guard (following && stat(path, &status) == 0) || lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .typeDirectory
        case S_IFREG: return .typeRegular
        case S_IFLNK: return .typeSymbolicLink
        default: return .typeUnknown
        }
    }
}

/// An input path that cannot be used at all (exit status 2).
struct SheetInputError: Error {
    var message: Localized

    init(en: String, ko: String) {
        message = Localized(en: en, ko: ko)
    }
}
