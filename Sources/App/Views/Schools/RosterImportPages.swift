import Foundation
import RoundtableCore
import RoundtableViews

struct RosterUploadPage: HTMLPage {
    var schools: [School]
    var school: String
    var dryRun: Bool
    var skipInvalid: Bool
    var recent: [RosterImportJob]
    /// Jobs among `recent` that say "running" but whose process has gone.
    var interrupted: Set<UUID> = []
    var errors = FieldErrors()

    var title: String { "Import a roster" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .schools }

    func content() -> Component {
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
                        options: schools.map { ($0.id!.uuidString, $0.name) }, selected: school,
                        error: errors["school"])
                } else {
                    Leaf("input", .type("hidden"), .name("school"), .value(schools[0].id!.uuidString))
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
                            El("a", .href(.rosterImportJob(job.id!))) { T(job.fileName) }
                            T(", " + (job.createdAt.map(DateText.dateTime) ?? "") + (job.dryRun ? ", check only" : ""))
                            T(
                                ": "
                                    + (interrupted.contains(job.id!)
                                        ? RosterImportJob.interruptedLabel : job.status.label))
                        }
                    }
                }
            }
        }
    }

}

extension RosterImportJob {
    static let interruptedLabel = "interrupted"
}

extension RosterImportJob.Status {
    var label: String {
        switch self {
        case .running: "in progress"
        case .done: "finished"
        case .failed: "stopped"
        }
    }
}

struct RosterImportJobPage: HTMLPage {
    var job: RosterImportJob
    var schoolName: String
    var phase: String
    var summary: RosterImport.Summary?
    /// The row says "running", but the process that ran it has gone.
    var interrupted = false

    var title: String { "Roster import" }
    var area: StaffArea? { .schools }
    var refreshSeconds: Int? { job.status == .running && !interrupted ? 2 : nil }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .rosterImport(), text: "Back to roster import")
            PageHeading(text: job.dryRun ? "Checking the roster" : "Importing the roster", caption: schoolName)
            El("p") {
                T(job.fileName + " ")
                StatusTag(
                    text: (interrupted ? RosterImportJob.interruptedLabel : job.status.label).capitalized,
                    tone: job.status == .done ? "green" : job.status == .running && !interrupted ? "blue" : "grey")
            }
            switch job.status {
            case .running where interrupted:
                El("div", .class("warning-text")) {
                    T("The import was interrupted (the server stopped before it finished). Nothing was imported.")
                }
                El("p") {
                    El("a", .href(.rosterImport(school: job.$school.id))) { T("Upload the file again") }
                }
            case .running:
                El("p", .class("lead"), .attr("role", "status")) { T(phase + "…") }
                El("p", .class("hint")) { T("This page updates by itself. A large school takes up to a minute.") }
            case .failed:
                El("div", .class("warning-text")) { T(job.failure ?? "The import stopped. Nothing was imported.") }
            case .done:
                if let summary { SummaryView(summary: summary) }
            }
        }
    }
}

/// The counts and problems of an import, as on the command line.
struct SummaryView: Component {
    var summary: RosterImport.Summary

    var body: Component {
        ComponentGroup {
            if summary.problemCount > 0 {
                El("h2", .class("heading-m")) {
                    T("\(summary.problemCount) problem\(summary.problemCount == 1 ? "" : "s") in the files")
                }
                El("ul", .class("list")) {
                    for problem in summary.problems.prefix(100) { El("li") { T(problem.description) } }
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
                        for (name, counts) in [
                            ("Students", summary.students), ("Family members", summary.familyMembers),
                            ("Staff", summary.staff), ("Family links", summary.familyLinks),
                            ("Staff links", summary.staffLinks),
                        ] {
                            El("tr") {
                                El("th", .attr("scope", "row")) { T(name) }
                                El("td", .attr("data-label", "New")) { T(String(counts.created)) }
                                El("td", .attr("data-label", "Changed")) { T(String(counts.updated)) }
                                El("td", .attr("data-label", "Unchanged")) { T(String(counts.unchanged)) }
                                El("td", .attr("data-label", "Switched off")) { T(String(counts.deactivated)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
