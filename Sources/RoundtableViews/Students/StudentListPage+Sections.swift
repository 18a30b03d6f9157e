import Foundation
import RoundtableCore

extension StudentListPage {
    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Students", caption: school?.name ?? "All schools")
            if let reach {
                El("p", .class("hint")) {
                    T(Self.reachSentence(years: reach.yearGroups, specialNeeds: reach.specialNeeds))
                }
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
                T(total == 1 ? "1 student" : "\(total.formatted()) students")
                if isFiltered {
                    T(" · ")
                    El("a", .href(.students(StudentListQuery(school: query.school)))) { T("Clear search and filters") }
                }
            }
            if students.isEmpty && page > 1 {
                El("p") {
                    T("There are no more students. ")
                    El("a", .href(.students(with(page: 1)))) { T("Go to the first page") }
                }
            }
            if !students.isEmpty { table }
            if pageCount > 1 && page <= pageCount {
                El("nav", .class("pagination"), .aria("label", "Pages of students")) {
                    if page > 1 {
                        El("a", .href(.students(with(page: page - 1)))) { T("Previous page") }
                    }
                    El("span") { T("Page \(page) of \(pageCount)") }
                    if page < pageCount {
                        El("a", .href(.students(with(page: page + 1)))) { T("Next page") }
                    }
                }
            }
        }
    }

    private var table: Component {
        El("table", .class("table")) {
            El("caption", .class("visually-hidden")) { T("Students, by family name") }
            El("thead") {
                El("tr") {
                    El("th", .attr("scope", "col")) { T("Name") }
                    El("th", .attr("scope", "col")) { T("Year") }
                    El("th", .attr("scope", "col")) { T("Form") }
                    El("th", .attr("scope", "col")) { T("Born") }
                    El("th", .attr("scope", "col")) { T("Support") }
                }
            }
            El("tbody") {
                for student in students {
                    El("tr") {
                        El("td", .attr("data-label", "Name")) {
                            El("a", .href(.student(student.id, .show()))) {
                                // Each part isolated: one name's bidi controls must not
                                // reorder the comma or the other names.
                                Isolated(student.familyName)
                                T(", ")
                                Isolated(student.givenName)
                                if let preferred = student.preferredName {
                                    T(" (")
                                    Isolated(preferred)
                                    T(")")
                                }
                            }
                        }
                        El("td", .attr("data-label", "Year")) { T(YearGroups.label(student.yearGroup)) }
                        // Two "Ellery, Charlie, Year 7" are told apart by form and birthday.
                        El("td", .attr("data-label", "Form")) { T(student.formGroup ?? "–") }
                        El("td", .attr("data-label", "Born")) {
                            T(student.dateOfBirth.map { DateText.birthDate($0) } ?? "–")
                        }
                        El("td", .attr("data-label", "Support")) { SupportTags(support: student.support) }
                    }
                }
            }
        }
    }

    private var searchForm: Component {
        El("form", .attr("method", "get"), .action(.students()), .class("search-form"), .attr("role", "search")) {
            if !schools.isEmpty {
                SelectField(
                    name: "school", label: "School",
                    options: [("", "All schools")] + schools.map(\.option),
                    selected: query.school?.uuidString ?? "")
            }
            TextField(
                name: "q", label: "Search by name", hint: "First name, family name, or both. Accents do not matter.",
                value: query.q ?? "", type: "search", autocomplete: "off", spellcheck: false)
            SelectField(
                name: "year", label: "Year group",
                options: [("", "All year groups")] + yearGroups.map { (String($0), YearGroups.label($0)) },
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
}
