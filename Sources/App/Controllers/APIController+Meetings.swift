import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Meetings, their agenda and participants under `/api/v1`, with the web's rules.
extension APIController {
    struct MeetingSummary: Content {
        var id: UUID
        var schoolId: UUID
        var type: String
        var state: String
        var purpose: String
        /// ISO 8601, UTC: `2031-03-04T15:30:00Z`.
        var startsAt: String?
        var lengthMinutes: Int
        var format: String
        var studentIds: [UUID]
    }

    struct AgendaEntry: Content {
        var id: UUID
        var position: Int
        var title: String
        var minutes: Int
        var notes: String?
        var proposedBy: String
        var addedAfterSharing: Bool
    }

    struct ParticipantEntry: Content {
        var id: UUID
        var kind: String
        var name: String
        var role: String
        /// The student, family member, staff account or agency contact this participant is.
        var personId: UUID?
        /// No link is made and nothing is sent to them.
        var contactRestricted: Bool
        /// The part of the meeting they come for, minutes from the start (`PartWindow`); both
        /// absent: all of it.
        var joinsAtMinute: Int?
        var leavesAtMinute: Int?
    }

    /// Someone the family brings: a name on the list, never a participant with a link.
    struct GuestEntry: Content {
        var id: UUID
        var name: String
        var relationship: String
        var email: String?
        var phone: String?
        var joinsAtMinute: Int?
        var leavesAtMinute: Int?
    }

    struct MeetingDetail: Content {
        var meeting: MeetingSummary
        var requestedBy: String
        var urgency: String
        var videoLink: String?
        var fallbackPlan: String?
        var space: String?
        var groundRules: [String]
        var agenda: [AgendaEntry]
        var participants: [ParticipantEntry]
        var guests: [GuestEntry]
    }

    static func summary(_ meeting: Meeting, students: [UUID]) -> MeetingSummary {
        MeetingSummary(
            id: meeting.id!, schoolId: meeting.$school.id, type: meeting.type.rawValue, state: meeting.state.rawValue,
            purpose: meeting.purpose, startsAt: meeting.startsAt.map { $0.formatted(.iso8601) },
            lengthMinutes: meeting.lengthMinutes,
            format: meeting.format.rawValue, studentIds: students)
    }

    static func detail(_ context: MeetingContext, now: Date, on db: any Database) async throws -> MeetingDetail {
        let meeting = context.meeting
        let details = try await Meetings.details(of: meeting, on: db, now: now)
        return MeetingDetail(
            meeting: summary(meeting, students: context.students.map(\.id)),
            requestedBy: meeting.requestedBy.rawValue, urgency: meeting.urgency.rawValue,
            videoLink: meeting.videoLink, fallbackPlan: meeting.fallbackPlan, space: details.space?.name,
            groundRules: meeting.groundRules,
            agenda: details.agenda.map(AgendaEntry.init),
            participants: details.people.map { person in
                let participant = person.participant
                return ParticipantEntry(
                    id: participant.id!, kind: participant.kind.rawValue, name: person.name, role: participant.role,
                    personId: participant.$student.id ?? participant.$familyMember.id ?? participant.$user.id
                        ?? participant.$agencyContact.id, contactRestricted: person.isContactRestricted,
                    joinsAtMinute: window(participant)?.from, leavesAtMinute: window(participant)?.until)
            },
            guests: try await Meetings.guests(of: meeting.requireID(), on: db.sql()).map {
                GuestEntry(
                    id: $0.id.rawValue, name: $0.name, relationship: $0.relationship, email: $0.email, phone: $0.phone,
                    joinsAtMinute: $0.window?.from, leavesAtMinute: $0.window?.until)
            })
    }

    private static func window(_ participant: MeetingParticipant) -> PartWindow? {
        PartWindow(from: participant.joinsAtMinute, until: participant.leavesAtMinute)
    }

    static func meetings(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        return try await Meetings.mine(staff, on: req.db).map { summary($0.meeting, students: $0.studentIDs) }
            .encodeResponse(for: req)
    }

    static func meeting(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        return try await detail(context, now: req.roundtable.now, on: req.db).encodeResponse(for: req)
    }

    struct NewMeetingInput: Content {
        var type: String?
    }

    static func createMeeting(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.visibleStudent()
        try req.require(.planMeetings(student.schoolRef))
        guard let type = try req.content.decode(NewMeetingInput.self).type.flatMap(MeetingType.init(rawValue:)) else {
            var errors = FieldErrors()
            errors.add("type", "Give one of: " + MeetingType.allCases.map(\.rawValue).joined(separator: ", "))
            throw AppError.invalid(errors)
        }
        let meeting = try await Meetings.create(type, for: student, by: staff, context: req.auditContext, on: req.db)
        meeting.organisationID = student.organisationID
        let context = MeetingContext(
            staff: staff, meeting: meeting,
            students: [
                .init(
                    id: try student.requireID(), preferredName: student.preferredName,
                    legalGivenName: student.legalGivenName, legalFamilyName: student.legalFamilyName)
            ],
            mayChange: true, viewer: .lead)
        let response = try await detail(context, now: req.roundtable.now, on: req.db).encodeResponse(
            status: .created, for: req)
        response.headers.replaceOrAdd(
            name: .location, value: SiteRoute.api(.meeting(try MeetingID(meeting.requireID()))).path)
        return response
    }

    struct AgendaInput: Content {
        var title: String?
        var minutes: Int?
        var notes: String?
    }

    static func addAgendaItem(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let input = try req.content.decode(AgendaInput.self)
        let form = AgendaItemForm(
            title: input.title ?? "", minutes: input.minutes.map(String.init) ?? "", notes: input.notes ?? "")
        let checked: AgendaItemForm.Checked
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): throw AppError.invalid(box.errors)
        }
        try await Meetings.addAgendaItem(
            checked, to: context.meeting, proposedBy: "School", context: req.auditContext, on: req.db)
        try await Sharing.announce(
            context.meeting, changes: [.agenda], on: req.db, now: req.roundtable.now)
        let item = try await AgendaItem.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .sort(\.$position, .descending).first()
        guard let item else { throw AppError.unexpected }
        return try await AgendaEntry(item).encodeResponse(status: .created, for: req)
    }
}

extension APIController.AgendaEntry {
    init(_ item: AgendaItem) {
        self.init(
            id: item.id!, position: item.position, title: item.title, minutes: item.minutes, notes: item.notes,
            proposedBy: item.proposedBy, addedAfterSharing: item.addedAfterShare)
    }
}
