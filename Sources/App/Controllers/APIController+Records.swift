import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

/// A meeting's record and its participants' summary under `/api/v1`, read through the same
/// rule as the pages: the record as the token's owner would see it, the summary with shared
/// entries only.
extension APIController {
    struct RecordEntryOutput: Content {
        var id: UUID
        var kind: String
        var label: String
        var agendaItemId: UUID?
        var text: String
        var reason: String?
        var agreement: String?
        var imposedBy: String?
        var measure: String?
        var target: String?
        var owners: String?
        var ownerKind: String?
        /// `2031-04-01`: a review or due day.
        var date: String?
        var changed: Int
        /// Where a goal or an action stands now; nil for other kinds.
        var status: String? = nil
        var ownerPeople: [OwnerOutput] = []
    }

    struct OwnerOutput: Content {
        var kind: String
        var id: UUID
    }

    struct StatusInput: Content {
        var status: String? = nil
        var note: String?
        var observed: String?
        var nextReview: String?
    }

    struct StatusOutput: Content {
        var entryId: UUID
        var status: String
    }

    /// Say how a goal or an action is going, as the record page's form does.
    static func sayHowItIsGoing(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        let id = try req.parameters.require(RecordEntryID.self).rawValue
        let input = try req.content.decode(StatusInput.self)
        let entry = try await FollowThroughUpdates.entry(id, in: context, on: req.db)
        let said = FollowThroughUpdates.Said(
            status: input.status ?? "", note: input.note ?? "", observed: input.observed ?? "",
            nextReview: input.nextReview ?? "")
        if let errors = try await FollowThroughUpdates.say(
            said, about: entry, in: context, audit: req.auditContext, now: req.roundtable.now,
            today: req.roundtable.today, on: req.db)
        {
            throw AppError.invalid(errors)
        }
        let status = try await FollowThroughUpdates.current(of: id, on: req.sql) ?? said.status
        return try await StatusOutput(entryId: id, status: status).encodeResponse(status: .created, for: req)
    }

    struct RecordOutput: Content {
        var meetingId: UUID
        var state: String
        var startedAt: String?
        var closedAt: String?
        var entries: [RecordEntryOutput]
    }

    struct SummaryOutput: Content {
        struct Decision: Content {
            var what: String
            var why: String?
        }
        struct Goal: Content {
            var what: String
            var target: String?
            var owners: String?
            var reviewDate: String?
            /// Set without everyone's agreement: by whom, and why.
            var setBy: String?
            var whySet: String?
        }
        struct Action: Content {
            var what: String
            var who: String
            var due: String?
        }
        var meetingId: UUID
        var shared: Bool
        var purpose: String
        var topics: [String]
        var decisions: [Decision]
        var goals: [Goal]
        var actions: [Action]
        var notes: [String]
        /// Set aside for next time: parked agenda items and parked topics labelled shared.
        var parked: [String]
        /// "What happens next" as participants read it: the school's own words (in English),
        /// whether another meeting is planned, and its start once set.
        var nextSteps: String?
        var followUpPlanned: Bool
        var nextMeeting: String?
    }

    static func day(_ date: Date?) -> String? {
        date.map { $0.formatted(.iso8601.year().month().day()) }
    }

    static func record(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        let meeting = context.meeting
        let entries = try await MeetingRecord.entries(
            of: meeting, for: context.viewer, userID: context.staff.user.id, on: req.db)
        let history = try await MeetingRecord.history(of: entries, on: req.db)
        let followed = try await FollowThroughUpdates.statuses(of: entries.compactMap(\.id), on: req.sql)
        return try await RecordOutput(
            meetingId: try meeting.requireID(), state: meeting.state.rawValue,
            startedAt: meeting.startedAt.map { $0.formatted(.iso8601) },
            closedAt: meeting.closedAt.map { $0.formatted(.iso8601) },
            entries: entries.map { entry in
                RecordEntryOutput(
                    id: entry.id!, kind: entry.kind.rawValue, label: entry.effectiveLabel.rawValue,
                    agendaItemId: entry.$agendaItem.id, text: entry.text, reason: entry.reason,
                    agreement: entry.agreement?.rawValue, imposedBy: entry.imposedBy, measure: entry.measure?.rawValue,
                    target: entry.target, owners: entry.owners, ownerKind: entry.ownerKind?.rawValue,
                    date: day(entry.date), changed: history[entry.id!]?.count ?? 0,
                    status: followed.status[entry.id!],
                    ownerPeople: (followed.owners[entry.id!] ?? []).map { .init(kind: $0.kind.rawValue, id: $0.id) })
            }
        ).encodeResponse(for: req)
    }

    static func summary(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        let meeting = context.meeting
        let summary = try await MeetingSummaries.summary(of: meeting, on: req.db)
        let nextSteps = try await MeetingSummaries.texts(of: meeting, on: req.db).first { $0.language == "en" }?
            .nextSteps
        return try await SummaryOutput(
            meetingId: try meeting.requireID(), shared: meeting.recordSharedAt != nil, purpose: summary.purpose,
            topics: summary.topics, decisions: summary.decisions.map { .init(what: $0.what, why: $0.why) },
            goals: summary.goals.map {
                .init(
                    what: $0.what, target: $0.target, owners: $0.owners, reviewDate: day($0.reviewDate),
                    setBy: $0.setBy,
                    whySet: $0.whySet)
            },
            actions: summary.actions.map { .init(what: $0.what, who: $0.who, due: day($0.due)) },
            notes: summary.additions, parked: summary.parked, nextSteps: nextSteps,
            followUpPlanned: summary.next.isPlanned,
            nextMeeting: summary.next.date.map { $0.formatted(.iso8601) }
        ).encodeResponse(for: req)
    }
}
