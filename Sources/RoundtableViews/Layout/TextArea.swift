/// A labelled multi-line text field, keeping what the person typed.
public struct TextArea: Component {
    public var name: String
    /// The element's id, when one page holds several forms with a field of the same name.
    public var id: String
    public var label: String
    public var hint: String?
    public var value: String
    public var error: String?
    public var errorPrefix: String
    public var rows: Int
    /// "auto" where a participant writes in their own language, which may run right to left.
    public var direction: String?

    public init(
        name: String, id: String? = nil, label: String, hint: String? = nil, value: String = "",
        error: String? = nil, errorPrefix: String = "Error: ", rows: Int = 3,
        direction: String? = nil
    ) {
        self.direction = direction
        self.name = name
        self.id = id ?? name
        self.label = label
        self.hint = hint
        self.value = value
        self.error = error
        self.errorPrefix = errorPrefix
        self.rows = rows
    }

    public var body: Component {
        El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("label", .class("label"), .for(id)) { T(label) }
            if let hint { El("p", .class("hint"), .id(id + "-hint")) { T(hint) } }
            FieldMessage(field: id, error: error, prefix: errorPrefix)
            El(
                "textarea",
                attributes: [
                    .class("input" + (error != nil ? " input--error" : "")), .id(id), .name(name),
                    .attr("rows", String(rows)),
                ] + (direction.map { [.attr("dir", $0)] } ?? []) + describedBy(id, hint: hint, error: error)
            ) { T(value) }
        }
    }
}
