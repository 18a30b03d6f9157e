import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Sharing a meeting with its participants, and telling them when it changes. Every message
/// goes through the outbox; every family member, student and agency gets a personal link.
enum Sharing {
    /// What stops a meeting from being shared yet, in the order a planner would fix it.
    static func problems(
        _ meeting: Meeting, details: Meetings.Details, hasInvitation: Bool, now: Date
    )
        -> [String]
    {
        problems(
            meeting,
            invitesStudentOrFamily: details.people.contains {
                $0.participant.kind == .family || $0.participant.kind == .student
            }, hasInvitation: hasInvitation, now: now)
    }

    static func problems(
        _ meeting: Meeting, invitesStudentOrFamily: Bool, hasInvitation: Bool, now: Date
    ) -> [String] {
        var problems: [String] = []
        if meeting.startsAt == nil {
            problems.append("Set the date and time.")
        } else if meeting.startsAt! < now {
            problems.append("The date has passed: choose a new one.")
        }
        if meeting.format.needsRoom && meeting.$space.id == nil { problems.append("Choose a room.") }
        if !invitesStudentOrFamily {
            problems.append("Invite the student or their family.")
        }
        if !hasInvitation { problems.append("Write the invitation.") }
        return problems
    }

    struct Settings: Sendable {
        var publicURL: URL
        var from: EmailAddress
        var fromName: String
        var linkDays: Int
        var timeZone: TimeZone
        var schoolName: String

        /// A page's full address, for an email.
        func url(_ route: SiteRoute) -> String {
            publicURL.address(of: route)
        }
    }

    /// Where a participant's email goes, if they have an address. Students have none: their
    /// link is handed over in person.
    static func emailAddress(of participant: MeetingParticipant, on db: any Database) async throws -> EmailAddress? {
        let address: String? =
            switch participant.kind {
            case .family: try await participant.$familyMember.get(on: db)?.email
            case .staff: try await participant.$user.get(on: db)?.email
            case .agency: try await participant.$agencyContact.get(on: db)?.email
            case .student: nil
            }
        return address.flatMap(EmailAddress.init)
    }

    /// The language a participant's emails are written in: the one they chose on their page,
    /// else their family record's; staff and agencies read English.
    static func localizer(for participant: MeetingParticipant, on db: any Database) async throws -> Localizer {
        guard participant.kind == .family || participant.kind == .student else { return Localizer("en") }
        let chosen = try await ParticipantLink.query(on: db).filter(\.$participant.$id == participant.requireID())
            .filter(\.$language != nil).sort(\.$lastUsedAt, .descending).first()?.language
        let preferred = try await participant.$familyMember.get(on: db)?.preferredLanguage
        return Localizer(Catalog.resolve(chosen: chosen, preferred: preferred))
    }

    static func share(
        _ meeting: Meeting, details: Meetings.Details, settings: Settings, context: AuditContext,
        on db: any Database, now: Date
    ) async throws -> [HandedLink] {
        guard let shared = meeting.lifecycle.next(after: .share) else {
            throw AppError.badRequest("This meeting is already shared.")
        }
        return try await db.transaction { db in
            try await Meetings.move(meeting, to: shared, refusal: "This meeting is already shared.", on: db)
            meeting.sharedAt = now
            try await meeting.save(on: db)
            let handed = try await notify(
                meeting, details: details, kind: .invitation, settings: settings, on: db, now: now)
            try await AuditLog.record(
                .meetingShared, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: "\(details.people.count) people")
            return handed
        }
    }

    enum Kind {
        case invitation, update, cancellation
    }

