import Foundation
import RoundtableCore

/// One roster import: its progress while it runs (the page reloads itself), then what it did.
public struct RosterImportJobPage: HTMLPage, Sendable, Equatable {
    public var fileName: String
    public var dryRun: Bool
    public var status: RosterJobState
    public var schoolID: SchoolID
    public var schoolName: String
    /// What it is doing now, while it runs.
    public var phase: String
    /// Why it stopped, if it did.
    public var failure: String?
    public var summary: RosterSummary?

    public init(
        fileName: String, dryRun: Bool, status: RosterJobState, schoolID: SchoolID, schoolName: String,
        phase: String, failure: String? = nil, summary: RosterSummary? = nil
    ) {
        self.fileName = fileName
        self.dryRun = dryRun
        self.status = status
        self.schoolID = schoolID
        self.schoolName = schoolName
        self.phase = phase
        self.failure = failure
        self.summary = summary
    }

    public var title: String { "Roster import" }
    public var area: StaffArea? { .schools }
    public var refreshSeconds: Int? { status == .running ? 2 : nil }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .rosterImport(), text: "Back to roster import")
            PageHeading(text: dryRun ? "Checking the roster" : "Importing the roster", caption: schoolName)
            El("p") {
                T(fileName + " ")
                StatusTag(
                    text: status.label.capitalized,
                    tone: status == .done ? "green" : status == .running ? "blue" : "grey")
            }
            switch status {
            case .interrupted:
                El("div", .class("warning-text")) {
                    T("The import was interrupted (the server stopped before it finished). Nothing was imported.")
                }
                El("p") {
                    El("a", .href(.rosterImport(school: schoolID))) { T("Upload the file again") }
                }
            case .running:
                El("p", .class("lead"), .attr("role", "status")) { T(phase + "…") }
                El("p", .class("hint")) { T("This page updates by itself. A large school takes up to a minute.") }
            case .failed:
                El("div", .class("warning-text")) { T(failure ?? "The import stopped. Nothing was imported.") }
            case .done:
                if let summary { RosterSummaryView(summary: summary) }
            }
        }
    }
}

/// The counts and problems of an import, as on the command line.
public struct RosterSummary: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var created: Int
        public var updated: Int
        public var unchanged: Int
        public var deactivated: Int

        public init(name: String, created: Int, updated: Int, unchanged: Int, deactivated: Int) {
            self.name = name
            self.created = created
            self.updated = updated
            self.unchanged = unchanged
            self.deactivated = deactivated
        }
    }

    public var applied: Bool
    public var dryRun: Bool
    public var problemCount: Int
    /// The first hundred problems, in words.
    public var problems: [String]
    /// Students, family members, staff, family links, staff links.
    public var rows: [Row]
    /// Rows imported differently from what they say, and who was switched off, in words.
    public var notes: [String]

    public init(applied: Bool, dryRun: Bool, problemCount: Int, problems: [String], rows: [Row], notes: [String] = []) {
        self.applied = applied
        self.dryRun = dryRun
        self.problemCount = problemCount
        self.problems = problems
        self.rows = rows
        self.notes = notes
    }
}

struct RosterSummaryView: Component {
    var summary: RosterSummary

    var body: Component {
        ComponentGroup {
            if summary.problemCount > 0 {
                El("h2", .class("heading-m")) {
                    T("\(summary.problemCount) problem\(summary.problemCount == 1 ? "" : "s") in the files")
                }
                El("ul", .class("list")) {
                    for problem in summary.problems { El("li") { T(problem) } }
                }
            }
            if !summary.notes.isEmpty {
                El("h2", .class("heading-m")) { T("Good to know") }
                El("ul", .class("list")) {
                    for note in summary.notes { El("li") { T(note) } }
                }
            }
            if !summary.applied && !summary.dryRun {
                El("div", .class("warning-text")) {
                    T(
                        "Nothing was imported. Fix the rows above and upload again, or choose to import the good rows anyway."
                    )
                }
            } else {
                El("p", .class("lead")) {
                    T(
                        summary.dryRun
                            ? "This was a check: nothing was changed. This is what an import would do:" : "Done:")
                }
                El("table", .class("table")) {
                    El("thead") {
                        El("tr") {
                            for heading in ["", "New", "Changed", "Unchanged", "Switched off"] {
                                El("th", .attr("scope", "col")) { T(heading) }
                            }
                        }
                    }
                    El("tbody") {
                        for row in summary.rows {
                            El("tr") {
                                El("th", .attr("scope", "row")) { T(row.name) }
                                El("td", .attr("data-label", "New")) { T(String(row.created)) }
                                El("td", .attr("data-label", "Changed")) { T(String(row.updated)) }
                                El("td", .attr("data-label", "Unchanged")) { T(String(row.unchanged)) }
                                El("td", .attr("data-label", "Switched off")) { T(String(row.deactivated)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
