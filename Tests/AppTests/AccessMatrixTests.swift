import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Every route against every role. A role that may not see a page gets "not found" (never a
/// hint that it exists), and no page shows anyone beyond the viewer's reach.
@Suite("Access for every route and role")
struct AccessMatrixTests {
    enum Role: String, CaseIterable {
        case anonymous, staff, leader, otherLeader, admin, foreignAdmin
        /// Staff whose reach comes from their job (Year 8; students with special needs), not
        /// from teaching Zoë: every route behaves as for staff, except that nothing of Zoë or
        /// her meeting opens (see `byJob`).
        case headOfYear, senco
        /// A governor of Oak Primary: the school's figures and nothing else (see `byFigures`).
        case governor
    }

    /// What a governor gets: the leader's answer on the figures, the same as any signed-in
    /// person where nobody needs to be signed in, and "not found" on every other page.
    static func byFigures(_ item: Case) -> HTTPStatus {
        switch item.template {
        case .insight, .insightExport: return item.expected[.leader]!
        case .home: return .seeOther
        case .signOut: return item.expected[.staff]!
        default: return item.expected[.anonymous] == .seeOther ? .notFound : item.expected[.staff]!
        }
    }

    /// What a head of year or the special needs coordinator gets: the teacher's answer, except
    /// "not found" wherever the teacher's answer depended on reaching Zoë.
    static func byJob(_ item: Case, zoe: [String]) -> HTTPStatus {
        let teacher = item.expected[.staff]!
        // Whatever the teacher got beyond "not found" (a page, a refusal that the meeting has
        // not started, a form to correct) shows they reached Zoë; someone who cannot must not.
        // (Answers that come before any look at the student, such as the API's "token
        // required", stay as they are.)
        guard zoe.contains(where: item.path.contains), ![.notFound, .unauthorized, .forbidden].contains(teacher) else {
            return teacher
        }
        return .notFound
    }

    /// Expected status per role, in `Role.allCases` order.
    struct Case {
        var method: HTTPMethod
        var template: SiteRoute.Template
        var path: String
        var form: [String: String] = [:]
        var expected: [Role: HTTPStatus]
    }

    static func expect(_ a: UInt, _ s: UInt, _ l: UInt, _ o: UInt, _ ad: UInt, _ f: UInt) -> [Role: HTTPStatus] {
        Dictionary(
            uniqueKeysWithValues: zip(Role.allCases, [a, s, l, o, ad, f].map { HTTPStatus(statusCode: Int($0)) }))
    }

    static func cases(
        _ people: Fixtures, pending: User, students s: StudentFixtures, meeting: Meeting, space: Space,
        agendaItem: UUID = UUID(), alert: UUID = UUID()
    ) -> [Case] {
        let primary = people.oakPrimary.id!.uuidString
        let staffPage = "/staff/\(people.primaryStaff.id!)"
        let adminPage = "/staff/\(people.oakAdmin.id!)"
        let administrators = SchoolFilter.administrators.uuidString
        let zoe = "/students/\(s.zoe.id!)"
        let mother = zoe + "/family/\(s.mother.id!)"
        let m = "/meetings/\(meeting.id!)"
        let room = "/spaces/\(space.id!)"
        return [
            Case(method: .GET, template: .home, path: "/", expected: expect(303, 200, 200, 200, 200, 200)),
            Case(method: .GET, template: .setup, path: "/setup", expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .setup, path: "/setup", form: SetupTests.form,
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(method: .GET, template: .signIn, path: "/sign-in", expected: expect(200, 303, 303, 303, 303, 303)),
            Case(
                method: .POST, template: .signIn, path: "/sign-in", form: ["email": "x@oak.example", "password": "x"],
                expected: expect(422, 422, 422, 422, 422, 422)),
            Case(method: .POST, template: .signOut, path: "/sign-out", expected: expect(303, 303, 303, 303, 303, 303)),
            Case(
                method: .GET, template: .welcome, path: "/welcome/not-a-real-token",
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .welcome, path: "/welcome/not-a-real-token",
                form: ["password": "Calm-Harbour-Lantern-42"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(method: .GET, template: .staff, path: "/staff", expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .staff, path: "/staff?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .staff, path: "/staff?school=\(administrators)",
                expected: expect(303, 404, 404, 404, 200, 200)),
            Case(
                method: .GET, template: .inviteStaff, path: "/staff/invite",
                expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .inviteStaff, path: "/staff/invite?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .inviteStaff, path: "/staff/invite?school=\(administrators)",
                expected: expect(303, 404, 404, 404, 200, 200)),
            Case(
                method: .POST, template: .inviteStaff, path: "/staff/invite",
                form: ["name": "New Person", "role": "staff", "school": primary],
                expected: expect(303, 404, 201, 201, 201, 422)),
            Case(
                method: .GET, template: .staffMember(.show), path: staffPage,
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .staffMember(.show), path: adminPage,
                expected: expect(303, 404, 404, 404, 200, 404)),
            Case(
                method: .POST, template: .staffMember(.role), path: staffPage + "/role",
                form: ["role": "staff", "school": primary],
                expected: expect(303, 404, 303, 404, 303, 404)),
            Case(
                method: .POST, template: .staffMember(.active), path: staffPage + "/active", form: ["active": "true"],
                expected: expect(303, 404, 303, 404, 303, 404)),
            Case(
                method: .POST, template: .staffMember(.resendInvitation), path: "/staff/\(pending.id!)/invitation",
                expected: expect(303, 404, 201, 404, 201, 404)),
            Case(
                method: .POST, template: .staffMember(.job), path: staffPage + "/job",
                form: ["job": "teacher", "years": ""],
                expected: expect(303, 404, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .schoolSettings, path: "/school-settings?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .schoolSettings, path: "/school-settings?school=\(primary)",
                form: ["head_of_year_sees_year_group": "true", "sen_coordinator_sees_special_needs": "true"],
                expected: expect(303, 404, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .schoolTerms, path: "/school-settings/terms?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .schoolTerms, path: "/school-settings/terms?school=\(primary)",
                form: ["term_0_name": "Autumn term", "term_0_start": "2026-09-02", "term_0_end": "2026-12-18"],
                expected: expect(303, 404, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .rosterImport, path: "/roster-import",
                expected: expect(303, 404, 404, 404, 200, 200)),
            Case(
                method: .POST, template: .rosterImport, path: "/roster-import",
                expected: expect(303, 404, 404, 404, 422, 422)),
            Case(
                method: .GET, template: .rosterImportJob, path: "/roster-import/\(UUID())",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(method: .GET, template: .schools, path: "/schools", expected: expect(303, 404, 404, 404, 200, 200)),
            Case(
                method: .POST, template: .schools, path: "/schools", form: ["name": "A new school"],
                expected: expect(303, 404, 404, 404, 303, 303)),
            Case(method: .GET, template: .audit, path: "/audit", expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .auditExport, path: "/audit/export.csv",
                expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .auditExport, path: "/audit/export.csv?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .audit, path: "/audit?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(method: .GET, template: .insight, path: "/insight", expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .insight, path: "/insight?school=\(primary)&period=year",
                expected: expect(303, 404, 200, 404, 200, 404)),
            // Oak Primary has term dates by now (the leader saved them above); Oak Secondary has
            // none, so its leader finds no table; the organisations' school years always have one.
            Case(
                method: .GET, template: .insightExport, path: "/insight/export.csv?table=key-figures",
                expected: expect(303, 404, 200, 404, 200, 200)),
            Case(
                method: .GET, template: .insightExport, path: "/insight/export.csv?table=key-figures&school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(method: .GET, template: .students, path: "/students", expected: expect(303, 200, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .student(.show), path: "/students/\(UUID())",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .student(.familyMember), path: "/students/\(UUID())/family/\(UUID())",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .student(.familyMember), path: "/students/\(UUID())/family/\(UUID())",
                form: ["email": "x@y.example"], expected: expect(303, 404, 404, 404, 404, 404)),
            Case(method: .GET, template: .student(.show), path: zoe, expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .newStudent, path: "/students/new",
                expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .POST, template: .newStudent, path: "/students/new",
                expected: expect(303, 404, 422, 422, 422, 422)),
            Case(
                method: .GET, template: .student(.edit), path: zoe + "/edit",
                expected: expect(303, 404, 200, 404, 200, 404)
            ),
            Case(
                method: .POST, template: .student(.edit), path: zoe + "/edit",
                expected: expect(303, 404, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .student(.familyMember), path: mother,
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .student(.familyMember), path: mother, form: ["email": "x@y.example"],
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .student(.addFamilyMember), path: zoe + "/family/new",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .student(.addFamilyMember), path: zoe + "/family/new",
                expected: expect(303, 404, 422, 404, 422, 404)),
            Case(
                method: .POST, template: .student(.familyLink), path: mother + "/link",
                expected: expect(303, 404, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .student(.removeFamilyMember), path: mother + "/remove",
                expected: expect(303, 404, 200, 404, 200, 404)),
            // Taking someone out cannot be repeated, so it is tried on nobody; the family
            // tests take real people out.
            Case(
                method: .POST, template: .student(.removeFamilyMember), path: zoe + "/family/\(UUID())/remove",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .student(.staff), path: zoe + "/staff",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .student(.staff), path: zoe + "/staff",
                expected: expect(303, 404, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .student(.removeStaff), path: zoe + "/staff/\(UUID())/remove",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .student(.addAgency), path: zoe + "/agencies/new",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .student(.addAgency), path: zoe + "/agencies/new",
                expected: expect(303, 404, 422, 404, 422, 404)),
            Case(
                method: .POST, template: .student(.removeAgency), path: zoe + "/agencies/\(UUID())/remove",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(method: .GET, template: .meetings, path: "/meetings", expected: expect(303, 200, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .student(.timeline), path: zoe + "/timeline?kind=goals&page=2",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .student(.newMeeting), path: zoe + "/meetings/new",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .student(.newMeeting), path: zoe + "/meetings/new",
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(method: .GET, template: .meeting(.show), path: m, expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .meeting(.plan), path: m + "/plan",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.plan), path: m + "/plan",
                expected: expect(303, 422, 422, 404, 422, 404)
            ),
            // The meeting's parts, each on its own page: read by whoever may open the meeting.
            Case(
                method: .GET, template: .meeting(.agenda), path: m + "/agenda",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .meeting(.people), path: m + "/people",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .meeting(.notes), path: m + "/notes",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .meeting(.preparation), path: m + "/preparation",
                expected: expect(303, 200, 200, 404, 200, 404)),
            // Each person's own reflection: the page shows only the reader's.
            Case(
                method: .GET, template: .meeting(.biasCheck), path: m + "/reflection",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.agenda), path: m + "/agenda",
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(
                method: .POST, template: .meeting(.agendaItem), path: m + "/agenda/\(UUID())", form: ["action": "up"],
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .meeting(.agendaItemEdit), path: m + "/agenda/\(agendaItem)/edit",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.agendaItemEdit), path: m + "/agenda/\(agendaItem)/edit",
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .meeting(.participants), path: m + "/participants",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.participants), path: m + "/participants",
                form: ["invite[]": "student:\(s.zoe.id!)"], expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .meeting(.partTime), path: m + "/participants/\(UUID())/time",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.partTime), path: m + "/participants/\(UUID())/time",
                form: ["from": "0", "until": "20"], expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .meeting(.guests), path: m + "/guests",
                expected: expect(303, 200, 200, 404, 200, 404)),
            // Without a name, so each role's try is refused the same way (a name is added once).
            Case(
                method: .POST, template: .meeting(.guests), path: m + "/guests", form: ["relationship": "Advocate"],
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(
                method: .POST, template: .meeting(.removeGuest), path: m + "/guests/\(UUID())/remove",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.preparation), path: m + "/preparation",
                expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .POST, template: .meeting(.biasCheck), path: m + "/reflection", form: ["text": "A thought"],
                expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .meeting(.space), path: m + "/space",
                expected: expect(303, 200, 200, 404, 200, 404)
            ),
            Case(
                method: .POST, template: .meeting(.space), path: m + "/space",
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .meeting(.seating), path: m + "/seating",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.seating), path: m + "/seating",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .GET, template: .meeting(.invitation), path: m + "/invitation",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.invitation), path: m + "/invitation?language=en",
                expected: expect(303, 422, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .meeting(.texts), path: m + "/texts?language=ar",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.texts), path: m + "/texts?language=fr",
                form: ["purpose": "Parler de l’école"], expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .meeting(.share), path: m + "/share",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.share), path: m + "/share",
                expected: expect(303, 422, 422, 404, 422, 404)
            ),
            Case(
                method: .GET, template: .meeting(.cancel), path: m + "/cancel",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .meeting(.tellChanges), path: m + "/changes/tell",
                expected: expect(303, 303, 303, 404, 303, 404)),
            // Cancelling cannot be repeated, so it is tried on a meeting that does not exist.
            Case(
                method: .POST, template: .meeting(.cancel), path: "/meetings/\(UUID())/cancel",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.split), path: "/meetings/\(UUID())/split",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.stopLinks), path: m + "/participants/\(UUID())/stop",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.link), path: m + "/participants/\(UUID())/link",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.handOver), path: m + "/participants/\(UUID())/hand-over",
                form: ["way": "copy", "count": "0"], expected: expect(303, 404, 404, 404, 404, 404)),
            // The meeting here is a draft: nobody has been invited, so nobody can be reminded yet.
            Case(
                method: .POST, template: .meeting(.remind), path: m + "/reminders",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.pageVersion), path: m + "/participants/\(UUID())/page-version",
                form: ["version": "child"], expected: expect(303, 404, 404, 404, 404, 404)),
            // Running: the meeting here is a draft, so the steps that need a running meeting are
            // refused (400) for those who may run it, and not found for everyone else.
            Case(
                method: .GET, template: .meeting(.run), path: m + "/run", expected: expect(303, 200, 200, 404, 200, 404)
            ),
            Case(
                method: .POST, template: .meeting(.start), path: m + "/run/start",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.runStep), path: m + "/run/step", form: ["action": "finish"],
                expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .POST, template: .meeting(.recordEntries), path: m + "/record/entries",
                form: ["kind": "note", "note_text": "x"], expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.recordEntry), path: m + "/record/entries/\(UUID())",
                form: ["label": "shared"], expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.actionStatus), path: m + "/record/entries/\(UUID())/status",
                form: ["status": "done"], expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.attendance), path: m + "/run/attendance",
                expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .POST, template: .meeting(.followUp), path: m + "/run/follow-up",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.close), path: m + "/run/close",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.sinceLastTime), path: m + "/run/since-last-time",
                form: ["entry": UUID().uuidString, "status": "done"], expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .meeting(.screen), path: m + "/screen",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .meeting(.screenLive), path: m + "/screen/live",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .meeting(.record), path: m + "/record",
                expected: expect(303, 200, 200, 404, 200, 404)),
            // Each person's own reflection after the meeting: asked only once it is over (this one
            // is a draft), then only of the lead and the staff who took part; never a leader's to read
            // (StaffReflectionTests covers a closed meeting role by role).
            Case(
                method: .GET, template: .meeting(.reflectionAfter), path: m + "/reflection/after",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .meeting(.reflectionAfter), path: m + "/reflection/after",
                form: ["went_well": "A thought", "q_cared": "8"], expected: expect(303, 404, 404, 404, 404, 404)),
            // The summary is written after closing; this meeting is a draft.
            Case(
                method: .GET, template: .meeting(.summary), path: m + "/summary",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.summary), path: m + "/summary", form: ["next_steps": "x"],
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.shareSummary), path: m + "/summary/share",
                expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .meeting(.answerSummary), path: m + "/summary/responses/\(UUID())/answer",
                form: ["answer": "x"], expected: expect(303, 400, 400, 404, 400, 404)),
            Case(
                method: .POST, template: .participant(.summary), path: "/p/not-a-real-token-not-a-real-one/summary",
                form: ["confirm": "1"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.followThrough),
                path: "/p/not-a-real-token-not-a-real-one/follow-through", form: ["entry": "x"],
                expected: expect(404, 404, 404, 404, 404, 404)),
            // A personal link needs no account; a wrong one is simply not found.
            Case(
                method: .GET, template: .participant(.page), path: "/p/not-a-real-token-not-a-real-one",
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .calendarFeed, path: "/calendar-feed",
                expected: expect(303, 200, 200, 200, 200, 200)
            ),
            Case(
                method: .POST, template: .calendarFeed, path: "/calendar-feed",
                expected: expect(303, 200, 200, 200, 200, 200)),
            Case(
                method: .POST, template: .revokeCalendarFeed, path: "/calendar-feed/revoke",
                expected: expect(303, 303, 303, 303, 303, 303)),
            // A feedback alert (issue 14): its owner (the lead) and the school's leaders and
            // administrators; nobody else learns it exists. The teacher closes it first, so the
            // leaders' later presses find it closed and are sent back to it.
            Case(
                method: .GET, template: .feedbackAlert, path: "/feedback-alerts/\(alert)",
                expected: expect(303, 200, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .feedbackAlert, path: "/feedback-alerts/\(alert)",
                form: ["action": "phone_call", "note": "Called"], expected: expect(303, 303, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .feedbackThresholds, path: "/school-settings/feedback-alerts?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .POST, template: .feedbackThresholds,
                path: "/school-settings/feedback-alerts?school=\(primary)",
                form: ["low_score": "5", "drop": "2", "low_face": "2"], expected: expect(303, 404, 303, 404, 303, 404)),
            Case(
                method: .GET, template: .api(.feedbackAlerts), path: "/api/v1/feedback-alerts",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.feedbackAlert), path: "/api/v1/feedback-alerts/\(alert)",
                expected: expect(401, 401, 401, 401, 401, 401)),
            // Everyone with an account chooses their own reminder emails, and only their own.
            Case(
                method: .GET, template: .reminderSettings, path: "/reminders",
                expected: expect(303, 200, 200, 200, 200, 200)),
            Case(
                method: .POST, template: .reminderSettings, path: "/reminders", form: ["frequency": "weekly"],
                expected: expect(303, 303, 303, 303, 303, 303)),
            Case(
                method: .POST, template: .participant(.reminders), path: "/p/not-a-real-token-not-a-real-one/reminders",
                form: ["reminders": "off"], expected: expect(404, 404, 404, 404, 404, 404)),
            // The family's own page is reached only through a personal link: a wrong one is not found.
            Case(
                method: .GET, template: .participant(.family), path: "/p/not-a-real-token-not-a-real-one/family",
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.familyRequest),
                path: "/p/not-a-real-token-not-a-real-one/family/request", form: ["request_topic": "Homework"],
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.familyOpen),
                path: "/p/not-a-real-token-not-a-real-one/family/open", form: ["meeting": "x"],
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .participant(.calendar), path: "/p/not-a-real-token-not-a-real-one/meeting.ics",
                expected: expect(404, 404, 404, 404, 404, 404)),
            // How the meeting felt: only from a personal link; a wrong one is not found.
            Case(
                method: .GET, template: .participant(.feedback), path: "/p/not-a-real-token-not-a-real-one/feedback",
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.feedback), path: "/p/not-a-real-token-not-a-real-one/feedback",
                form: ["q_cared": "7"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .calendarFile, path: "/calendar/not-a-real-feed.ics",
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .outboxCalendar, path: "/outbox/\(UUID())/meeting.ics",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .outboxHandOver, path: "/outbox/\(UUID())/hand-over",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.page), path: "/p/not-a-real-token-not-a-real-one",
                form: ["attendance": "coming"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.agenda), path: "/p/not-a-real-token-not-a-real-one/agenda",
                form: ["topic": "Homework"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.voice), path: "/p/not-a-real-token-not-a-real-one/voice",
                form: ["worries": "x"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.request), path: "/p/not-a-real-token-not-a-real-one/request",
                form: ["request_topic": "Homework"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.code), path: "/p/not-a-real-token-not-a-real-one/code",
                expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .participant(.verify), path: "/p/not-a-real-token-not-a-real-one/verify",
                form: ["code": "123456"], expected: expect(404, 404, 404, 404, 404, 404)),
            Case(
                method: .GET, template: .meetingRequests, path: "/requests",
                expected: expect(303, 200, 200, 200, 200, 200)
            ),
            Case(
                method: .POST, template: .acceptRequest, path: "/requests/\(UUID())/accept",
                expected: expect(303, 404, 404, 404, 404, 404)),
            Case(
                method: .POST, template: .answerRequest, path: "/requests/\(UUID())/answer",
                form: ["answer": "x"], expected: expect(303, 404, 404, 404, 404, 404)),
            Case(method: .GET, template: .outbox, path: "/outbox", expected: expect(303, 404, 200, 200, 200, 200)),
            // An administrator of several schools chooses which school's rooms.
            Case(method: .GET, template: .spaces, path: "/spaces", expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .spaces, path: "/spaces?school=\(primary)",
                expected: expect(303, 404, 200, 404, 200, 404)),
            Case(
                method: .GET, template: .newSpace, path: "/spaces/new", expected: expect(303, 404, 200, 200, 200, 200)),
            Case(
                method: .POST, template: .newSpace, path: "/spaces/new?school=\(primary)",
                expected: expect(303, 404, 422, 404, 422, 404)),
            Case(method: .GET, template: .space, path: room, expected: expect(303, 404, 200, 404, 200, 404)),
            Case(method: .POST, template: .space, path: room, expected: expect(303, 404, 422, 404, 422, 404)),
            Case(
                method: .GET, template: .apiTokens, path: "/api-tokens", expected: expect(303, 404, 404, 404, 200, 200)),
            Case(
                method: .POST, template: .apiTokens, path: "/api-tokens",
                form: ["name": "Sync", "owner": people.oakAdmin.id!.uuidString],
                expected: expect(303, 404, 404, 404, 201, 422)),
            Case(
                method: .POST, template: .revokeAPIToken, path: "/api-tokens/\(UUID())/revoke",
                expected: expect(303, 404, 404, 404, 404, 404)),
            // The API takes tokens, never cookies: a signed-in browser gets 401 there.
            Case(
                method: .GET, template: .api(.students), path: "/api/v1/students",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.student), path: "/api/v1/students/\(UUID())",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .POST, template: .api(.students), path: "/api/v1/students",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .PATCH, template: .api(.student), path: "/api/v1/students/\(s.zoe.id!)",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.studentFamily), path: "/api/v1/students/\(s.zoe.id!)/family",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .POST, template: .api(.studentFamily), path: "/api/v1/students/\(s.zoe.id!)/family",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .POST, template: .api(.studentMeetings), path: "/api/v1/students/\(s.zoe.id!)/meetings",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.meetings), path: "/api/v1/meetings",
                expected: expect(401, 401, 401, 401, 401, 401)
            ),
            Case(
                method: .GET, template: .api(.meeting), path: "/api/v1/meetings/\(meeting.id!)",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .POST, template: .api(.meetingAgenda), path: "/api/v1/meetings/\(meeting.id!)/agenda",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.meetingRecord), path: "/api/v1/meetings/\(meeting.id!)/record",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .POST, template: .api(.entryStatus),
                path: "/api/v1/meetings/\(meeting.id!)/record/entries/\(UUID())/status",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.meetingSummary), path: "/api/v1/meetings/\(meeting.id!)/summary",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.meetingFeedback), path: "/api/v1/meetings/\(meeting.id!)/feedback",
                expected: expect(401, 401, 401, 401, 401, 401)),
            Case(
                method: .GET, template: .api(.staff), path: "/api/v1/staff",
                expected: expect(401, 401, 401, 401, 401, 401)
            ),
            Case(
                method: .GET, template: .api(.openAPI), path: "/api/v1/openapi.json",
                expected: expect(200, 200, 200, 200, 200, 200)),
            Case(method: .GET, template: .healthz, path: "/healthz", expected: expect(200, 200, 200, 200, 200, 200)),
            Case(method: .GET, template: .readyz, path: "/readyz", expected: expect(200, 200, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .asset(.stylesheet), path: "/assets/app.css",
                expected: expect(200, 200, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .asset(.voiceScript), path: "/assets/voice.js",
                expected: expect(200, 200, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .asset(.liveScript), path: "/assets/live.js",
                expected: expect(200, 200, 200, 200, 200, 200)),
            Case(
                method: .GET, template: .benchPlaintext, path: "/bench/plaintext",
                expected: expect(404, 404, 404, 404, 404, 404)),
        ]
    }

    /// An open feedback alert on the meeting, owned by its lead.
    static func alert(on meeting: Meeting, _ app: Application) async throws -> UUID {
        let family = try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meeting.requireID())
            .filter(\.$kind == .family).first()
        let participant = try family ?? Meetings.participant(meeting.requireID(), .family, role: "Mother") { _ in }
        if family == nil { try await participant.create(on: app.db) }
        let alert = FeedbackAlert()
        alert.$school.id = meeting.$school.id
        alert.$meeting.id = try meeting.requireID()
        alert.$participant.id = try participant.requireID()
        alert.$owner.id = meeting.$lead.id ?? meeting.$createdBy.id
        alert.reasons = FeedbackAlerts.encode([.init(.cared, .low(score: 2))])
        alert.raisedAt = app.roundtable.now
        try await alert.create(on: app.db)
        return try alert.requireID()
    }

    /// Words that must never appear on a page shown to the role: people and schools
    /// beyond its reach.
    static func outOfReach(_ people: Fixtures, for role: Role) -> [String] {
        let elm = [people.elmAdmin.name, people.elmLeader.name, people.elmHigh.name, people.elm.name]
        let oak = [
            people.oakAdmin.name, people.primaryLeader.name, people.primaryStaff.name, people.secondaryLeader.name,
            people.secondaryStaff.name, people.oakPrimary.name, people.oakSecondary.name, people.oak.name,
        ]
        switch role {
        case .anonymous: return elm + oak
        case .staff, .headOfYear, .senco:
            return elm + [people.secondaryStaff.name, people.secondaryLeader.name, people.oakSecondary.name]
        case .leader: return elm + [people.secondaryStaff.name, people.secondaryLeader.name, people.oakSecondary.name]
        case .otherLeader: return elm + [people.primaryStaff.name, people.primaryLeader.name, people.oakPrimary.name]
        case .admin: return elm
        case .foreignAdmin: return oak
        case .governor:
            return elm + [
                people.oakAdmin.name, people.primaryLeader.name, people.primaryStaff.name,
                people.secondaryLeader.name, people.secondaryStaff.name, people.oakSecondary.name,
            ]
        }
    }

    @Test("Each role gets exactly the pages it should, and nothing of anyone else's", arguments: TestDatabase.all)
    func matrix(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let pending = User(
                organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: "Pending Person",
                email: EmailAddress("pending@oak.example")!, passwordHash: nil, role: .staff)
            try await pending.create(on: app.db)
            let governor = try await people.governor(school: people.oakPrimary, on: app)
            let students = try await StudentFixtures.make(people, on: app)
            let meeting = try await Meetings.create(
                .behaviourConcern, for: students.zoe, by: StaffContext.of(people.primaryStaff, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            let space = try await MeetingTests.room(in: people.oakPrimary, on: app.db)
            let agendaItem = try #require(
                try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.id!).first()?.id)
            // On a meeting of its own, so the matrix's changes to the draft (its people, its
            // cancelling) leave the alert where it is.
            let alertMeeting = try await Meetings.create(
                .behaviourConcern, for: students.zoe, by: StaffContext.of(people.primaryStaff, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            let alert = try await Self.alert(on: alertMeeting, app)
            // The alert is about Zoë's meeting: someone who does not own it gets "not found".
            let zoe = [
                students.zoe.id!.uuidString, meeting.id!.uuidString, students.mother.id!.uuidString, alert.uuidString,
                alertMeeting.id!.uuidString,
            ]
            let cases = Self.cases(
                people, pending: pending, students: students, meeting: meeting, space: space, agendaItem: agendaItem,
                alert: alert
            ).map {
                var item = $0
                item.expected[.headOfYear] = Self.byJob(item, zoe: zoe)
                item.expected[.senco] = Self.byJob(item, zoe: zoe)
                item.expected[.governor] = Self.byFigures(item)
                return item
            }

            // The matrix must cover every route the application registers.
            let registered = Set(
                app.routes.all.map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
            let covered = Set(cases.map { "\($0.method.rawValue) \($0.template.pattern)" })
            #expect(registered == covered, "routes without an access check: \(registered.subtracting(covered))")

            try await Fixtures.countInsight(app)
            let users: [Role: User] = [
                .staff: people.primaryStaff, .leader: people.primaryLeader, .otherLeader: people.secondaryLeader,
                .admin: people.oakAdmin, .foreignAdmin: people.elmAdmin, .headOfYear: students.headOfYear,
                .senco: students.senco, .governor: governor,
            ]
            for role in Role.allCases {
                // Wrong personal links are throttled per address, and every role here comes
                // from the same one: start each role with a clean slate.
                try await SignInThrottleRecord.query(on: app.db).delete()
                var emailCounter = 0
                for item in cases {
                    // A fresh sign-in for each request: some requests (sign out) end the session.
                    let browser = TestBrowser(app)
                    if let user = users[role] { try await browser.signIn(user) }
                    // Open a page with a form first, as a person would, so posts carry a valid token.
                    try await browser.get(users[role] == nil ? "/sign-in" : role == .governor ? "/insight" : "/")
                    var form = item.form
                    if item.template == .inviteStaff && item.method == .POST {
                        emailCounter += 1
                        form["email"] = "new-\(role.rawValue)-\(emailCounter)@oak.example"
                    }
                    if item.template == .signIn && item.method == .POST {
                        form["email"] = "nobody-\(role.rawValue)@oak.example"
                    }
                    if item.template == .schools && item.method == .POST {
                        form["name"] = "School for \(role.rawValue)"
                    }
                    let response =
                        item.method == .GET
                        ? try await browser.get(item.path) : try await browser.send(item.method, item.path, form)
                    #expect(
                        response.status == item.expected[role],
                        "\(role) \(item.method) \(item.path): got \(response.status.code)")
                    // "Not found" says nothing about anyone: only the viewer's own name, in the header.
                    if response.status == .notFound {
                        for other in people.everyone + [pending] where other.id != users[role]?.id {
                            #expect(!response.text.contains(other.name), "\(role) \(item.path) 404 names \(other.name)")
                        }
                    }
                    for word in Self.outOfReach(people, for: role) where response.text.contains(word) {
                        Issue.record("\(role) \(item.method) \(item.path) shows \"\(word)\"")
                    }
                }
            }
        }
    }
}
