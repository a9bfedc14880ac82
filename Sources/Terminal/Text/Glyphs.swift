/// The characters drawings are made of: Unicode box drawing and blocks, or a plain-ASCII fallback.
package struct Glyphs: Sendable, Hashable {
    package let horizontal, vertical: Character
    package let topLeft, topRight, bottomLeft, bottomRight: Character
    package let teeDown, teeUp, teeRight, teeLeft, cross: Character
    /// Eighths of a cell for bars, from one eighth to a full block.
    package let eighths: [Character]
    package let ellipsis: String
    package let bullet: String
    package let dottedHorizontal, dottedVertical: Character
    package let arrowRight, arrowLeft, arrowUp, arrowDown: Character
    package let unicode: Bool

    package static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼",
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], ellipsis: "…", bullet: "•",
        dottedHorizontal: "┄", dottedVertical: "┆", arrowRight: "▶", arrowLeft: "◀", arrowUp: "▲", arrowDown: "▼",
        unicode: true)

    package static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+",
        eighths: ["#", "#", "#", "#", "#", "#", "#", "#"], ellipsis: "...", bullet: "*",
        dottedHorizontal: ".", dottedVertical: ":", arrowRight: ">", arrowLeft: "<", arrowUp: "^", arrowDown: "v",
        unicode: false)

    /// Unicode when the locale says UTF-8, else ASCII.
    package static func forLocale(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }

    /// A bar `fraction` (0...1) of `width` cells long, using eighths for the last cell.
    package func bar(fraction: Double, width: Int) -> String {
        let eighthsTotal = Int((min(max(fraction, 0), 1) * Double(width * 8)).rounded())
        var text = String(repeating: String(eighths[7]), count: eighthsTotal / 8)
        if eighthsTotal % 8 > 0 { text.append(unicode ? eighths[eighthsTotal % 8 - 1] : eighths[7]) }
        return text
    }
}
