import RoundtableCore

/// "What can they do?": the roles the viewer may give, each with what it allows. Inviting
/// someone and changing a person's role ask the same question.
struct RoleChoice: Component {
    var legend: String
    var roles: [StaffRole]
    var selected: String
    var error: String?

    var body: Component {
        RadioGroup(
            name: "role", legend: legend,
            options: roles.map { .init(value: $0.rawValue, label: $0.label, hint: $0.explanation) },
            selected: selected, error: error)
    }
}
