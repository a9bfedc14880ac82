import Foundation

/// Finds the sheet files named on the command line: files as given, and the `*.json` regular files of folders and their subfolders.
enum SheetCollector {
    /// Sorted, de-duplicated sheet paths, and the folder entries skipped with the reason (in path order);
    /// throws the diagnostic of an input that does not exist, or when no sheet is found at all.
    static func paths(_ inputs: [String]) throws(SheetInputError) -> (paths: [String], skipped: [Gradebook.Rejection]) {
        var paths: Set<String> = []
        var skipped: [Gradebook.Rejection] = []
        for input in inputs {
            guard let type = fileType(input) else {
                throw SheetInputError(
                    message: "\(UntrustedText.oneLine(input)): no such file or folder; check the path")
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
                message: "\(named): no answer sheets (*.json) found; hand in the files 'scalelab quiz ... --out' writes"
            )
        }
        return (paths.sorted(), skipped.sorted { $0.path < $1.path })
    }

    /// The deepest subfolder read (an LMS "download all" nests one folder per learner).
    static let depthLimit = 8

    private static func scan(
        _ folder: String, into paths: inout Set<String>, skipped: inout [Gradebook.Rejection], depth: Int
    ) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let type = fileType(path, following: false)
            if type == .typeDirectory, depth < depthLimit {
                scan(path, into: &paths, skipped: &skipped, depth: depth + 1)
            } else if let reason = skipReason(name: name, type: type) {
                skipped.append(.init(path: path, reason: reason))
            } else {
                paths.insert(path)
            }
        }
    }

    private static func skipReason(name: String, type: FileAttributeType?) -> String? {
        switch type {
        case .typeRegular? where name.lowercased().hasSuffix(".json"): return nil
        case .typeRegular? where name.lowercased().contains(".json."):
            return "skipped: not named *.json (a download renamed it?); rename it to end in .json to grade it"
        case .typeRegular?: return "skipped: not an answer sheet (*.json)"
        case .typeSymbolicLink?:
            return "skipped: a symbolic link; a folder is read for regular files only, "
                + "so a link cannot pull in a file from elsewhere (copy the sheet into the folder, or name it on the command line)"
        case .typeDirectory?: return "skipped: more than \(depthLimit) folders deep"
        default: return "skipped: not a regular file"
        }
    }

    private static func fileType(_ path: String, following: Bool = true) -> FileAttributeType? {
        let resolved = following ? (path as NSString).resolvingSymlinksInPath : path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        return attributes?[.type] as? FileAttributeType
    }
}

/// An input path that cannot be used at all (exit status 2).
struct SheetInputError: Error {
    var message: String
}
