/// Plain-ASCII spellings of the typographic characters scalelab writes, for a terminal whose
/// locale is not UTF-8 (`LANG=C`) or that says it is `dumb`.
///
///     ASCIIFallback.text("p99 ≈ 2× λ — ▶ §2.1")  // "p99 ~ 2x lambda -- > S2.1"
///
/// Any other non-ASCII character becomes `?`, and `??` when it takes two columns (Hangul, an emoji),
/// so every byte out is ASCII and a box drawn around it keeps its right edge.
package enum ASCIIFallback {
    static let spellings: [Unicode.Scalar: String] = [
        "—": "--", "–": "-", "−": "-", "×": "x", "÷": "/", "≈": "~", "≠": "!=", "≤": "<=", "≥": ">=",
        "±": "+/-", "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "∞": "inf", "√": "sqrt",
        "ρ": "rho", "λ": "lambda", "μ": "mu", "µ": "u", "σ": "sigma", "Σ": "sum", "α": "alpha", "β": "beta",
        "▶": ">", "◀": "<", "▲": "^", "▼": "v", "►": ">", "§": "S", "•": "*", "·": ".", "…": "...",
        "‘": "'", "’": "'", "“": "\"", "”": "\"", "«": "\"", "»": "\"", "°": " deg", "²": "^2", "³": "^3",
        "「": "\"", "」": "\"", "✓": "ok", "✔": "ok", "✗": "x", "✘": "x", "⚠": "!", "\u{00A0}": " ", "\u{200B}": "",
        "\u{FE0F}": ""
    ]

    /// `text` with every scalar outside ASCII spelled in ASCII.
    package static func text(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else {
                let unknown = String(repeating: "?", count: DisplayWidth.of(scalar))
                out.append(contentsOf: (spellings[scalar] ?? unknown).unicodeScalars)
            }
        }
        return String(out)
    }
}
