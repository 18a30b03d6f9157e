import Plot

/// Escaping for the two places text can land in HTML.
///
/// Plot 0.14 writes attribute values verbatim and leaves entity-like text alone, so every
/// value that could come from a person goes through these functions instead; `El` and `T`
/// make that the only way to build a page.
enum HTMLEscape {
    static func text(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for character in raw {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    static func attribute(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for character in raw {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
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
}

/// Any HTML element. Attribute values are escaped here, once, for every page.
struct El: Component {
    var name: String
    var attributes: [Attr]
    var content: ContentProvider

    init(_ name: String, _ attributes: Attr..., @ComponentBuilder content: @escaping ContentProvider) {
        self.name = name
        self.attributes = attributes
        self.content = content
    }

    init(_ name: String, attributes: [Attr], @ComponentBuilder content: @escaping ContentProvider) {
        self.name = name
        self.attributes = attributes
        self.content = content
    }

    var body: Component {
        var nodes: [Node<HTML.BodyContext>] = attributes.map(\.node)
        nodes.append(.component(content()))
        return Node<HTML.BodyContext>.element(named: name, nodes: nodes)
    }
}

/// An element with no content and no closing tag (`input`, `meta`, `link`).
struct Leaf: Component {
    var name: String
    var attributes: [Attr]

    init(_ name: String, _ attributes: Attr...) {
        self.name = name
        self.attributes = attributes
    }

    init(_ name: String, attributes: [Attr]) {
        self.name = name
        self.attributes = attributes
    }

    var body: Component {
        Node<HTML.BodyContext>.selfClosedElement(named: name, attributes: attributes.map(\.plotAttribute))
    }
}

/// Text, escaped.
struct T: Component {
    var text: String
    init(_ text: String) { self.text = text }
    var body: Component { Node<HTML.BodyContext>.raw(HTMLEscape.text(text)) }
}

extension Attr {
    fileprivate var plotAttribute: Plot.Attribute<HTML.BodyContext> {
        Plot.Attribute(name: name, value: value.map(HTMLEscape.attribute), ignoreIfValueIsEmpty: value != nil)
    }

    fileprivate var node: Node<HTML.BodyContext> { .attribute(plotAttribute) }
}
