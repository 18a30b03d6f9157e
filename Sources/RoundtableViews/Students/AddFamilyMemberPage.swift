import Foundation
import RoundtableCore

/// Adding someone to a student's family: first a search among the school's families (a
/// sister's mother is the same person, with one record), then either a link to that
/// person or a new one.
public struct AddFamilyMemberPage: HTMLPage, Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        case new(search: String, candidates: [Candidate])
        case existing(Existing)
    }

    /// Someone already family of another student at the school whose name matches.
    public struct Candidate: Sendable, Equatable {
        public var id: FamilyMemberID
        public var name: String
        /// How they stand to the students at this school they are already family of:
        /// "mother of Noor Al-Amin (Year 7)", to tell apart two people of the same name.
        public var children: [String]

        public init(id: FamilyMemberID, name: String, children: [String]) {
            self.id = id
            self.name = name
            self.children = children
        }
    }

    /// The person chosen from the search, to link as they are.
    public struct Existing: Sendable, Equatable {
        public var id: FamilyMemberID
        public var name: String
        /// The restriction, when they must not be contacted.
        public var restriction: String?

        public init(id: FamilyMemberID, name: String, restriction: String?) {
            self.id = id
            self.name = name
            self.restriction = restriction
        }
    }

    public var studentID: StudentID
    /// The name the student goes by, and their full name.
    public var studentName: String
    public var studentDisplayName: String
    public var mode: Mode
    public var form: NewFamilyMemberForm
    public var errors: FieldErrors

    public init(
        studentID: StudentID, studentName: String, studentDisplayName: String, mode: Mode,
        form: NewFamilyMemberForm = NewFamilyMemberForm(), errors: FieldErrors = FieldErrors()
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.studentDisplayName = studentDisplayName
        self.mode = mode
        self.form = form
        self.errors = errors
    }

    public var title: String {
        switch mode {
        case .new: "Add someone to \(studentName)'s family"
        case .existing(let member): "Add \(member.name) to \(studentName)'s family"
        }
    }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .students }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .show()), text: "Back to \(studentDisplayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentDisplayName)
            switch mode {
            case .existing(let member):
                linkExisting(member)
            case .new(let search, let candidates):
                searchSection(search: search, candidates: candidates)
                newPerson()
            }
        }
    }

    private func linkExisting(_ member: Existing) -> Component {
        ComponentGroup {
            if let restriction = member.restriction {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Do not contact. ") }
                    T(restriction)
                }
            }
            El("p", .class("lead")) {
                T("Their contact details stay as they are. Say how they stand to \(studentName).")
            }
            PostForm(action: .student(studentID, .addFamilyMember())) {
                Leaf("input", .type("hidden"), .name("existing"), .value(member.id.rawValue.uuidString))
                FamilyLinkFields(form: form.link, errors: errors, studentName: studentName)
                PrimaryButton(text: "Add to \(studentName)'s family")
            }
        }
    }

    private func searchSection(search: String, candidates: [Candidate]) -> Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Is this person already family of another student?") }
            El("p") { T("Brothers and sisters share one record for each parent. Search for them first.") }
            El("form", .class("search-form"), .attr("method", "get"), .action(.student(studentID, .addFamilyMember())))
            {
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
                                El("a", .href(.student(studentID, .addFamilyMember(existing: candidate.id)))) {
                                    T(candidate.name)
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
            PostForm(action: .student(studentID, .addFamilyMember())) {
                TextField(
                    name: "given_name", label: "First name", value: form.givenName, error: errors["given_name"],
                    autocomplete: "off", spellcheck: false)
                TextField(
                    name: "family_name", label: "Last name", value: form.familyName, error: errors["family_name"],
                    autocomplete: "off", spellcheck: false)
                FamilyLinkFields(form: form.link, errors: errors, studentName: studentName)
                FamilyContactFields(form: form.contact, errors: errors, mayChangeRestriction: true, fromRoster: false)
                PrimaryButton(text: "Add to \(studentName)'s family")
            }
        }
    }
}