    /// One message to each participant with an email address, each with a fresh personal
    /// link and the calendar file. People without email get their link back for the planner.
    /// `told`, for a change notice: only these participants (nil: everyone); `partMoved`: those
    /// whose part of the meeting moved, whose email says their new part.
    static func notify(
        _ meeting: Meeting, details: Meetings.Details, kind: Kind, settings: Settings, on db: any Database, now: Date,
        told: Set<UUID>? = nil, partMoved: Set<UUID> = []
    ) async throws -> [HandedLink] {
        var handed: [HandedLink] = []
        let expires = linkExpiry(meeting, days: settings.linkDays, now: now)
        for person in details.people {
            let participant = person.participant
            if let told, let id = participant.id, !told.contains(id) { continue }
            // Someone with a contact restriction gets no link and no message, of any kind.
            guard ContactRule.contact(person.contact) == nil else { continue }
            let url: String
            if participant.kind == .staff {
                url = settings.url(.meeting(try MeetingID(meeting.requireID()), .show()))
            } else {
                url = settings.url(
                    .participant(token: try await issueLink(for: participant, expires: expires, on: db), .page()))
            }
            guard let recipient = try await Recipient.participant(participant, name: person.name, on: db) else {
                if kind != .cancellation { handed.append(HandedLink(name: person.name, url: url)) }
                continue
            }
            let email = recipient.email
            let t = try await localizer(for: participant, on: db)
            // A room typed in English and a date with digits keep their order in an Arabic email.
            let place =
                meeting.format.needsRoom
                ? details.space.map { t.isolatedName($0.name) } : t(Phrase.format(meeting.format))
            let when = t.dateAndPlace(meeting.startsAt.map { t.dateTime($0, timeZone: settings.timeZone) }, place)
            let part =
                participant.id.map(partMoved.contains) == true
                ? partLine(participant, of: meeting, t: t, timeZone: settings.timeZone) : nil
            let message = OutboxMessage(
                school: meeting.$school.id, meeting: meeting.id, to: recipient,
                subject: subject(kind, school: settings.schoolName, t: t),
                body: Self.body(
                    kind, greeting: person.name, when: when, url: url,
                    school: settings.schoolName, t: t, forStaff: participant.kind == .staff, part: part),
                now: now)
            if let start = meeting.startsAt {
                message.calendar =
                    CalendarFile(
                        method: kind == .cancellation ? .cancel : .request,
                        uid: "meeting-\(try meeting.requireID().uuidString.lowercased())@roundtable",
                        sequence: meeting.calendarSequence, start: start, lengthMinutes: meeting.lengthMinutes,
                        title: "Meeting at \(settings.schoolName)",
                        location: meeting.format.needsRoom ? details.space?.name : meeting.format.label,
                        description: "Everything about this meeting is on your page: \(url)",
                        organizerEmail: settings.from.value, organizerName: settings.fromName,
                        attendeeEmail: email.value, attendeeName: person.name, stamp: now
                    ).text
            }
            try await message.create(on: db)
        }
        return handed
    }

    /// A new personal link for one participant; only its hash is kept, so the token is
    /// returned for the one message or page that carries it. Throws `ContactRule.Refusal` for
    /// someone who must not be contacted, whoever asks.
    static func issueLink(
        for participant: MeetingParticipant, expires: Date, handed: Bool = false, on db: any Database
    ) async throws -> String {
        let participantID = try participant.requireID()
        if let memberID = participant.$familyMember.id {
            guard let member = try await FamilyMember.find(memberID, on: db) else { throw AppError.notFound }
            if let refusal = ContactRule.contact(member.contactPerson) { throw refusal }
        }
        let token = Secrets.randomToken()
        let link = ParticipantLink()
        link.$participant.id = participantID
        // A language the person chose on an earlier link stays chosen on the new one.
        link.language = try await ParticipantLink.query(on: db).filter(\.$participant.$id == participantID)
            .filter(\.$language != nil).sort(\.$lastUsedAt, .descending).first()?.language
        link.tokenHash = TokenHash.of(token)
        link.handed = handed
        link.expiresAt = expires
        try await link.create(on: db)
        return token
    }

    /// When a meeting's links stop working: the follow-up period after the meeting.
    static func linkExpiry(_ meeting: Meeting, days: Int, now: Date) -> Date {
        linkExpiry(startsAt: meeting.startsAt, days: days, now: now)
    }

    static func linkExpiry(startsAt: Date?, days: Int, now: Date) -> Date {
        (startsAt ?? now).addingTimeInterval(TimeInterval(days * 86_400))
    }

    /// Neutral, so a shared inbox or a lock screen shows nothing about the child; in the
    /// reader's language.
    static func subject(_ kind: Kind, school: String, t: Localizer) -> String {
        switch kind {
        case .invitation: t(.emailInvitationSubject, ["school": school])
        case .update: t(.emailUpdateSubject, ["school": school])
        case .cancellation: t(.emailCancelSubject, ["school": school])
        }
    }

