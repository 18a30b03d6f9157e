import Foundation
import RoundtableCore
import RoundtableViews

/// Adding someone to a student's family: first a search among the school's families (a
/// sister's mother is the same person, with one record), then either a link to that
/// person or a new one.
struct AddFamilyMemberPage: HTMLPage {
    enum Mode {
        case new(search: String, candidates: [StudentCircle.Candidate])
        case existing(FamilyMember)
    }

    var student: Student
    var mode: Mode
    var form: NewFamilyMemberForm
    var errors = FieldErrors()

    private var name: String { student.preferredName ?? student.legalGivenName }
    var title: String {
        switch mode {
        case .new: "Add someone to \(name)'s family"
        case .existing(let member): "Add \(member.displayName) to \(name)'s family"
        }
    }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .students }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: student.displayName)
            switch mode {
            case .existing(let member):
                linkExisting(member)
            case .new(let search, let candidates):
                searchSection(search: search, candidates: candidates)
                newPerson()
            }
        }
    }

    private func linkExisting(_ member: FamilyMember) -> Component {
        ComponentGroup {
            if member.isRestricted {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Do not contact. ") }
                    T(member.restriction ?? "")
                }
            }
            El("p", .class("lead")) {
                T("Their contact details stay as they are. Say how they stand to \(name).")
            }
            PostForm(action: .addFamilyMember(student: student.id!)) {
                Leaf("input", .type("hidden"), .name("existing"), .value(member.id!.uuidString))
                FamilyLinkFields(form: form.link, errors: errors, studentName: name)
                PrimaryButton(text: "Add to \(name)'s family")
            }
        }
    }

    private func searchSection(search: String, candidates: [StudentCircle.Candidate]) -> Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Is this person already family of another student?") }
            El("p") { T("Brothers and sisters share one record for each parent. Search for them first.") }
            El("form", .class("search-form"), .attr("method", "get"), .action(.addFamilyMember(student: student.id!))) {
                TextField(
                    name: "q", label: "Their name", value: search, autocomplete: "off", width: "medium",
                    spellcheck: false)
                SecondaryButton(text: "Search")
            }
            if !search.isEmpty {
                if candidates.isEmpty {
                    El("p", .attr("role", "status")) {
                        T("Nobody at this school matches “\(search)”. Add them as a new person below.")
                    }
                } else {
                    El("ul", .class("list"), .attr("aria-label", "People who match")) {
                        for candidate in candidates {
                            El("li") {
                                El("a", .href(.addFamilyMember(student: student.id!, existing: candidate.member.id))) {
                                    T(candidate.member.displayName)
                                }
                                T(", \(candidate.children.joined(separator: "; "))")
                            }
                        }
                    }
                }
            }
        }
    }

    private func newPerson() -> Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Add a new person") }
            PostForm(action: .addFamilyMember(student: student.id!)) {
                TextField(
                    name: "given_name", label: "First name", value: form.givenName, error: errors["given_name"],
                    autocomplete: "off", spellcheck: false)
                TextField(
                    name: "family_name", label: "Last name", value: form.familyName, error: errors["family_name"],
                    autocomplete: "off", spellcheck: false)
                FamilyLinkFields(form: form.link, errors: errors, studentName: name)
                FamilyContactFields(form: form.contact, errors: errors, mayChangeRestriction: true, fromRoster: false)
                PrimaryButton(text: "Add to \(name)'s family")
            }
        }
    }
}

/// "Are you sure?" before a family member is taken out of a student's family.
struct RemoveFamilyMemberPage: HTMLPage {
    var student: Student
    var member: FamilyMember

    private var name: String { student.preferredName ?? student.legalGivenName }
    var title: String { "Take \(member.displayName) out of \(name)'s family?" }
    var area: StaffArea? { .students }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .familyMember(member.id!, student: student.id!))
            PageHeading(text: title, caption: student.displayName)
            El("p") {
                T(
                    "They will no longer be invited to \(name)'s meetings or see \(name)'s records. Their record stays, and so does anything they are part of for other children. The audit log keeps a note of this change."
                )
            }
            PostForm(action: .removeFamilyMember(member.id!, student: student.id!)) {
                El("button", .type("submit"), .class("button button--warning")) { T("Yes, take them out") }
            }
            El("p") { El("a", .href(.familyMember(member.id!, student: student.id!))) { T("No, keep them") } }
        }
    }
}
