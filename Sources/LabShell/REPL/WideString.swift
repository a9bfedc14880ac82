import CEditLine

/// Conversions between Swift strings and libedit's `wchar_t` (UTF-32 on Linux) buffers.
enum WideString {
    /// A zero-terminated `wchar_t` array holding `text`.
    static func make(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    /// The text of `count` characters at `pointer`, or up to its terminator when `count` is nil.
    static func read(_ pointer: UnsafePointer<wchar_t>, count: Int? = nil) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while count.map({ index < $0 }) ?? (pointer[index] != 0) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: pointer[index])) { scalars.append(scalar) }
            index += 1
        }
        return String(scalars)
    }

    /// Copies `text` into a heap buffer that lives until freed (for libedit pointers it keeps).
    static func allocate(_ text: String) -> UnsafeMutablePointer<wchar_t> {
        let wide = make(text)
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        buffer.initialize(from: wide, count: wide.count)
        return buffer
    }
}
