import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The schools area: the organisation's schools, a school's settings, roster imports.
@Suite(.snapshots(record: snapshotRecording))
struct SchoolPagesSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let larkfield = SchoolID(id(101))
    static let oakway = SchoolID(id(102))
    static let admin = StaffFrame(
        name: "Jo Reid", roleLabel: "Organisation administrator", siteName: "Northfield Trust",
        areas: [.home, .staff, .schools, .audit])

    @Test func schoolsWithANameTaken() {
        var errors = FieldErrors()
        errors.add("name", "There is already a school with this name")
        let page = SchoolsPage(
            organisationName: "Northfield Trust",
            schools: [
                .init(id: Self.larkfield, name: "Larkfield Academy"), .init(id: Self.oakway, name: "Oakway Primary"),
            ],
            name: "Oakway Primary", errors: errors)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func schoolAdded() {
        let page = SchoolsPage(
            organisationName: "Northfield Trust", schools: [.init(id: Self.larkfield, name: "Larkfield Academy")],
            notice: .schoolAdded)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func settingsSaved() {
        let page = SchoolSettingsPage(
            schoolID: Self.larkfield, schoolName: "Larkfield Academy", headOfYearSeesYearGroup: true,
            senCoordinatorSeesSpecialNeeds: false, participantCodeRequired: true,
            jargon: "SENCO = the teacher who leads support for children with special needs", notice: .settingsSaved)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func settingsWithAJargonProblem() {
        var errors = FieldErrors()
        errors.add("jargon", "Line 1 needs an equals sign between the word and what it means")
        let page = SchoolSettingsPage(
            schoolID: Self.larkfield, schoolName: "Larkfield Academy", headOfYearSeesYearGroup: false,
            senCoordinatorSeesSpecialNeeds: true, participantCodeRequired: false, jargon: "SENCO", errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func termDatesSaved() {
        let page = SchoolTermsPage(
            schoolID: Self.larkfield, schoolName: "Larkfield Academy",
            fixed: [SchoolTerm(name: "Summer term", start: SchoolDay(2026, 4, 13), end: SchoolDay(2026, 7, 22))],
            form: TermDatesForm(rows: [
                .init(name: "Autumn term", start: "2026-09-02", end: "2026-12-18"),
                .init(name: "Spring term", start: "2027-01-05", end: "2027-03-26"),
                .init(name: "Summer term", start: "2027-04-12", end: "2027-07-21"),
            ]), notice: .termsSaved)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func termDatesWithProblems() {
        let form = TermDatesForm(rows: [
            .init(name: "Autumn term", start: "2026-09-02", end: "2026-12-18"),
            .init(name: "Spring term", start: "2026-12-01", end: "2027-03-26"),
            .init(name: "", start: "2027-04-12", end: "2027-07-21"),
        ])
        guard case .failure(let box) = form.check() else {
            Issue.record("accepted")
            return
        }
        let page = SchoolTermsPage(
            schoolID: Self.larkfield, schoolName: "Larkfield Academy", form: form, errors: box.errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func uploadWithRecentImports() {
        let page = RosterUploadPage(
            schools: [
                .init(id: Self.larkfield, name: "Larkfield Academy"), .init(id: Self.oakway, name: "Oakway Primary"),
            ],
            school: Self.oakway.rawValue.uuidString,
            recent: [
                .init(
                    id: RosterImportJobID(Self.id(401)), fileName: "export.zip", createdAt: PageSnapshot.now,
                    dryRun: true, status: .running),
                .init(
                    id: RosterImportJobID(Self.id(402)), fileName: "export.zip",
                    createdAt: PageSnapshot.now.addingTimeInterval(-86400), dryRun: false, status: .interrupted),
                .init(
                    id: RosterImportJobID(Self.id(403)), fileName: "old.zip",
                    createdAt: PageSnapshot.now.addingTimeInterval(-7 * 86400), dryRun: false, status: .done),
            ])
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func uploadForOneSchoolWithErrors() {
        var errors = FieldErrors()
        errors.add("file", "Choose the roster's zip file")
        let page = RosterUploadPage(
            schools: [.init(id: Self.larkfield, name: "Larkfield Academy")], school: "", dryRun: false,
            skipInvalid: true, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    static func job(
        _ status: RosterJobState, summary: RosterSummary? = nil, failure: String? = nil
    ) -> RosterImportJobPage {
        RosterImportJobPage(
            fileName: "export.zip", dryRun: summary?.dryRun ?? false, status: status, schoolID: Self.larkfield,
            schoolName: "Larkfield Academy", phase: "Matching students", failure: failure, summary: summary)
    }

    static let counts: [RosterSummary.Row] = [
        .init(name: "Students", created: 12, updated: 3, unchanged: 840, deactivated: 2),
        .init(name: "Family members", created: 20, updated: 1, unchanged: 1500, deactivated: 0),
        .init(name: "Staff", created: 1, updated: 0, unchanged: 95, deactivated: 1),
        .init(name: "Family links", created: 25, updated: 0, unchanged: 1700, deactivated: 3),
        .init(name: "Staff links", created: 40, updated: 0, unchanged: 3000, deactivated: 10),
    ]

    @Test func jobRunning() {
        assertSnapshot(of: PageSnapshot.html(Self.job(.running), staff: Self.admin), as: .lines)
    }

    @Test func jobInterrupted() {
        assertSnapshot(of: PageSnapshot.html(Self.job(.interrupted), staff: Self.admin), as: .lines)
    }

    @Test func jobFailed() {
        let page = Self.job(.failed, failure: "The zip file has no users.csv.")
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func checkDoneWithProblems() {
        let summary = RosterSummary(
            applied: false, dryRun: true, problemCount: 2,
            problems: ["users.csv line 4: no family name", "enrollments.csv line 9: unknown class"], rows: Self.counts)
        assertSnapshot(of: PageSnapshot.html(Self.job(.done, summary: summary), staff: Self.admin), as: .lines)
    }

    @Test func importRefusedForProblems() {
        let summary = RosterSummary(
            applied: false, dryRun: false, problemCount: 1, problems: ["users.csv line 4: no family name"],
            rows: Self.counts)
        assertSnapshot(of: PageSnapshot.html(Self.job(.done, summary: summary), staff: Self.admin), as: .lines)
    }

    @Test func importDone() {
        let summary = RosterSummary(applied: true, dryRun: false, problemCount: 0, problems: [], rows: Self.counts)
        assertSnapshot(of: PageSnapshot.html(Self.job(.done, summary: summary), staff: Self.admin), as: .lines)
    }
}
