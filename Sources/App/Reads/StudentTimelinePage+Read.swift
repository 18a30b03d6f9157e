import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StudentTimelinePage {
    /// The timeline, when the person may see the student (`nil`: "not found"). Three queries
    /// whatever the number of meetings: the student with the facts `StudentScope` needs, their
    /// meetings with how this person reads each (`StudentMeetingAccess`), then one page of
    /// events from every source in one `UNION ALL`, newest first. Each branch asks only for the
    /// meetings whose viewer `TimelineVisibility` lets see that kind, and entries only under
    /// labels `RecordVisibility` lets them read, so what they may not read never leaves the
    /// database; the rows are checked again against Core as they are drawn.
    static func read(
        _ id: StudentID, filter: TimelineFilter, for staff: StaffContext, on db: any SQLDatabase
    ) async throws -> (page: StudentTimelinePage, schoolID: UUID)? {
        struct StudentRow: Decodable {
            var schoolId: UUID
            var organisationId: UUID
            var schoolName: String
            var legalGivenName: String
            var legalFamilyName: String
            var preferredName: String?
            var yearGroup: Int
            var hasSpecialNeeds: Bool
            var isLinked: Bool
        }
        let actor = staff.actor
        guard
            let student = try await db.raw(
                """
                SELECT s.school_id, sc.organisation_id, sc.name AS school_name, s.legal_given_name,
                    s.legal_family_name, s.preferred_name, s.year_group, s.has_special_needs,
                    EXISTS (SELECT 1 FROM staff_student_links l WHERE l.user_id = \(bind: actor.userID)
                        AND l.student_id = s.id) AS is_linked
                FROM students s JOIN schools sc ON sc.id = s.school_id
                WHERE s.id = \(bind: id.rawValue)
                """
            ).first(decoding: StudentRow.self, keyDecodingStrategy: .columns),
            StudentDirectory.scope(for: staff).includes(
                StudentFacts(
                    schoolID: student.schoolId, organisationID: student.organisationId, yearGroup: student.yearGroup,
                    hasSpecialNeeds: student.hasSpecialNeeds),
                isLinked: student.isLinked)
        else { return nil }

        let meetings = try await Self.meetings(of: id, organisationID: student.organisationId, for: actor, on: db)
        let person = TimelineVisibility.personViewer(isLeader: actor.role >= .schoolLeader)
        let offered = TimelineKind.allCases.filter { kind in
            meetings.values.contains { TimelineVisibility.canSee($0.viewer, kind) }
                || TimelineVisibility.canSee(person, kind)
        }
        let query = EventQuery(
            student: id.rawValue, userID: actor.userID, meetings: meetings, person: person,
            wanted: filter.kinds(within: Set(offered)))
        let rows = try await query.run(
            limit: Self.pageSize + 1, offset: (filter.page - 1) * Self.pageSize, on: db)
        let events = rows.prefix(Self.pageSize).compactMap { row in
            query.event(from: row, meetings: meetings, person: person)
        }
        let page = StudentTimelinePage(
            studentID: id, studentName: "\(student.preferredName ?? student.legalGivenName) \(student.legalFamilyName)",
            schoolName: student.schoolName, filter: filter, kinds: offered, events: Array(events),
            hasOlder: rows.count > Self.pageSize)
        return (page, student.schoolId)
    }

    /// A meeting about the student that the person may open, and how they read it.
    struct MeetingFacts {
        var viewer: RecordViewer
        var link: MeetingLink
        var outcome: TimelineMeetingOutcome
    }

    /// Every meeting about the student the person may open, in one query.
    static func meetings(
        of id: StudentID, organisationID: UUID, for actor: Actor, on db: any SQLDatabase
    ) async throws -> [UUID: MeetingFacts] {
        struct Row: Decodable {
            var id: UUID
            var type: MeetingType
            var state: MeetingState
            var schoolId: UUID
            var createdById: UUID
            var leadId: UUID?
            var takesPart: Bool
        }
        let rows = try await db.raw(
            """
            SELECT m.id, m.type, m.state, m.school_id, m.created_by_id, m.lead_id,
                EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id
                    AND p.user_id = \(bind: actor.userID)) AS takes_part
            FROM meeting_students ms JOIN meetings m ON m.id = ms.meeting_id
            WHERE ms.student_id = \(bind: id.rawValue)
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        var facts: [UUID: MeetingFacts] = [:]
        for row in rows {
            let access = StudentMeetingAccess(
                schoolId: row.schoolId, createdById: row.createdById, leadId: row.leadId, takesPart: row.takesPart)
            guard let viewer = access.viewer(for: actor, organisationID: organisationID) else { continue }
            let lifecycle = MeetingLifecycle(row.state)
            facts[row.id] = MeetingFacts(
                viewer: viewer,
                link: MeetingLink(id: MeetingID(row.id), type: row.type, hasRecord: lifecycle.hasStarted),
                outcome: TimelineMeetingOutcome(lifecycle))
        }
        return facts
    }
}
