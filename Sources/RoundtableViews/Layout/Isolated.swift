import RoundtableCore

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

/// A date, a time or a code inside our own words: the whole value in `<bdi>` (it takes the
/// direction of its first strong letter, so an Arabic date reads as Arabic), and on a
/// right-to-left page each run of digits or Latin letters in it in `<bdi dir="ltr">`
/// (`Localizer.latinRuns`), so "927 749" never reads "749 927".
public struct IsolatedValue: Component {
    public var text: String
    public var rightToLeft: Bool

    public init(_ text: String, rightToLeft: Bool) {
        self.text = text
        self.rightToLeft = rightToLeft
    }

    public var body: any Component { self }
    public func render(into html: inout String) {
        html += "<bdi>"
        if rightToLeft {
            for run in Localizer.latinRuns(text) {
                if run.isLatin { html += "<bdi dir=\"ltr\">" }
                HTMLEscape.text(run.text, into: &html)
                if run.isLatin { html += "</bdi>" }
            }
        } else {
            HTMLEscape.text(text, into: &html)
        }
        html += "</bdi>"
    }
}
