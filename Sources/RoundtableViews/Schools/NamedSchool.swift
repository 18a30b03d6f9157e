import RoundtableCore

/// A school as the pages link to it and offer it in a choice: its id and its name.
public struct NamedSchool: Sendable, Equatable {
    public var id: SchoolID
    public var name: String

    public init(id: SchoolID, name: String) {
        self.id = id
        self.name = name
    }
}

extension NamedSchool {
    /// The school as a `SelectField` option: its id as the value, its name as the label.
    var option: (value: String, label: String) { (id.rawValue.uuidString, name) }
}
