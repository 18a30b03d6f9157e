import Foundation
import RoundtableCore

/// Where a roster import stands, as its pages say it.
public enum RosterJobState: Sendable, Equatable {
    case running
    /// The row says "running", but the process that ran it has gone.
    case interrupted
    case done
    case failed

    public var label: String {
        switch self {
        case .running: "in progress"
        case .interrupted: "interrupted"
        case .done: "finished"
        case .failed: "stopped"
        }
    }
}

/// Uploading a roster export (a zip of OneRoster CSV files), and the recent imports.
public struct RosterUploadPage: HTMLPage, Sendable, Equatable {
    public struct RecentJob: Sendable, Equatable {
        public var id: RosterImportJobID
        public var fileName: String
        public var createdAt: Date?
        public var dryRun: Bool
        public var status: RosterJobState

        public init(id: RosterImportJobID, fileName: String, createdAt: Date?, dryRun: Bool, status: RosterJobState) {
            self.id = id
            self.fileName = fileName
            self.createdAt = createdAt
            self.dryRun = dryRun
            self.status = status
        }
    }

    /// The schools the person may import into; never empty.
    public var schools: [NamedSchool]
    /// The school chosen in the form (its id as text).
    public var school: String
    public var dryRun: Bool
    public var skipInvalid: Bool
    public var recent: [RecentJob]
    public var errors: FieldErrors

    public init(
        schools: [NamedSchool], school: String, dryRun: Bool = true, skipInvalid: Bool = false,
        recent: [RecentJob] = [],
        errors: FieldErrors = FieldErrors()
    ) {
        self.schools = schools
        self.school = school
        self.dryRun = dryRun
        self.skipInvalid = skipInvalid
        self.recent = recent
        self.errors = errors
    }

    public var title: String { "Import a roster" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .schools }

    public func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            PageHeading(text: "Import a roster")
            El("p", .class("lead")) {
                T(
                    "Export your students, families, staff and classes from your information system as OneRoster CSV files, "
                )
                T(
                    "put them in one zip file, and upload it here. Check it first: nothing changes until you import for real."
                )
            }
            El(
                "form", .postMethod, .action(.rosterImport()), .attr("enctype", "multipart/form-data"),
                .flag("novalidate")
            ) {
                CSRFField()
                if schools.count > 1 {
                    SelectField(
                        name: "school", label: "School",
                        options: schools.map(\.option), selected: school,
                        error: errors["school"])
                } else if let only = schools.first {
                    Leaf("input", .type("hidden"), .name("school"), .value(only.id.rawValue.uuidString))
                }
                El("div", .class("field" + (errors["file"] != nil ? " field--error" : ""))) {
                    El("label", .class("label"), .for("file")) { T("Roster zip file") }
                    El("p", .class("hint"), .id("file-hint")) {
                        T(
                            "It must hold orgs.csv and users.csv; classes.csv, enrollments.csv and demographics.csv are used when present."
                        )
                    }
                    FieldMessage(field: "file", error: errors["file"])
                    Leaf(
                        "input", .class("file-input"), .id("file"), .name("file"), .type("file"),
                        .attr("accept", ".zip,application/zip"), .aria("describedby", "file-hint"))
                }
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("How to import") }
                    El("div", .class("checkboxes")) {
                        Checkbox(
                            name: "dry_run", label: "Only check the files and count what would change", checked: dryRun)
                        Checkbox(
                            name: "skip_invalid", label: "Import the good rows even if some rows have problems",
                            checked: skipInvalid)
                    }
                }
                PrimaryButton(text: "Upload and import")
            }
            if !recent.isEmpty {
                El("h2", .class("heading-m")) { T("Recent imports") }
                El("ul", .class("list")) {
                    for job in recent {
                        El("li") {
                            El("a", .href(.rosterImportJob(job.id))) { T(job.fileName) }
                            T(", " + (job.createdAt.map(DateText.dateTime) ?? "") + (job.dryRun ? ", check only" : ""))
                            T(": " + job.status.label)
                        }
                    }
                }
            }
        }
    }
}
