import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Planning meetings: creating one from a template, and everything a planner changes.
/// Each change that others will see is audited; the private bias check is not, because its
/// words belong to its author alone.
enum Meetings {
    /// A new draft for `student`, filled in from the meeting type's template.
    static func create(
        _ type: MeetingType, for student: Student, by staff: StaffContext, context: AuditContext,
        on db: any Database
    ) async throws -> Meeting {
        try await create(type, for: student, lead: staff.user, context: context, on: db)
    }

    /// The same, with `lead` as planner and lead (the demo school plans its meetings this way).
    static func create(
        _ type: MeetingType, for student: Student, lead staff: User, context: AuditContext, on db: any Database
    ) async throws -> Meeting {
        let template = MeetingTemplate.standard(type)
        let name = student.preferredName ?? student.legalGivenName
        let meeting = Meeting()
        meeting.$school.id = student.$school.id
        meeting.type = type
        meeting.state = MeetingLifecycle.initialState
        meeting.purpose = template.purpose(for: name)
        meeting.requestedBy = type == .familyRequest ? .family : .school
        meeting.urgency = .routine
        meeting.format = .inPerson
        meeting.lengthMinutes = template.lengthMinutes
        meeting.groundRules = template.groundRules.map { $0.replacingOccurrences(of: "{name}", with: name) }
        meeting.preparationDone = []
        meeting.seating = []
        meeting.calendarSequence = 0
        meeting.runRevision = 0
        meeting.$createdBy.id = try staff.requireID()
        meeting.$lead.id = try staff.requireID()
        let circle = try await StudentDirectory.circle(of: student.requireID(), on: db)
        try await db.transaction { db in
            try await meeting.create(on: db)
            let meetingID = try meeting.requireID()
            try await MeetingStudent(meetingID: meetingID, studentID: student.requireID()).create(on: db)
            var participants: [MeetingParticipant] = []
            participants.append(participant(meetingID, .student, role: "Student") { $0.$student.id = student.id })
            // Those with parental responsibility are invited by default; nobody restricted, ever.
            for entry in circle.family where entry.link.hasParentalResponsibility && !entry.member.isRestricted {
                participants.append(
                    participant(meetingID, .family, role: entry.link.relationship.label) {
                        $0.$familyMember.id = entry.member.id
                    })
            }
            participants.append(
                participant(meetingID, .staff, role: staff.jobRole.label) { $0.$user.id = staff.id })
            try await participants.create(on: db)
            for (index, item) in template.agenda.enumerated() {
                let agendaItem = AgendaItem()
                agendaItem.$meeting.id = meetingID
                agendaItem.position = index
                agendaItem.title = item.title.replacingOccurrences(of: "{name}", with: name)
                agendaItem.minutes = item.minutes
                agendaItem.proposedBy = "School"
                agendaItem.addedAfterShare = false
                agendaItem.runState = .waiting
                agendaItem.extraMinutes = 0
                try await agendaItem.create(on: db)
            }
            try await AuditLog.record(
                .meetingCreated, on: db, context: context, schoolID: student.$school.id, subjectType: "meeting",
                subjectID: meetingID, summary: "\(type.label) for \(student.displayName)")
        }
        return meeting
    }

    static func participant(
        _ meetingID: UUID, _ kind: ParticipantKind, role: String, _ set: (MeetingParticipant) -> Void
    ) -> MeetingParticipant {
        let participant = MeetingParticipant()
        participant.$meeting.id = meetingID
        participant.kind = kind
        participant.role = role
        set(participant)
        return participant
    }

    static func updatePlan(
        _ meeting: Meeting, with checked: MeetingPlanForm.Checked, context: AuditContext, on db: any Database
    ) async throws {
        meeting.purpose = checked.purpose
        meeting.requestedBy = checked.requestedBy
        meeting.urgency = checked.urgency
        meeting.format = checked.format
        meeting.videoLink = checked.videoLink
        meeting.fallbackPlan = checked.fallbackPlan
        meeting.startsAt = checked.startsAt
        meeting.lengthMinutes = checked.lengthMinutes
        meeting.groundRules = checked.groundRules
        meeting.viewsPlan = checked.viewsPlan
        meeting.inclusionNotes = checked.inclusionNotes
        meeting.difficultNotes = checked.difficultNotes
        guard meeting.hasChanges else { return }
        try await db.transaction { db in
            try await meeting.save(on: db)
            try await audit(meeting, "Changed the plan", context: context, on: db)
        }
    }

    static func audit(_ meeting: Meeting, _ summary: String, context: AuditContext, on db: any Database) async throws {
        try await AuditLog.record(
            .meetingChanged, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
            subjectID: meeting.id, summary: summary)
    }

    static func setPreparation(_ done: [PreparationStep], on meeting: Meeting, on db: any Database) async throws {
        meeting.preparationDone = PreparationStep.allCases.filter(done.contains).map(\.rawValue)
        try await meeting.save(on: db)
    }

    /// The author's own bias check, if they wrote one.
    static func biasCheck(of meeting: Meeting, by userID: UUID, on db: any Database) async throws -> BiasCheck? {
        try await BiasCheck.query(on: db).filter(\.$meeting.$id == meeting.requireID())
            .filter(\.$author.$id == userID).first()
    }

    static func saveBiasCheck(_ text: String, on meeting: Meeting, by userID: UUID, on db: any Database) async throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let existing = try await biasCheck(of: meeting, by: userID, on: db)
        if trimmed.isEmpty {
            try await existing?.delete(on: db)
            return
        }
        let check = existing ?? BiasCheck()
        check.$meeting.id = try meeting.requireID()
        check.$author.id = userID
        check.text = String(trimmed.prefix(4000))
        try await check.save(on: db)
    }
}
