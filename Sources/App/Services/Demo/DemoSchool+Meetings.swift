import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Two meetings so a newcomer sees both halves of a meeting's life at once: a wellbeing
/// check-in, shared and ready to run, and a progress review already held, with its record and
/// the summary the family read. Both are for Year 7 students other than the showcase family,
/// and nothing is emailed.
extension DemoSchool {
    static func createMeetings(
        students: [Student], lead: User, schoolID: UUID, on db: any Database, now: Date, timeZone: TimeZone
    ) async throws {
        let year7 = students.filter { $0.yearGroup == 7 }
        guard year7.count >= 3 else { return }
        let room = try await Space.query(on: db).filter(\.$school.$id == schoolID).filter(\.$name == "Family room")
            .first()
        let calendar = Calendar.gregorianUTC
        // A school day at half past three: weekends move to the nearest weekday in the same direction.
        func afternoon(daysFromNow days: Int) -> Date {
            var day = calendar.startOfDay(for: now.addingTimeInterval(TimeInterval(days * 86_400)))
            while [1, 7].contains(calendar.component(.weekday, from: day)) {
                day = day.addingTimeInterval(days < 0 ? -86_400 : 86_400)
            }
            return day.addingTimeInterval(15.5 * 3600)
        }

        // Ready to run.
        let upcoming = try await Meetings.create(
            .wellbeingCheckIn, for: year7[1], lead: lead, context: .commandLine(at: now), on: db)
        upcoming.startsAt = afternoon(daysFromNow: 2)
        upcoming.$space.id = room?.id
        upcoming.state = .shared
        upcoming.sharedAt = now
        // Prepared as a lead would have it two days before: a newcomer sees what "ready"
        // looks like, not a list of things still to do.
        upcoming.preparationDone = PreparationStep.steps(for: upcoming.urgency).map(\.rawValue)
        upcoming.viewsPlan =
            "Start with what is going well. Ask the family first, then the form tutor, then me."
        upcoming.inclusionNotes = "The family prefer the afternoon; tea and water in the room."
        try await upcoming.save(on: db)
        try await invitation(for: upcoming, student: year7[1], lead: lead, room: room, timeZone: timeZone, on: db)

        // Held last week: run, closed, summarised and shared.
        let name = year7[2].preferredName ?? year7[2].legalGivenName
        let past = try await Meetings.create(
            .progressReview, for: year7[2], lead: lead, context: .commandLine(at: now), on: db)
        let held = afternoon(daysFromNow: -6)
        past.startsAt = held
        past.$space.id = room?.id
        past.state = .recordShared
        past.sharedAt = held.addingTimeInterval(-10 * 86_400)
        past.startedAt = held
        past.closedAt = held.addingTimeInterval(Double(past.lengthMinutes) * 60)
        past.recordSharedAt = held.addingTimeInterval(86_400)
        try await past.save(on: db)
        try await invitation(for: past, student: year7[2], lead: lead, room: room, timeZone: timeZone, on: db)
        var started = held
        for item in try await MeetingRun.agenda(of: past, on: db) {
            item.runState = .done
            item.startedAt = started
            started = started.addingTimeInterval(Double(item.minutes) * 60)
            try await item.save(on: db)
        }
        for participant in try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == past.requireID()).all() {
            participant.presence = .present
            try await participant.save(on: db)
        }
        let day = calendar.startOfDay(for: now)
        let entries: [(RecordEntryKind, RecordLabel, String, String?, String?, ActionOwnerKind?, Date?)] = [
            (.note, .shared, "\(name) said the best part of the week is art club.", nil, nil, nil, nil),
            (
                .decision, .shared, "Reading group moves to Tuesday mornings",
                "so it no longer clashes with football, which \(name) loves", nil, nil, nil
            ),
            (
                .goal, .shared, "Read at home for ten minutes, five evenings a week", nil, "\(name) and family", nil,
                day.addingTimeInterval(42 * 86_400)
            ),
            (
                .action, .shared, "Send home a new reading record and two books at the right level", nil,
                lead.name, .staff, day.addingTimeInterval(3 * 86_400)
            ),
            (
                .action, .shared, "Tell the school if the reading time gets hard to keep", nil, "The family", .family,
                day.addingTimeInterval(42 * 86_400)
            ),
            (
                .note, .staffOnly, "Ask the special needs coordinator whether a reading assessment would help.", nil,
                nil, nil, nil
            ),
        ]
        for (offset, entry) in entries.enumerated() {
            let record = RecordEntry()
            record.$meeting.id = try past.requireID()
            record.kind = entry.0
            record.label = entry.1
            record.text = entry.2
            record.reason = entry.3
            record.owners = entry.4
            record.ownerKind = entry.5
            record.date = entry.6
            record.$author.id = try lead.requireID()
            if entry.0 == .goal {
                record.agreement = .agreed
                record.measure = .measurable
                record.target = "Five evenings a week, ticked in the reading record"
            }
            try await record.create(on: db)
            // Entries keep the order they were taken in.
            record.createdAt = held.addingTimeInterval(Double(offset + 1) * 300)
            try await record.save(on: db)
        }
        let next = SummaryText()
        next.$meeting.id = try past.requireID()
        next.language = "en"
        next.nextSteps =
            "\(lead.name) will phone in three weeks to hear how the reading evenings are going. After that call we will decide together whether to meet again."
        try await next.create(on: db)
    }

    private static func invitation(
        for meeting: Meeting, student: Student, lead: User, room: Space?, timeZone: TimeZone, on db: any Database
    )
        async throws
    {
        let text = InvitationText()
        text.$meeting.id = try meeting.requireID()
        text.language = "en"
        let name = student.preferredName ?? student.legalGivenName
        text.body = InvitationDraft.english(
            InvitationDraft.Plan(
                purpose: meeting.purpose, studentName: name,
                startsAt: meeting.startsAt, lengthMinutes: meeting.lengthMinutes, format: meeting.format,
                placeName: room?.name, fallbackPlan: nil, urgency: meeting.urgency, isConcern: meeting.isConcern,
                people: [], interpreterLanguages: [], timeZone: timeZone,
                strengths: "how kind \(name) is to others",
                from: lead.jobRole == .other ? lead.name : "\(lead.name)\n\(lead.jobRole.label)"))
        try await text.create(on: db)
    }
}
