import Fluent
import Foundation
import RoundtableCore
import SQLKit

extension Meetings {
    /// The ids of the meetings listed as a person's own (`MeetingListScope`: administrators,
    /// their organisation's; leaders, their school's; staff, those they made, lead or take
    /// part in), at most `MeetingListScope.limit`, newest plans first. The one statement of
    /// that list: the meetings page puts it in its own query, the API and the calendar feed
    /// read it through `mine(_:on:)`.
    static func mine(_ scope: MeetingListScope) -> SQLQueryString {
        let condition: SQLQueryString
        switch scope {
        case .organisation(let organisationID):
            condition = "school_id IN (SELECT id FROM schools WHERE organisation_id = \(bind: organisationID))"
        case .school(let schoolID):
            condition = "school_id = \(bind: schoolID)"
        case .own(let userID):
            condition = """
                created_by_id = \(bind: userID) OR lead_id = \(bind: userID)
                OR id IN (SELECT meeting_id FROM meeting_participants WHERE user_id = \(bind: userID))
                """
        case .none:
            condition = "1 = 0"
        }
        return """
            SELECT id FROM meetings WHERE \(condition)
            ORDER BY created_at DESC LIMIT \(literal: MeetingListScope.limit)
            """
    }

    struct Entry: Sendable {
        var meeting: Meeting
        var studentIDs: [UUID]
    }

    /// The person's meetings (`mine(_:)`) as models, newest plans first, with their students.
    static func mine(_ staff: StaffContext, on db: any Database) async throws -> [Entry] {
        let ids = try await db.sql().raw(mine(.of(staff.actor))).all(decodingColumn: "id", as: UUID.self)
        guard !ids.isEmpty else { return [] }
        let meetings = try await Meeting.query(on: db).filter(\.$id ~~ ids).sort(\.$createdAt, .descending).all()
        let links = try await MeetingStudent.query(on: db).filter(\.$meeting.$id ~~ ids).all()
        var students: [UUID: [UUID]] = [:]
        for link in links { students[link.$meeting.id, default: []].append(link.$student.id) }
        return meetings.map { Entry(meeting: $0, studentIDs: students[$0.id!] ?? []) }
    }
}
