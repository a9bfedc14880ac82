import Foundation

/// Finds the sheet files named on the command line: files as given, folders' `*.json` regular files.
enum SheetCollector {
    /// Sorted, de-duplicated sheet paths, and the folder entries skipped with the reason (in path order);
    /// throws the diagnostic of an input that does not exist.
    static func paths(_ inputs: [String]) throws(SheetInputError) -> (paths: [String], skipped: [Gradebook.Rejection]) {
        var paths: Set<String> = []
        var skipped: [Gradebook.Rejection] = []
        for input in inputs {
            guard let type = fileType(input) else {
                throw SheetInputError(message: "\(UntrustedText.oneLine(input)): no such file or folder; check the path")
            }
            if type == .typeDirectory {
                let found = folderSheets(input)
                paths.formUnion(found.paths)
                skipped += found.skipped
            } else {
                paths.insert(input)
            }
        }
        return (paths.sorted(), skipped.sorted { $0.path < $1.path })
    }

    private static func folderSheets(_ folder: String) -> (paths: [String], skipped: [Gradebook.Rejection]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var paths: [String] = []
        var skipped: [Gradebook.Rejection] = []
        for name in names where name.lowercased().hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            switch fileType(path, following: false) {
            case .typeRegular?: paths.append(path)
            case .typeSymbolicLink?:
                skipped.append(.init(path: path, reason: "skipped: a symbolic link; a folder is read for regular files only, "
                    + "so a link cannot pull in a file from elsewhere (copy the sheet into the folder, or name it on the command line)"))
            default:
                skipped.append(.init(path: path, reason: "skipped: not a regular file"))
            }
        }
        return (paths, skipped)
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
