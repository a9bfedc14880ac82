/// How one terminal draws: its drawing characters, its styles and the columns to fit.
///
/// Every renderer takes one of these, so `set width`, `set color` and the locale's ASCII
/// fallback reach tables, charts, bands, diagrams and prose alike.
package struct RenderStyle: Sendable, Hashable {
    package var glyphs: Glyphs
    package var styler: Styler
    package var width: Int

    package init(glyphs: Glyphs, styler: Styler = Styler(enabled: false), width: Int = 80) {
        self.glyphs = glyphs
        self.styler = styler
        self.width = width
    }
}

/// A renderer drawn in a `RenderStyle`; its parts read through `glyphs`, `styler` and `width`.
package protocol StyledRenderer {
    var style: RenderStyle { get set }
}

extension StyledRenderer {
    package var glyphs: Glyphs {
        get { style.glyphs }
        set { style.glyphs = newValue }
    }
    package var styler: Styler {
        get { style.styler }
        set { style.styler = newValue }
    }
    package var width: Int {
        get { style.width }
        set { style.width = newValue }
    }
}
