/// Roundtable's typed HTML: elements, attributes and text as Swift values, rendered
/// straight into one string.
///
/// Every attribute value and text node is escaped here, once, for every page; views have
/// no way to write raw HTML. (This replaced Plot: see docs/DECISIONS.md for the measurement.)
protocol Component {
    /// What this component is made of. Primitives (`El`, `Leaf`, `T`) render themselves instead.
    @ComponentBuilder var body: any Component { get }
    func render(into html: inout String)
}

extension Component {
    func render(into html: inout String) { body.render(into: &html) }

    func render() -> String {
        var html = ""
        html.reserveCapacity(8192)
        render(into: &html)
        return html
    }
}

@resultBuilder
enum ComponentBuilder {
    static func buildExpression(_ component: any Component) -> [any Component] { [component] }
    static func buildBlock(_ parts: [any Component]...) -> [any Component] { parts.flatMap { $0 } }
    static func buildOptional(_ part: [any Component]?) -> [any Component] { part ?? [] }
    static func buildEither(first part: [any Component]) -> [any Component] { part }
    static func buildEither(second part: [any Component]) -> [any Component] { part }
    static func buildArray(_ parts: [[any Component]]) -> [any Component] { parts.flatMap { $0 } }
    static func buildFinalResult(_ parts: [any Component]) -> ComponentGroup { ComponentGroup(members: parts) }
}

typealias ContentProvider = () -> ComponentGroup

/// Several components side by side, with no element around them.
struct ComponentGroup: Component {
    var members: [any Component]

    init(members: [any Component]) { self.members = members }
    init(@ComponentBuilder _ content: () -> ComponentGroup) { self = content() }

    var body: any Component { self }
    func render(into html: inout String) {
        for member in members { member.render(into: &html) }
    }
}

struct EmptyComponent: Component {
    var body: any Component { self }
    func render(into html: inout String) {}
}

enum HTMLEscape {
    static func text(_ raw: String, into html: inout String) {
        for character in raw.unicodeScalars {
            switch character {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            default: html.unicodeScalars.append(character)
            }
        }
    }

    static func attribute(_ raw: String, into html: inout String) {
        for character in raw.unicodeScalars {
            switch character {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            case "'": html += "&#39;"
            default: html.unicodeScalars.append(character)
            }
        }
    }

    static func text(_ raw: String) -> String {
        var html = ""
        text(raw, into: &html)
        return html
    }

    static func attribute(_ raw: String) -> String {
        var html = ""
        attribute(raw, into: &html)
        return html
    }
}

/// One attribute of an element. A `nil` value renders the bare name (`required`, `checked`).
struct Attr {
    var name: String
    var value: String?

    static func `class`(_ value: String) -> Attr { Attr(name: "class", value: value) }
    static func id(_ value: String) -> Attr { Attr(name: "id", value: value) }
    static func href(_ route: SiteRoute) -> Attr { Attr(name: "href", value: route.path) }
    static func action(_ route: SiteRoute) -> Attr { Attr(name: "action", value: route.path) }
    static func name(_ value: String) -> Attr { Attr(name: "name", value: value) }
    static func value(_ value: String) -> Attr { Attr(name: "value", value: value) }
    static func type(_ value: String) -> Attr { Attr(name: "type", value: value) }
    static func `for`(_ value: String) -> Attr { Attr(name: "for", value: value) }
    static func aria(_ name: String, _ value: String) -> Attr { Attr(name: "aria-\(name)", value: value) }
    static func flag(_ name: String) -> Attr { Attr(name: name, value: nil) }
    static func attr(_ name: String, _ value: String) -> Attr { Attr(name: name, value: value) }
    static let postMethod = Attr(name: "method", value: "post")

    /// `<name attributes>`: the start of every element.
    fileprivate static func openTag(_ name: String, _ attributes: [Attr], into html: inout String) {
        html += "<"
        html += name
        for attribute in attributes { attribute.render(into: &html) }
        html += ">"
    }

    fileprivate func render(into html: inout String) {
        html += " "
        html += name
        if let value {
            html += "=\""
            HTMLEscape.attribute(value, into: &html)
            html += "\""
        }
    }
}

/// Any HTML element with content.
struct El: Component {
    var name: String
    var attributes: [Attr]
    var content: ContentProvider

    init(_ name: String, _ attributes: Attr..., @ComponentBuilder content: @escaping ContentProvider) {
        self.init(name, attributes: attributes, content: content)
    }

    init(_ name: String, attributes: [Attr], @ComponentBuilder content: @escaping ContentProvider) {
        self.name = name
        self.attributes = attributes
        self.content = content
    }

    var body: any Component { self }

    func render(into html: inout String) {
        Attr.openTag(name, attributes, into: &html)
        content().render(into: &html)
        html += "</"
        html += name
        html += ">"
    }
}

/// An element with no content and no closing tag (`input`, `meta`, `link`).
struct Leaf: Component {
    var name: String
    var attributes: [Attr]

    init(_ name: String, _ attributes: Attr...) {
        self.init(name, attributes: attributes)
    }

    init(_ name: String, attributes: [Attr]) {
        self.name = name
        self.attributes = attributes
    }

    var body: any Component { self }

    /// HTML's void elements end with their start tag. Anything else (SVG shapes, a mistaken
    /// `progress`) gets an end tag too, so it can never swallow what follows it.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    func render(into html: inout String) {
        Attr.openTag(name, attributes, into: &html)
        if !Self.voidElements.contains(name) { html += "</\(name)>" }
    }
}

/// Text, escaped.
struct T: Component {
    var text: String
    init(_ text: String) { self.text = text }

    var body: any Component { self }
    func render(into html: inout String) { HTMLEscape.text(text, into: &html) }
}
