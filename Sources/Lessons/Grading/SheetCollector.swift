import Foundation

/// Finds the sheet files named on the command line: files as given, folders' `*.json` regular files.
enum SheetCollector {
    /// Sorted, de-duplicated sheet paths; throws the diagnostic of an input that does not exist.
    static func paths(_ inputs: [String]) throws(SheetInputError) -> [String] {
        var paths: Set<String> = []
        for input in inputs {
            guard let type = fileType(input) else {
                throw SheetInputError(message: "\(UntrustedText.oneLine(input)): no such file or folder")
            }
            if type == .typeDirectory {
                paths.formUnion(folderSheets(input))
            } else {
                paths.insert(input)
            }
        }
        return paths.sorted()
    }

    private static func folderSheets(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { (folder as NSString).appendingPathComponent($0) }
            .filter { fileType($0, following: false) == .typeRegular }
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
