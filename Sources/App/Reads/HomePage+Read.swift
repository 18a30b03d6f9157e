import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension HomePage {
    /// What needs the person is `work` (the rows the navigation's count came from). Then one
    /// query for their meetings this week with their students, one for who was invited to
    /// those and who replied (none without meetings), and for administrators one for the
    /// first steps and one for the organisation's schools.
    static func read(
        for staff: StaffContext, work: StaffWorkList, smtpConfigured: Bool, now: Date, timeZone: TimeZone,
        on db: any SQLDatabase
    ) async throws -> HomePage {
        var page = HomePage(
            personName: staff.user.name, caption: staff.school?.name ?? staff.organisation.name,
            areas: StaffArea.visible(to: staff.actor).filter { $0 != .home })
        let week = StaffWork.week(now: now, timeZone: timeZone)
        let meetings = try await weekMeetings(for: staff, from: week.today, to: week.end, on: db)
        page.work = Work(
            today: meetings.filter { $0.startsAt < week.tomorrow },
            thisWeek: meetings.filter { $0.startsAt >= week.tomorrow }, needsYou: work.needsYou,
            actions: work.actions, reviews: work.reviews)
        var schools: [NamedSchool] = []
        if staff.actor.role.spansSchools, let organisationID = staff.organisation.id {
            struct Row: Decodable {
                var id: UUID
                var name: String
            }
            let rows = try await db.select().columns("id", "name").from("schools")
                .where("organisation_id", .equal, organisationID).orderBy("name")
                .all(decoding: Row.self)
            schools = rows.map { NamedSchool(id: SchoolID($0.id), name: $0.name) }
            page.organisation = Organisation(name: staff.organisation.name, schools: schools)
        }
        if staff.actor.role >= .schoolLeader {
            page.firstSteps = try await firstSteps(
                for: staff, schools: schools.map(\.id.rawValue), smtpConfigured: smtpConfigured, on: db)
        }
        return page
    }

    /// The steps, for a leader's school or an administrator's organisation; `nil` once it has
    /// students, rooms and other staff (the rest is then theirs to finish in their own time).
    static func firstSteps(
        for staff: StaffContext, schools: [UUID], smtpConfigured: Bool, on db: any SQLDatabase
    ) async throws -> FirstSteps? {
        let me = try staff.user.requireID()
        let ids: [any Encodable & Sendable] = staff.actor.role.spansSchools ? schools : [staff.school?.id ?? UUID()]
        guard !ids.isEmpty else { return nil }
        struct Counts: Decodable {
            var students: Int
            var rooms: Int
            var colleagues: Int
            var settings: Int
        }
        let counts = try await db.raw(
            """
            SELECT c.students, c.rooms, c.colleagues,
                CASE WHEN c.students = 0 OR c.rooms = 0 OR c.colleagues = 0 THEN
                    (SELECT COUNT(*) FROM (SELECT 1 FROM audit_events
                        WHERE school_id IN (\(binds: ids))
                        AND action = \(bind: AuditAction.schoolSettingsChanged.rawValue) LIMIT 1) e)
                ELSE 1 END AS settings
            FROM (SELECT
                (SELECT CAST(COALESCE(SUM(active), 0) AS BIGINT) FROM school_student_counts
                    WHERE school_id IN (\(binds: ids))) AS students,
                (SELECT COUNT(*) FROM (SELECT 1 FROM spaces WHERE school_id IN (\(binds: ids))
                    AND is_active = \(bind: true) LIMIT 1) r) AS rooms,
                (SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE organisation_id = \(bind: staff.actor.organisationID)
                    AND id <> \(bind: me) AND (school_id IS NULL OR school_id IN (\(binds: ids))) LIMIT 1) u)
                    AS colleagues
            ) c
            """
        ).first(decoding: Counts.self)
        guard let counts, counts.students == 0 || counts.rooms == 0 || counts.colleagues == 0 else { return nil }
        let school = staff.school?.id ?? schools.first
        return FirstSteps(
            school: school.map { SchoolID($0) }, schoolDetails: counts.settings > 0, rooms: counts.rooms > 0,
            students: counts.students > 0, staff: counts.colleagues > 0, email: smtpConfigured,
            mayImportRoster: school.map {
                AccessPolicy.allows(
                    staff.actor, .importRoster(SchoolRef(id: $0, organisationID: staff.actor.organisationID)))
            } ?? false)
    }
}