    /// The email says only that there is a meeting, when, and where to read about it: an
    /// inbox may be shared, and the invitation itself waits behind the person's own link.
    static func body(
        _ kind: Kind, greeting name: String, when: String?, url: String, school: String, t: Localizer,
        forStaff: Bool = false, part: String? = nil
    ) -> String {
        var parts = [t(.dear, ["name": t.isolatedName(name)])]
        // Staff are colleagues with an account, not guests: their email says so, in English.
        if forStaff {
            switch kind {
            case .invitation:
                parts.append("A meeting you take part in is shared with everyone invited. Its page, once you sign in:")
            case .update:
                parts.append("Something about a meeting you take part in has changed. Its page, once you sign in:")
            case .cancellation: parts.append("A meeting you take part in is cancelled. Its page:")
            }
            parts.append(url)
            if let when, kind != .cancellation { parts.append("When: \(when)") }
            if let part { parts.append(part) }
            parts.append(school)
            return parts.joined(separator: "\n\n")
        }
        switch kind {
        case .invitation: parts.append(t(.emailInvitation, ["school": t.isolatedName(school)]))
        case .update: parts.append(t(.emailUpdate, ["school": t.isolatedName(school)]))
        case .cancellation: parts.append(t(.emailCancel, ["school": t.isolatedName(school)]))
        }
        parts.append(url)
        if let when, kind != .cancellation { parts.append(t(.emailWhen, ["when": when])) }
        if let part { parts.append(part) }
        parts.append(t(.emailPrivate) + "\n\n" + school)
        return parts.joined(separator: "\n\n")
    }
}

extension Sharing {
    /// After sharing, a change people rely on (time, place, agenda) is recorded at once (their
    /// page shows it) and told by email later, in one notice with everything that changed:
    /// when the lead chooses, or once the plan has been quiet for `ChangeNotice.quietPeriod`.
    static func announce(
        _ meeting: Meeting, changes: [MeetingChange], on db: any Database, now: Date
    ) async throws {
        guard meeting.lifecycle.allows(.tellChanges), !changes.isEmpty else { return }
        for change in changes {
            let record = MeetingChangeRecord()
            record.$meeting.id = try meeting.requireID()
            record.kind = change
            record.at = now
            try await record.create(on: db)
        }
        meeting.changesPendingAt = now
        try await meeting.save(on: db)
    }

    /// Sends the collected notice now, once: the pending mark is taken with a conditional
    /// update, so a lead's click and the background job (in any process) cannot both send it.
    /// Returns whether this call sent it.
    @discardableResult
    static func tellChanges(
        _ meeting: Meeting, settings: Settings, on db: any Database, now: Date
    ) async throws -> Bool {
        guard meeting.lifecycle.allows(.tellChanges) else { return false }
        return try await db.transaction { db in
            let rows = try await db.sql().raw(
                """
                UPDATE \(ident: Meeting.schema) SET \(ident: "changes_pending_at") = NULL,
                    \(ident: "calendar_sequence") = \(ident: "calendar_sequence") + 1
                WHERE \(ident: "id") = \(bind: meeting.requireID()) AND \(ident: "changes_pending_at") IS NOT NULL
                RETURNING \(ident: "calendar_sequence")
                """
            ).all()
            // Parts that moved are taken the same way: whoever takes them tells those people.
            struct Moved: Decodable { var id: UUID }
            let moved = Set(
                try await db.sql().raw(
                    """
                    UPDATE meeting_participants SET window_changed_at = NULL
                    WHERE meeting_id = \(bind: meeting.requireID()) AND window_changed_at IS NOT NULL
                    RETURNING id
                    """
                ).all(decoding: Moved.self).map(\.id))
            guard rows.first != nil || !moved.isEmpty else { return false }
            if let row = rows.first {
                meeting.calendarSequence = try row.decode(column: "calendar_sequence", as: Int.self)
                meeting.changesPendingAt = nil
            }
            let details = try await Meetings.details(of: meeting, on: db, now: now)
            let told = ChangeNotice.told(
                planChanged: rows.first != nil, windowChanged: moved,
                among: details.people.compactMap(\.participant.id))
            _ = try await notify(
                meeting, details: details, kind: .update, settings: settings, on: db, now: now, told: Set(told),
                partMoved: moved)
            return true
        }
    }

