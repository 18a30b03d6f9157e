import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// Feedback alerts with what their page and the API show: who answered, the meeting and its
/// students, the reasons, and how it was closed. One statement for one alert or a list (a row
/// per alert and student); Core decides who may see each (`Permission.handleFeedbackAlert`).
enum FeedbackAlertRead {
    struct Row: Decodable {
        var id: UUID
        var school_id: UUID
        var organisation_id: UUID
        var meeting_id: UUID
        var participant_id: UUID
        var owner_id: UUID
        var reasons: String
        var raised_at: Date
        var closed_at: Date?
        var action: String?
        var action_note: String?
        var closed_by: String?
        var kind: ParticipantKind
        var role: String
        var person: String?
        var type: MeetingType
        var starts_at: Date?
        var started_at: Date?
        var preferred_name: String?
        var legal_given_name: String?
        var legal_family_name: String?
    }

    /// One alert as the page and the API use it.
    struct Alert: Sendable {
        var id: UUID
        var school: SchoolRef
        var meetingID: UUID
        var participantID: UUID
        var ownerID: UUID
        var alerts: [FeedbackAlerts.Alert]
        var scale: FeedbackScale
        var kind: ParticipantKind
        var person: String
        var relationship: String
        var meetingType: MeetingType
        var meetingWhen: Date?
        var studentNames: [String]
        var raisedAt: Date
        var closedAt: Date?
        var action: FeedbackAlerts.Action?
        var note: String?
        var closedBy: String?

        var meetingName: String { "\(meetingType.label): \(studentNames.joined(separator: ", "))" }
        var nextSteps: [FeedbackAlerts.NextStep] { FeedbackAlerts.nextSteps(for: alerts, kind: kind) }
        var permission: Permission { .handleFeedbackAlert(ownerID: ownerID, school: school) }
    }

    enum State: String {
        case open, closed, all
    }

    /// One alert, whoever may see it (the handler asks the policy).
    static func one(_ id: UUID, on db: any SQLDatabase) async throws -> Alert? {
        try await read("a.id = \(bind: id)", on: db).first
    }

    /// The alerts of the schools the person reaches that the owner filter keeps: their own for
    /// staff, the school's for leaders; the policy then decides each.
    static func list(for staff: StaffContext, showing: State, on db: any SQLDatabase) async throws -> [Alert] {
        let schools: SQLQueryString =
            staff.actor.role.spansSchools
            ? "SELECT id FROM schools WHERE organisation_id = \(bind: staff.actor.organisationID)"
            : "SELECT id FROM schools WHERE id = \(bind: staff.actor.schoolID ?? UUID())"
        let whose: SQLQueryString =
            if let owner = FeedbackVisibility.alertOwnerFilter(for: staff.actor) {
                "AND a.owner_id = \(bind: owner)"
            } else { "" }
        let which: SQLQueryString =
            switch showing {
            case .open: "AND a.closed_at IS NULL"
            case .closed: "AND a.closed_at IS NOT NULL"
            case .all: ""
            }
        return try await read("a.school_id IN (\(schools)) \(whose) \(which)", on: db)
            .filter { AccessPolicy.allows(staff.actor, $0.permission) }
    }

    private static func read(_ filter: SQLQueryString, on db: any SQLDatabase) async throws -> [Alert] {
        let rows = try await db.raw(
            """
            SELECT a.id, a.school_id, sc.organisation_id, a.meeting_id, a.participant_id, a.owner_id, a.reasons,
                a.raised_at, a.closed_at, a.action, a.action_note, u.name AS closed_by, p.kind, p.role,
                COALESCE(f.given_name || ' ' || f.family_name,
                    COALESCE(s.preferred_name, s.legal_given_name) || ' ' || s.legal_family_name, ag.name) AS person,
                m.type, m.starts_at, m.started_at,
                st.preferred_name, st.legal_given_name, st.legal_family_name
            FROM feedback_alerts a
            JOIN schools sc ON sc.id = a.school_id
            JOIN meetings m ON m.id = a.meeting_id
            JOIN meeting_participants p ON p.id = a.participant_id
            LEFT JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN students s ON s.id = p.student_id
            LEFT JOIN agency_contacts ag ON ag.id = p.agency_contact_id
            LEFT JOIN users u ON u.id = a.closed_by_id
            LEFT JOIN meeting_students ms ON ms.meeting_id = a.meeting_id
            LEFT JOIN students st ON st.id = ms.student_id
            WHERE \(filter)
            ORDER BY a.raised_at DESC, a.id, st.legal_family_name, st.legal_given_name
            """
        ).all(decoding: Row.self)
        var alerts: [Alert] = []
        for row in rows {
            let name = row.legal_given_name.flatMap { given in
                row.legal_family_name.map { "\(row.preferred_name ?? given) \($0)" }
            }
            if let last = alerts.last, last.id == row.id {
                if let name { alerts[alerts.count - 1].studentNames.append(name) }
                continue
            }
            alerts.append(
                Alert(
                    id: row.id, school: SchoolRef(id: row.school_id, organisationID: row.organisation_id),
                    meetingID: row.meeting_id, participantID: row.participant_id, ownerID: row.owner_id,
                    alerts: FeedbackAlerts.decode(row.reasons), scale: FeedbackScale.of(row.kind), kind: row.kind,
                    person: row.person ?? "Someone invited", relationship: row.role, meetingType: row.type,
                    meetingWhen: row.started_at ?? row.starts_at, studentNames: name.map { [$0] } ?? [],
                    raisedAt: row.raised_at, closedAt: row.closed_at,
                    action: row.action.flatMap(FeedbackAlerts.Action.init(rawValue:)), note: row.action_note,
                    closedBy: row.closed_by))
        }
        return alerts
    }
}

extension FeedbackAlertPage {
    /// The page from its one read; the English question texts are the staff's words.
    init(_ alert: FeedbackAlertRead.Alert) {
        let english = Localizer("en")
        self.init(
            id: FeedbackAlertID(alert.id), person: alert.person, relationship: alert.relationship,
            meeting: MeetingID(alert.meetingID), meetingName: alert.meetingName, meetingWhen: alert.meetingWhen,
            raisedAt: alert.raisedAt,
            lines: alert.alerts.map {
                .init(question: english($0.phrase(on: alert.scale)), answer: $0.words(on: alert.scale))
            },
            nextSteps: alert.nextSteps.map(\.label),
            closed: alert.closedAt.map { at in
                .init(action: alert.action?.label ?? "Closed", note: alert.note, by: alert.closedBy, at: at)
            })
    }
}

extension Request {
    /// The alert named in the path, if this person may see it (Core's `maySeeAlert`); anyone
    /// else is "not found", on the page and in the API alike.
    func visibleFeedbackAlert() async throws -> FeedbackAlertRead.Alert {
        try requireStaff()
        let id = try parameters.require(FeedbackAlertID.self)
        guard let alert = try await FeedbackAlertRead.one(id.rawValue, on: sql) else { throw AppError.notFound }
        try require(alert.permission)
        return alert
    }
}
