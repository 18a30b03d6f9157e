import Foundation
import RoundtableCore

extension AuditLogPage {
    /// A GET form, so a filtered page can be bookmarked, shared with a colleague who may read
    /// the log, and downloaded as it is.
    var filterForm: Component {
        El(
            "details",
            attributes: [.class("details timeline-filter")] + (filter.isEmpty && errors.isEmpty ? [] : [.flag("open")])
        ) {
            El("summary") { T("Search the log") }
            El("form", .attr("method", "get"), .action(.audit()), .attr("role", "search")) {
                if let id = school?.id {
                    Leaf("input", attributes: [.type("hidden"), .name("school"), .value(id.rawValue.uuidString)])
                }
                SelectField(
                    name: "staff", label: "Member of staff",
                    options: [(value: "", label: "Anyone")]
                        + staffChoices.map { (value: $0.id.rawValue.uuidString, label: $0.name) },
                    selected: filter.staff, error: errors["staff"])
                TextField(
                    name: "student", label: "Student", hint: "Part of their name: events about them or their meetings",
                    value: filter.student, error: errors["student"], autocomplete: "off", spellcheck: false)
                SelectField(
                    name: "kind", label: "Kind of event",
                    options: [(value: "", label: "Every kind")]
                        + AuditKind.allCases.map { (value: $0.rawValue, label: $0.label) },
                    selected: filter.kind, error: errors["kind"])
                TextField(name: "from", label: "From", value: filter.from, error: errors["from"], type: "date")
                TextField(name: "to", label: "To", value: filter.to, error: errors["to"], type: "date")
                El("button", .type("submit"), .class("button button--secondary")) { T("Show events") }
                if !filter.isEmpty {
                    El("p") { El("a", .href(.audit(school: school?.id))) { T("Show every event") } }
                }
            }
        }
    }
}
