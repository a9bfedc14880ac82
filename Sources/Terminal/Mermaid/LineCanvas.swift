/// A grid of terminal cells where text is placed and lines are drawn; crossing lines join.
struct LineCanvas {
    private struct Cell {
        var text: Character?
        /// Occupied by the right half of a wide character.
        var continuation = false
        var lines: UInt8 = 0
        var dotted = false
        var solid = false
        var bold = false
    }

    static let up: UInt8 = 1, down: UInt8 = 2, left: UInt8 = 4, right: UInt8 = 8
    private var cells: [[Cell]] = []
    let glyphs: Glyphs

    init(glyphs: Glyphs) { self.glyphs = glyphs }

    var width: Int { cells.map(\.count).max() ?? 0 }

    private mutating func touch(_ x: Int, _ y: Int) {
        while cells.count <= y { cells.append([]) }
        while cells[y].count <= x { cells[y].append(Cell()) }
    }

    /// Writes `text` from column `x` of row `y`; wide characters take two cells.
    mutating func put(_ text: String, x: Int, y: Int) {
        var column = x
        for character in text {
            let columns = DisplayWidth.of(String(character))
            guard columns > 0, column >= 0, y >= 0 else { continue }
            touch(column + columns - 1, y)
            cells[y][column] = Cell(text: character)
            if columns == 2 { cells[y][column + 1] = Cell(continuation: true) }
            column += columns
        }
    }

    /// A horizontal line from `x1` to `x2` (either order) on row `y`.
    mutating func horizontal(_ x1: Int, _ x2: Int, y: Int, dotted: Bool = false, bold: Bool = false) {
        let (low, high) = (min(x1, x2), max(x1, x2))
        guard low < high else { return }
        for x in low...high {
            add(
                x == low ? Self.right : x == high ? Self.left : Self.left | Self.right, x: x, y: y, dotted: dotted,
                bold: bold)
        }
    }

    /// A vertical line from `y1` to `y2` (either order) in column `x`.
    mutating func vertical(_ y1: Int, _ y2: Int, x: Int, dotted: Bool = false, bold: Bool = false) {
        let (low, high) = (min(y1, y2), max(y1, y2))
        guard low < high else { return }
        for y in low...high {
            add(
                y == low ? Self.down : y == high ? Self.up : Self.up | Self.down, x: x, y: y, dotted: dotted, bold: bold
            )
        }
    }

    private mutating func add(_ mask: UInt8, x: Int, y: Int, dotted: Bool, bold: Bool) {
        guard x >= 0, y >= 0 else { return }
        touch(x, y)
        guard cells[y][x].text == nil, !cells[y][x].continuation else { return }
        cells[y][x].lines |= mask
        if dotted { cells[y][x].dotted = true } else { cells[y][x].solid = true }
        cells[y][x].bold = cells[y][x].bold || bold
    }

    /// The drawing as lines, trailing spaces removed.
    func render() -> [String] {
        cells.map { row in
            var line = ""
            for cell in row where !cell.continuation {
                if let text = cell.text { line.append(text) } else { line.append(character(for: cell)) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private func character(for cell: Cell) -> Character {
        let mask = cell.lines
        guard mask != 0 else { return " " }
        let vertical = mask & (Self.up | Self.down) != 0
        let horizontal = mask & (Self.left | Self.right) != 0
        if cell.dotted && !cell.solid && !(vertical && horizontal) {
            return vertical ? glyphs.dottedVertical : glyphs.dottedHorizontal
        }
        guard glyphs.unicode else { return vertical && horizontal ? "+" : vertical ? "|" : "-" }
        let table: [UInt8: Character] =
            cell.bold
            ? [
                3: "┃", 12: "━", 10: "┏", 6: "┓", 9: "┗", 5: "┛", 11: "┣", 7: "┫", 14: "┳", 13: "┻", 15: "╋", 1: "┃",
                2: "┃", 4: "━", 8: "━"
            ]
            : [
                3: "│", 12: "─", 10: "┌", 6: "┐", 9: "└", 5: "┘", 11: "├", 7: "┤", 14: "┬", 13: "┴", 15: "┼", 1: "│",
                2: "│", 4: "─", 8: "─"
            ]
        return table[mask] ?? "+"
    }
}
