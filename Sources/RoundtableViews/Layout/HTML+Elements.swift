/// Roundtable's typed HTML: elements, attributes and text as Swift values, rendered
/// straight into one string.
///
/// Every attribute value and text node is escaped here, once, for every page; views have
/// no way to write raw HTML. (This replaced Plot: see docs/DECISIONS.md for the measurement.)
public protocol Component {
    /// What this component is made of. Primitives (`El`, `Leaf`, `T`) render themselves instead.
    @ComponentBuilder var body: any Component { get }
    func render(into html: inout String)
}

extension Component {
    public func render(into html: inout String) { body.render(into: &html) }

    public func render() -> String {
        var html = ""
        html.reserveCapacity(8192)
        render(into: &html)
        return html
    }
}

@resultBuilder
public enum ComponentBuilder {
    public static func buildExpression(_ component: any Component) -> [any Component] { [component] }
    public static func buildBlock(_ parts: [any Component]...) -> [any Component] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Component]?) -> [any Component] { part ?? [] }
    public static func buildEither(first part: [any Component]) -> [any Component] { part }
    public static func buildEither(second part: [any Component]) -> [any Component] { part }
    public static func buildArray(_ parts: [[any Component]]) -> [any Component] { parts.flatMap { $0 } }
    public static func buildFinalResult(_ parts: [any Component]) -> ComponentGroup { ComponentGroup(members: parts) }
}

public typealias ContentProvider = () -> ComponentGroup

/// Several components side by side, with no element around them.
public struct ComponentGroup: Component {
    public var members: [any Component]

    public init(members: [any Component]) { self.members = members }
    public init(@ComponentBuilder _ content: () -> ComponentGroup) { self = content() }

    public var body: any Component { self }
    public func render(into html: inout String) {
        for member in members { member.render(into: &html) }
    }
}

public struct EmptyComponent: Component {
    public init() {}

    public var body: any Component { self }
    public func render(into html: inout String) {}
}

public enum HTMLEscape {
    public static func text(_ raw: String, into html: inout String) {
        for character in raw.unicodeScalars {
            switch character {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            default: html.unicodeScalars.append(character)
            }
        }
    }

    public static func attribute(_ raw: String, into html: inout String) {
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

    public static func text(_ raw: String) -> String {
        var html = ""
        text(raw, into: &html)
        return html
    }

    public static func attribute(_ raw: String) -> String {
        var html = ""
        attribute(raw, into: &html)
        return html
    }
}

/// One attribute of an element. A `nil` value renders the bare name (`required`, `checked`).
public struct Attr: Sendable {
    public var name: String
    public var value: String?

    public static func `class`(_ value: String) -> Attr { Attr(name: "class", value: value) }
    public static func id(_ value: String) -> Attr { Attr(name: "id", value: value) }
    public static func href(_ route: SiteRoute) -> Attr { Attr(name: "href", value: route.path) }
    /// A place on the route's page: the element with this id.
    public static func href(_ route: SiteRoute, fragment: String) -> Attr {
        Attr(name: "href", value: route.path + "#" + fragment)
    }
    public static func action(_ route: SiteRoute) -> Attr { Attr(name: "action", value: route.path) }
    public static func name(_ value: String) -> Attr { Attr(name: "name", value: value) }
    public static func value(_ value: String) -> Attr { Attr(name: "value", value: value) }
    public static func type(_ value: String) -> Attr { Attr(name: "type", value: value) }
    public static func `for`(_ value: String) -> Attr { Attr(name: "for", value: value) }
    public static func aria(_ name: String, _ value: String) -> Attr { Attr(name: "aria-\(name)", value: value) }
    public static func flag(_ name: String) -> Attr { Attr(name: name, value: nil) }
    public static func attr(_ name: String, _ value: String) -> Attr { Attr(name: name, value: value) }
    public static let postMethod = Attr(name: "method", value: "post")

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

    public init(name: String, value: String? = nil) {
        self.name = name
        self.value = value
    }
}

/// Any HTML element with content.
public struct El: Component {
    public var name: String
    public var attributes: [Attr]
    public var content: ContentProvider

    public init(_ name: String, _ attributes: Attr..., @ComponentBuilder content: @escaping ContentProvider) {
        self.init(name, attributes: attributes, content: content)
    }

    public init(_ name: String, attributes: [Attr], @ComponentBuilder content: @escaping ContentProvider) {
        self.name = name
        self.attributes = attributes
        self.content = content
    }

    public var body: any Component { self }

    public func render(into html: inout String) {
        Attr.openTag(name, attributes, into: &html)
        content().render(into: &html)
        html += "</"
        html += name
        html += ">"
    }
}

/// An element with no content and no closing tag (`input`, `meta`, `link`).
public struct Leaf: Component {
    public var name: String
    public var attributes: [Attr]

    public init(_ name: String, _ attributes: Attr...) {
        self.init(name, attributes: attributes)
    }

    public init(_ name: String, attributes: [Attr]) {
        self.name = name
        self.attributes = attributes
    }

    public var body: any Component { self }

    /// HTML's void elements end with their start tag. Anything else (SVG shapes, a mistaken
    /// `progress`) gets an end tag too, so it can never swallow what follows it.
    public static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    public func render(into html: inout String) {
        Attr.openTag(name, attributes, into: &html)
        if !Self.voidElements.contains(name) { html += "</\(name)>" }
    }
}

/// Text, escaped.
public struct T: Component {
    public var text: String
    public init(_ text: String) { self.text = text }

    public var body: any Component { self }
    public func render(into html: inout String) { HTMLEscape.text(text, into: &html) }
}
