/// JSON written straight into bytes as `JSONEncoder` writes it with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes`: two-space indents, `"key" : value`, an empty array as `[`, a blank line and `]`.
///
/// The caller gives each object's keys in byte order, as `.sortedKeys` puts them. The JSON report writes its many
/// sheet entries with it; `GradingJSONTests` checks them against the encoder.
struct PrettyJSONWriter {
    // NB: the entries' keys are known, so they are written in order as they come instead of building a tree of values,
    // sorting each object's keys and freeing the tree: the JSON report of 1,000 bench sheets took 1.81 G instructions
    // that way, 0.78 G this way (callgrind).
    private(set) var bytes: [UInt8] = []
    /// False once a string holds a character `InertJSON.inert` would escape (or might: see `string(_:)`).
    private(set) var isInert = true
    private var depth: Int
    private var isFirstMember = true

    /// A writer whose first line is unindented and whose others are `depth` levels in.
    init(depth: Int) {
        self.depth = depth
        bytes.reserveCapacity(8192)
    }

    /// An object whose members `members` writes, each with `key(_:)` and then its value.
    mutating func object(_ members: (inout PrettyJSONWriter) -> Void) {
        open(0x7B)
        members(&self)
        close(0x7D)
    }

    /// An array of `items`, each written by `write`.
    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout PrettyJSONWriter, Items.Element) -> Void) {
        open(0x5B)
        for item in items {
            startMember()
            write(&self, item)
        }
        close(0x5D)
    }

    /// Starts the object member `key` (a key that needs no escape); its value comes next.
    mutating func key(_ key: StaticString) {
        startMember()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x20)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    /// A string; one that is not plain printable ASCII is checked for what would make the text not inert (a control
    /// character, which JSON escapes anyway, counts too: that only costs a needless `InertJSON.inert`).
    mutating func string(_ text: String) {
        // NB: checking each entry's whole text afterwards was 7% of writing the JSON report (callgrind).
        let isPlain = JSONQuoting.append(text, escapingSlash: false, to: &bytes)
        if !isPlain, isInert { isInert = UntrustedText.isInert(text) }
    }

    /// A value whose bytes `write` appends as they are: JSON written at this depth, inert already.
    mutating func verbatim(_ write: (inout [UInt8]) -> Void) {
        write(&bytes)
        isFirstMember = false
    }

    mutating func number(_ value: Double) {
        JSONQuoting.append(value, to: &bytes)
    }

    mutating func bool(_ flag: Bool) {
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(0x0A)
        depth += 1
        isFirstMember = true
    }

    private mutating func startMember() {
        if !isFirstMember {
            bytes.append(0x2C)
            bytes.append(0x0A)
        }
        isFirstMember = false
        indent()
    }

    private mutating func indent() {
        // NB: array literals and `repeatElement` here allocated or went generic: `key(_:)` was 8% of the JSON report.
        for _ in 0..<2 * depth { bytes.append(0x20) }
    }

    /// Ends the innermost container, itself a member of its parent (so the parent has a member now).
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(0x0A)
        indent()
        bytes.append(bracket)
        isFirstMember = false
    }
}
