import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension MeetingPlanPage {
    /// Everything comes from the meeting the access check loaded: its plan as the form shows
    /// it, or `form` as the planner sent it, with `errors`.
    static func read(
        _ context: MeetingContext, form: MeetingPlanForm? = nil, errors: FieldErrors = FieldErrors(),
        timeZone: TimeZone
    ) throws -> MeetingPlanPage {
        let meeting = context.meeting
        return MeetingPlanPage(
            meetingID: MeetingID(try meeting.requireID()), type: meeting.type,
            studentNames: context.students.map(\.displayName),
            form: form ?? MeetingPlanForm(meeting, timeZone: timeZone), errors: errors)
    }
}

extension MeetingAgendaPage {
    /// The agenda form shown again with `errors`: one query, the meeting's agenda items.
    static func read(
        _ context: MeetingContext, form: AgendaItemForm, errors: FieldErrors, on db: any SQLDatabase
    ) async throws -> MeetingAgendaPage {
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let items = try await db.raw(
            """
            SELECT id, title, minutes, proposed_by, added_after_share, notes FROM agenda_items
            WHERE meeting_id = \(bind: meetingID) ORDER BY position
            """
        ).all(decoding: MeetingPage.AgendaRow.self)
        return MeetingAgendaPage(
            type: meeting.type, studentNames: context.students.map(\.displayName),
            agenda: MeetingAgendaSection(
                meetingID: MeetingID(meetingID), lengthMinutes: meeting.lengthMinutes,
                items: items.map {
                    .init(
                        id: AgendaItemID($0.id), title: $0.title, minutes: $0.minutes, proposedBy: $0.proposed_by,
                        addedAfterShare: $0.added_after_share, notes: $0.notes)
                }, mayChange: true, form: form, errors: errors))
    }
}

extension MeetingParticipantsPage {
    /// The people the planner may invite, as `Meetings.participantOptions` finds them in the
    /// students' circles and the school in five queries (the same list the save handler checks the form against).
    static func read(_ context: MeetingContext, on db: any SQLDatabase) async throws -> MeetingParticipantsPage {
        let options = try await Meetings.participantOptions(for: context, on: db)
        return MeetingParticipantsPage(
            meetingID: MeetingID(try context.meeting.requireID()), studentNames: context.students.map(\.displayName),
            options: options.options.map {
                Option(
                    key: $0.key, kind: $0.kind, name: $0.name, role: $0.role, invited: $0.invited,
                    staffID: $0.kind == .staff ? $0.userID.map { StaffID($0) } : nil, inCircle: $0.inCircle)
            }, restricted: options.restricted, leadID: options.leadID.map { StaffID($0) })
    }
}
