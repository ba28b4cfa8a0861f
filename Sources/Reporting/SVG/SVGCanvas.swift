import Utilities

/// Builds an SVG document element by element, with every number and text written the same way each run.
struct SVGCanvas {
    let width: Double
    let height: Double
    private var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A number with at most one decimal, as SVG coordinates are written.
    static func number(_ value: Double) -> String {
        let text = Minutes.fixed(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(XMLText.escape($0.1))\"" }.joined()
    }

    mutating func raw(_ element: String) { elements.append(element) }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)] = [],
        tooltip: String? = nil
    ) {
        let attrs = Self.attributes(
            [
                ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(width)),
                ("height", Self.number(height)), ("fill", fill),
            ] + extra)
        if let tooltip {
            elements.append("<rect\(attrs)><title>\(XMLText.escape(tooltip))</title></rect>")
        } else {
            elements.append("<rect\(attrs)/>")
        }
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) {
        var pairs = [
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)),
        ]
        if let dash { pairs.append(("stroke-dasharray", dash)) }
        elements.append("<line\(Self.attributes(pairs))/>")
    }

    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", weight: String? = nil,
        fill: String = "#222", halo: Bool = false
    ) {
        var pairs = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)), ("text-anchor", anchor),
            ("fill", fill),
        ]
        if let weight { pairs.append(("font-weight", weight)) }
        if halo { pairs += [("stroke", "#ffffff"), ("stroke-width", "4"), ("paint-order", "stroke")] }
        elements.append("<text\(Self.attributes(pairs))>\(XMLText.escape(content))</text>")
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, tooltip: String? = nil) {
        let attrs = Self.attributes([
            ("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("fill", fill),
        ])
        if let tooltip {
            elements.append("<circle\(attrs)><title>\(XMLText.escape(tooltip))</title></circle>")
        } else {
            elements.append("<circle\(attrs)/>")
        }
    }

    mutating func path(_ points: [(Double, Double)], stroke: String, width: Double = 1.5) {
        guard let first = points.first else { return }
        var d = "M\(Self.number(first.0)) \(Self.number(first.1))"
        for point in points.dropFirst() { d += " L\(Self.number(point.0)) \(Self.number(point.1))" }
        elements.append(
            "<path\(Self.attributes([("d", d), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width))]))/>"
        )
    }

    /// The document: XML declaration, `svg` root with `xmlns` and `viewBox`, a title and a description.
    func render(title: String, description: String) -> String {
        let w = Self.number(width)
        let h = Self.number(height)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
                + "role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
                + "font-family=\"-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\">",
            "<title id=\"chart-title\">\(XMLText.escape(title))</title>",
            "<desc id=\"chart-desc\">\(XMLText.escape(description))</desc>",
            "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>",
        ]
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
