/// Cells of a plot: each holds 2×4 braille dots (Unicode) or one mark (ASCII), and the series that drew it.
struct PlotGrid {
    let columns: Int
    let rows: Int
    let braille: Bool
    private var dots: [UInt8]
    private var owner: [Int]
    /// Cells inside a band (an interval drawn as a shaded area), with the band's series.
    private var shaded: [Int]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = columns
        self.rows = rows
        self.braille = braille
        dots = [UInt8](repeating: 0, count: columns * rows)
        owner = [Int](repeating: -1, count: columns * rows)
        shaded = [Int](repeating: -1, count: columns * rows)
    }

    private var dotColumns: Int { braille ? columns * 2 : columns }
    private var dotRows: Int { braille ? rows * 4 : rows }

    /// A point's dot coordinates; y grows downwards.
    func scale(_ point: (x: Double, y: Double), xs: ClosedRange<Double>, ys: ClosedRange<Double>) -> (Int, Int) {
        let x = (point.x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * Double(dotColumns - 1)
        let y = (ys.upperBound - point.y) / (ys.upperBound - ys.lowerBound) * Double(dotRows - 1)
        return (Int(x.rounded()), Int(y.rounded()))
    }

    mutating func dot(_ point: (Int, Int), series: Int) {
        let (x, y) = point
        guard (0..<dotColumns).contains(x), (0..<dotRows).contains(y) else { return }
        let cell = braille ? (y / 4) * columns + x / 2 : y * columns + x
        dots[cell] |= braille ? Self.brailleBit(x: x % 2, y: y % 4) : 1
        owner[cell] = series
    }

    /// Draws the segment between two dots (Bresenham).
    mutating func line(from a: (Int, Int), to b: (Int, Int), series: Int) {
        var (x, y) = a
        let dx = abs(b.0 - x)
        let dy = -abs(b.1 - y)
        let sx = x < b.0 ? 1 : -1
        let sy = y < b.1 ? 1 : -1
        var error = dx + dy
        while true {
            dot((x, y), series: series)
            if x == b.0 && y == b.1 { return }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += sx
            }
            if doubled <= dx {
                error += dx
                y += sy
            }
        }
    }

    /// Shades the cells of the dot column `x` between the dot rows `top` and `bottom` for a band.
    mutating func shade(x: Int, top: Int, bottom: Int, series: Int) {
        guard (0..<dotColumns).contains(x) else { return }
        let column = braille ? x / 2 : x
        let height = braille ? 4 : 1
        let first = min(rows - 1, max(0, min(top, bottom) / height))
        let last = min(rows - 1, max(0, max(top, bottom) / height))
        for row in first...last { shaded[row * columns + column] = series }
    }

    /// One row of cells, each coloured after the series that drew it last; empty band cells are shaded.
    func row(_ row: Int, styler: Styler) -> String {
        (0..<columns).map { column -> String in
            let cell = row * columns + column
            guard dots[cell] != 0 else {
                guard shaded[cell] >= 0 else { return " " }
                return styler.color(
                    braille ? "░" : ":", LineChartRenderer.colors[shaded[cell] % LineChartRenderer.colors.count])
            }
            let series = owner[cell]
            let mark =
                braille
                ? String(Unicode.Scalar(0x2800 + UInt32(dots[cell]))!)
                : String(LineChartRenderer.marks[series % LineChartRenderer.marks.count])
            return styler.color(mark, LineChartRenderer.colors[series % LineChartRenderer.colors.count])
        }.joined()
    }

    static func brailleBit(x: Int, y: Int) -> UInt8 {
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
        let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        return x == 0 ? left[y] : right[y]
    }
}
