import Foundation

/// Several checkboxes under one question, each its own field (so a form read as a flat
/// dictionary keeps every tick), with the question's hint and error on the fieldset.
public struct CheckboxGroup: Component {
    public struct Option: Sendable, Equatable {
        public var name: String
        public var label: String
        public var checked: Bool

        public init(name: String, label: String, checked: Bool) {
            self.name = name
            self.label = label
            self.checked = checked
        }
    }

    public var id: String
    public var legend: String
    public var hint: String?
    public var options: [Option]
    public var error: String?

    public init(id: String, legend: String, hint: String? = nil, options: [Option], error: String? = nil) {
        self.id = id
        self.legend = legend
        self.hint = hint
        self.options = options
        self.error = error
    }

    public var body: Component {
        El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("fieldset", attributes: [.class("fieldset"), .id(id)] + describedBy(id, hint: hint, error: error)) {
                El("legend", .class("legend")) { T(legend) }
                if let hint { El("p", .class("hint"), .id(id + "-hint")) { T(hint) } }
                FieldMessage(field: id, error: error, prefix: "Error: ")
                El("div", .class("checkboxes")) {
                    for (index, option) in options.enumerated() {
                        El("div", .class("checkbox")) {
                            Leaf(
                                "input",
                                attributes: [
                                    .class("checkbox__input"), .id("\(id)-\(index)"), .name(option.name),
                                    .type("checkbox"), .value("on"),
                                ] + (option.checked ? [.flag("checked")] : []))
                            El("label", .class("checkbox__label"), .for("\(id)-\(index)")) { T(option.label) }
                        }
                    }
                }
            }
        }
    }
}
