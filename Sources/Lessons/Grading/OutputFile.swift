import Foundation
import LabText

/// Writes output files atomically (temporary file, then link or rename), never replacing one by accident.
package enum OutputFile {
    /// Writes `data` to `path`; an existing file is an error unless `replacing` is true.
    package static func write(_ data: Data, to path: String, replacing: Bool = false) throws {
        let temporary = try writeTemporary(data, near: path)
        defer { unlink(temporary) }
        try place(temporary, at: path, replacing: replacing)
    }

    /// Links (or, when `replacing`, renames) the finished file `temporary` to `path`, atomically.
    static func place(_ temporary: String, at path: String, replacing: Bool) throws(OutputFileError) {
        let status = replacing ? rename(temporary, path) : link(temporary, path)
        guard status == 0 else {
            let code = errno
            if code == EEXIST {
                throw OutputFileError(
                    path: path,
                    reason: L(
                        en: "already exists; choose another name (or --force to replace it)",
                        ko: "이미 있습니다. 다른 이름을 고르십시오 (바꾸려면 --force)"), isExisting: true)
            }
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "cannot be written (\(String(cString: strerror(code))))",
                    ko: "쓸 수 없습니다 (\(String(cString: strerror(code))))"))
        }
    }

    /// A hidden, unused name in the folder of `path` for a file written before it is put in place.
    static func temporaryPath(near path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(name)
    }

    /// Throws when `path` could not be written later: taken (unless `replacing`), in a missing folder or a read-only one.
    ///
    /// Called before any work, so a learner or an instructor learns it before answering or grading.
    package static func checkWritable(_ path: String, replacing: Bool = false) throws(OutputFileError) {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "the folder '\(folder)' does not exist; create it or choose another path",
                    ko: "폴더 '\(folder)'가 없습니다. 폴더를 만들거나 다른 경로를 고르십시오"))
        }
        guard access(folder, W_OK) == 0 else {
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "the folder '\(folder)' is read-only; choose a folder you can write to",
                    ko: "폴더 '\(folder)'는 읽기 전용입니다. 쓸 수 있는 폴더를 고르십시오"))
        }
        if !replacing,
            FileManager.default.fileExists(atPath: path)
                || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        {
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "already exists; choose another name (or --force to replace it)",
                    ko: "이미 있습니다. 다른 이름을 고르십시오 (바꾸려면 --force)"), isExisting: true)
        }
    }

    /// Writes `data` to `path`, or to `stem-2.ext`, `stem-3.ext`, ... when taken; returns the path written.
    package static func writeNumbered(_ data: Data, directory: String, stem: String, ext: String) throws -> String {
        var number = 1
        while true {
            let name = number == 1 ? "\(stem).\(ext)" : "\(stem)-\(number).\(ext)"
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                try write(data, to: path)
                return path
            } catch let error as OutputFileError where error.isExisting && number < 10_000 {
                number += 1
            }
        }
    }

    private static func writeTemporary(_ data: Data, near path: String) throws -> String {
        let temporary = temporaryPath(near: path)
        do {
            try data.write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
        } catch {
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "cannot be written (\(error.localizedDescription)); check the folder exists",
                    ko: "쓸 수 없습니다 (\(error.localizedDescription)). 폴더가 있는지 확인하십시오"))
        }
        return temporary
    }
}

/// An output file that could not be written.
package struct OutputFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var path: String
    package var reason: Localized
    /// True when the file was not written because it already exists.
    package var isExisting: Bool

    package init(path: String, reason: Localized, isExisting: Bool = false) {
        self.path = path
        self.reason = reason
        self.isExisting = isExisting
    }

    package var description: String { text(.en) }

    /// `PATH: reason` in `language`.
    package func text(_ language: Language) -> String { "\(path): \(reason.text(language))" }
}

private typealias L = Localized
