/// Text someone typed that sits inside our own sentences and tables, above all a person's
/// name, isolated in `<bdi>`.
///
/// Names may hold right-to-left text and bidi controls, which real names need, so they are
/// kept. Without isolation one stray U+202E in a name reverses what follows it on the page
/// (the next column, the rest of the row); `<bdi>` keeps its effect inside the name.
public struct Isolated: Component {
    public var text: String
    public init(_ text: String) { self.text = text }

    public var body: any Component { self }
    public func render(into html: inout String) {
        html += "<bdi>"
        HTMLEscape.text(text, into: &html)
        html += "</bdi>"
    }
}
