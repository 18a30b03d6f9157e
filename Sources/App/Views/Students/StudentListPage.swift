import Foundation
import RoundtableCore
import RoundtableViews

struct StudentListPage: HTMLPage {
    var query: StudentListQuery
    var page: StudentDirectory.Page
    var scope: StudentScope
    var school: School?
    /// Schools an administrator can choose between; empty for everyone else.
    var schools: [School]
    var yearGroups: [Int]
    /// Leaders and administrators may add students by hand.
    var mayAdd = false

    var title: String { "Students" }
    var area: StaffArea? { .students }

    /// A search or filter is in force (the page number alone is not one).
    private var isFiltered: Bool {
        var filters = query.filters
        filters.page = 1
        return filters != StudentDirectory.Filters()
    }

    private var pageCount: Int { max(1, (page.total + page.pageSize - 1) / page.pageSize) }
    private var current: Int { query.filters.page }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Students", caption: school?.name ?? "All schools")
            if case .limited(_, let years, let specialNeeds) = scope {
                El("p", .class("hint")) { T(Self.reachSentence(years: years, specialNeeds: specialNeeds)) }
            }
            if mayAdd {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.newStudent(school: school?.id))) {
                        T("Add a student")
                    }
                }
            }
            searchForm
            El("p", .class("result-count"), .attr("role", "status")) {
                T(page.total == 1 ? "1 student" : "\(page.total.formatted()) students")
                if isFiltered {
                    T(" · ")
                    El("a", .href(.students(StudentListQuery(school: query.school)))) { T("Clear search and filters") }
                }
            }
            if page.students.isEmpty && current > 1 {
                El("p") {
                    T("There are no more students. ")
                    El("a", .href(.students(with(page: 1)))) { T("Go to the first page") }
                }
            }
            if !page.students.isEmpty {
                El("table", .class("table")) {
                    El("caption", .class("visually-hidden")) { T("Students, by family name") }
                    El("thead") {
                        El("tr") {
                            El("th", .attr("scope", "col")) { T("Name") }
                            El("th", .attr("scope", "col")) { T("Year") }
                            El("th", .attr("scope", "col")) { T("Support") }
                        }
                    }
                    El("tbody") {
                        for student in page.students {
                            El("tr") {
                                El("td", .attr("data-label", "Name")) {
                                    El("a", .href(.student(student.id!))) {
                                        // Each part isolated: one name's bidi controls must not
                                        // reorder the comma or the other names.
                                        Isolated(student.legalFamilyName)
                                        T(", ")
                                        Isolated(student.legalGivenName)
                                        if let preferred = student.preferredName {
                                            T(" (")
                                            Isolated(preferred)
                                            T(")")
                                        }
                                    }
                                }
                                El("td", .attr("data-label", "Year")) { T("Year \(student.yearGroup)") }
                                El("td", .attr("data-label", "Support")) { SupportTags(student: student) }
                            }
                        }
                    }
                }
            }
            if pageCount > 1 && current <= pageCount {
                El("nav", .class("pagination"), .aria("label", "Pages of students")) {
                    if current > 1 {
                        El("a", .href(.students(with(page: current - 1)))) { T("Previous page") }
                    }
                    El("span") { T("Page \(current) of \(pageCount)") }
                    if current < pageCount {
                        El("a", .href(.students(with(page: current + 1)))) { T("Next page") }
                    }
                }
            }
        }
    }

    private func with(page: Int) -> StudentListQuery {
        var next = query
        next.page = page
        return next
    }

    private var searchForm: Component {
        El("form", .attr("method", "get"), .action(.students()), .class("search-form"), .attr("role", "search")) {
            if !schools.isEmpty {
                SelectField(
                    name: "school", label: "School",
                    options: [("", "All schools")] + schools.map { ($0.id!.uuidString, $0.name) },
                    selected: query.school?.uuidString ?? "")
            }
            TextField(
                name: "q", label: "Search by name", hint: "First name, family name, or both. Accents do not matter.",
                value: query.q ?? "", type: "search", autocomplete: "off", spellcheck: false)
            SelectField(
                name: "year", label: "Year group",
                options: [("", "All year groups")] + yearGroups.map { (String($0), "Year \($0)") },
                selected: query.year.map(String.init) ?? "")
            El("fieldset", .class("fieldset field")) {
                El("legend", .class("legend")) { T("Only students with") }
                El("div", .class("checkboxes")) {
                    Checkbox(name: "sen", label: "Special educational needs", checked: query.sen == true)
                    Checkbox(
                        name: "disadvantaged", label: "Extra funding for disadvantage",
                        checked: query.disadvantaged == true)
                    Checkbox(name: "eal", label: "English as an additional language", checked: query.eal == true)
                }
            }
            El("button", .type("submit"), .class("button")) { T("Search") }
        }
    }

    static func reachSentence(years: Set<Int>, specialNeeds: Bool) -> String {
        var parts = ["the students you work with"]
        if !years.isEmpty {
            let list = years.sorted().map(String.init).joined(separator: ", ")
            parts.append(years.count == 1 ? "everyone in Year \(list)" : "everyone in Years \(list)")
        }
        if specialNeeds { parts.append("every student with special educational needs") }
        let joined =
            parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts[0]
        return "You see \(joined)."
    }
}

/// Support flags as tags, always in words.
struct SupportTags: Component {
    var student: Student
    var body: Component {
        El("span", .class("tags")) {
            if student.hasSpecialNeeds { StatusTag(text: "Special needs", tone: "blue") }
            if student.learnsEnglishAsAdditionalLanguage { StatusTag(text: "Learning English", tone: "grey") }
            if student.isDisadvantaged { StatusTag(text: "Extra funding", tone: "grey") }
            if !student.hasSpecialNeeds && !student.learnsEnglishAsAdditionalLanguage && !student.isDisadvantaged {
                El("span", .class("muted")) { T("None") }
            }
        }
    }
}

extension Student {
    /// "García, Lucía (Lucy)": sorted lists read best by family name.
    var listName: String {
        let preferred = preferredName.map { " (\($0))" } ?? ""
        return "\(legalFamilyName), \(legalGivenName)\(preferred)"
    }
}
