import Foundation
import Tagged

/// One segment of an address pattern: fixed text, or a parameter the router fills. A
/// parameter's name comes from its type (`.id(MeetingID.self)`), never spelled by hand.
public enum PathSegment: Hashable, Sendable, ExpressibleByStringLiteral {
    case constant(String)
    case parameter(String)

    public init(stringLiteral value: String) {
        self = .constant(value)
    }

    /// The segment that holds an id of this type.
    public static func id<Tag: PathParameterTag>(_: Tagged<Tag, UUID>.Type) -> PathSegment {
        .parameter(Tag.pathParameter)
    }

    /// The name of the parameter that holds a link's secret token (a personal page, a
    /// welcome link, a calendar feed). Tokens stay strings: they are not ids of ours.
    public static let tokenParameter = "token"
    public static let token = PathSegment.parameter(tokenParameter)

    /// As the router writes it: `plan`, `:meetingID`.
    public var pattern: String {
        switch self {
        case .constant(let text): text
        case .parameter(let name): ":" + name
        }
    }
}

/// What fills one parameter of a template: an id under its type's name, or a token.
struct PathValue {
    var name: String
    var text: String

    static func id<Tag: PathParameterTag>(_ id: Tagged<Tag, UUID>) -> PathValue {
        PathValue(name: Tag.pathParameter, text: id.rawValue.uuidString)
    }

    static func token(_ token: String) -> PathValue {
        PathValue(name: PathSegment.tokenParameter, text: token)
    }
}

/// Where a route leads, before it is written out: its template, the values of the
/// template's parameters, and the query in the order it is written. Each area of the site
/// builds its own (`MeetingRoute.address`); `SiteRoute` puts it inside its own template with
/// the area's id (`within`).
struct RouteAddress<Template> {
    var template: Template
    var values: [PathValue]
    var query: [(String, String?)]

    init(_ template: Template, _ values: PathValue..., query: [(String, String?)] = []) {
        self.template = template
        self.values = values
        self.query = query
    }

    /// The same address as part of a larger area: `outer` wraps the template, and `values`
    /// (the area's own id) join the route's.
    func within<Outer>(_ outer: (Template) -> Outer, _ values: PathValue...) -> RouteAddress<Outer> {
        var address = RouteAddress<Outer>(outer(template), query: query)
        address.values = values + self.values
        return address
    }

    /// Written out along the template's segments, parameters percent-encoded, with the query
    /// items that have a value.
    func path(along segments: [PathSegment]) -> String {
        let pieces = segments.map { segment -> String in
            switch segment {
            case .constant(let text):
                return text
            case .parameter(let name):
                let value = values.first { $0.name == name }?.text ?? ""
                // Ids and our tokens need no encoding; Foundation's encoder is costly on a page
                // with a link per row.
                if value.utf8.allSatisfy(Self.isUnreserved) { return value }
                return value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? ""
            }
        }
        let path = "/" + pieces.joined(separator: "/")
        let items = query.compactMap { name, value in value.map { "\(name)=\(Self.encodeQuery($0))" } }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    /// Letters, digits, `-`, `.`, `_` and `~`: never encoded in a path or a query.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static func encodeQuery(_ value: String) -> String {
        if value.utf8.allSatisfy(isUnreserved) { return value }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
