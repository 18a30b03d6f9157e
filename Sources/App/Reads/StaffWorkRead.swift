import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// What needs a member of staff now, in one query: read on every staff page for the count
/// beside "Home" (`StaffWorkMiddleware`), and drawn in full on the home page from the same
/// rows, so the count and the page cannot disagree. The database finds the candidates by
/// indexed columns; Core decides (`StudentScope`, `RecordVisibility`, `StaffWork`,
/// `ActionStatus`, `GoalStatus`, `MeetingLifecycle`).
struct StaffWorkList: Sendable {
    var needsYou: [HomePage.NeedLine] = []
    var actions: [HomePage.FollowLine] = []
    var reviews: [HomePage.FollowLine] = []
    /// Things that need the person now: every "needs you" line, overdue actions, and goals
    /// whose review day has come. (Actions due later this week are listed, not counted.)
    var count = 0
}

enum StaffWorkRead {
    /// One candidate (a waiting comment, a reply, a request, a meeting, an action or a goal)
    /// with one of its students; a meeting about two students comes twice.
    struct Row: Decodable, StudentReachRow {
        var kind: String
        var item_id: UUID
        var meeting_id: UUID?
        var at: Date?
        var due: Date?
        var status: String?
        var label: RecordLabel?
        var author_id: UUID?
        var text: String?
        var detail: String?
        var who: String?
        var type: MeetingType?
        var state: MeetingState?
        var urgency: Urgency?
        var preparation_done: [String]?
        var starts_at: Date?
        var student_id: UUID?
        var preferred_name: String?
        var legal_given_name: String?
        var legal_family_name: String?
        var school_id: UUID?
        var organisation_id: UUID?
        var year_group: Int?
        var has_special_needs: Bool?
        var is_linked: Bool
    }

    static func read(
        for staff: StaffContext, now: Date, timeZone: TimeZone, on db: any SQLDatabase
    ) async throws -> StaffWorkList {
        let scope = StudentDirectory.scope(for: staff)
        guard scope != .none else { return StaffWorkList() }
        let rows = try await db.raw(query(for: staff, now: now, timeZone: timeZone)).all(decoding: Row.self)
        // The rows of one candidate together, in the order they came; kept only when the
        // person may see every student it is about.
        var order: [String] = []
        var groups: [String: [Row]] = [:]
        for row in rows {
            let key = "\(row.kind):\(row.item_id)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        let items = order.compactMap { key -> Item? in
            let rows = groups[key]!
            return rows.allSatisfy { $0.isInReach(of: scope) } ? Item(rows: rows) : nil
        }
        return list(items, for: staff, now: now, timeZone: timeZone)
    }

    /// A candidate with its students' names.
    struct Item {
        var rows: [Row]
        var first: Row { rows[0] }
        /// Owned by the person (rather than from a meeting they lead), when either row says so.
        var isOwned: Bool { rows.contains { $0.detail == "owner" } }

        var studentNames: [String] {
            var seen = Set<UUID>()
            return rows.compactMap { row in
                guard let id = row.student_id, seen.insert(id).inserted else { return nil }
                return row.studentName
            }
        }

        var meetingName: String {
            let names = studentNames.joined(separator: ", ")
            return first.type.map { "\($0.label): \(names)" } ?? names
        }
    }
}