    /// The background job's part: every meeting whose plan has been quiet long enough.
    static func tellDueChanges(
        settings: @Sendable (Meeting) async throws -> Settings, on db: any Database, now: Date
    ) async throws -> Int {
        let quietSince = now.addingTimeInterval(-ChangeNotice.quietPeriod)
        struct Moved: Decodable {
            var meeting_id: UUID
            var window_changed_at: Date
        }
        let moved = try await db.sql().raw(
            "SELECT meeting_id, window_changed_at FROM meeting_participants WHERE window_changed_at IS NOT NULL"
        ).all(decoding: Moved.self)
        let movedIn = Set(moved.map(\.meeting_id))
        let waiting = try await Meeting.query(on: db).group(.or) {
            $0.filter(\.$changesPendingAt <= quietSince)
            if !movedIn.isEmpty { $0.filter(\.$id ~~ movedIn) }
        }.all()
        var told = 0
        for meeting in waiting {
            let last = ChangeNotice.lastChange(
                plan: meeting.changesPendingAt,
                windows: moved.filter { $0.meeting_id == meeting.id }.map(\.window_changed_at))
            guard ChangeNotice.isDue(lastChange: last, state: meeting.state, now: now) else { continue }
            if try await tellChanges(meeting, settings: try await settings(meeting), on: db, now: now) { told += 1 }
        }
        return told
    }

    /// The part of the meeting someone now comes for, as times of day in their language; the
    /// whole meeting when they no longer come for a part.
    static func partLine(
        _ participant: MeetingParticipant, of meeting: Meeting, t: Localizer, timeZone: TimeZone
    )
        -> String?
    {
        guard let start = meeting.startsAt else { return nil }
        guard let window = PartWindow(from: participant.joinsAtMinute, until: participant.leavesAtMinute),
            window.shape(lengthMinutes: meeting.lengthMinutes) != .whole
        else { return t(.emailYourPartWhole) }
        let end = min(window.until, meeting.lengthMinutes)
        return t(
            .emailYourPart,
            [
                "from": t.isolatedDate(
                    t.time(start.addingTimeInterval(TimeInterval(window.from * 60)), timeZone: timeZone)),
                "until": t.isolatedDate(t.time(start.addingTimeInterval(TimeInterval(end * 60)), timeZone: timeZone)),
            ])
    }

    /// What changed between two versions of a plan.
    static func changes(
        before: (start: Date?, length: Int, format: MeetingFormat, link: String?), after meeting: Meeting
    ) -> [MeetingChange] {
        var changes: [MeetingChange] = []
        if before.start != meeting.startsAt, meeting.startsAt != nil { changes.append(.time) }
        if before.length != meeting.lengthMinutes { changes.append(.length) }
        if before.format != meeting.format { changes.append(.format) }
        if before.link != meeting.videoLink, meeting.format.needsLink { changes.append(.videoLink) }
        return changes
    }
}

extension Sharing {
    /// Cancels the meeting. If it was shared, everyone gets a cancellation with the calendar
    /// file that removes the event; their pages say it is cancelled.
    static func cancel(
        _ meeting: Meeting, settings: Settings, context: AuditContext, on db: any Database, now: Date
    ) async throws {
        guard let cancelled = meeting.lifecycle.next(after: .cancel) else {
            throw AppError.badRequest("This meeting has started or is already cancelled.")
        }
        let wasShared = meeting.lifecycle.hasBeenShared
        try await db.transaction { db in
            try await Meetings.move(
                meeting, to: cancelled, refusal: "This meeting has started or is already cancelled.", on: db)
            // The cancellation says all there is to say: collected changes are not sent after it.
            meeting.changesPendingAt = nil
            if wasShared { meeting.calendarSequence += 1 }
            try await meeting.save(on: db)
            try await Meetings.audit(meeting, "Cancelled the meeting", context: context, on: db)
            if wasShared {
                let details = try await Meetings.details(of: meeting, on: db, now: now)
                _ = try await notify(
                    meeting, details: details, kind: .cancellation, settings: settings, on: db, now: now)
            }
        }
    }
}
