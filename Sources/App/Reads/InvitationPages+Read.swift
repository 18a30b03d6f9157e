import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// What the invitation and share pages read after the access check: the people, with their
/// records, in one joined query (`MeetingPeopleRead`), and the meeting's room with the
/// invitation texts written, in one more.
struct InvitationSource {
    var people: [MeetingPeopleRead.Row]
    /// Language code → the school's text.
    var texts: [String: String]
    var spaceName: String?

    static func read(_ context: MeetingContext, on db: any SQLDatabase) async throws -> InvitationSource {
        let meetingID = try context.meeting.requireID()
        let people = try await MeetingPeopleRead.read(meetingID, for: context.viewer, on: db)
        struct Row: Decodable {
            var space_name: String?
            var language: String?
            var body: String?
        }
        let rows = try await db.raw(
            """
            SELECT sp.name AS space_name, t.language, t.body
            FROM meetings m
            LEFT JOIN spaces sp ON sp.id = m.space_id
            LEFT JOIN invitation_texts t ON t.meeting_id = m.id
            WHERE m.id = \(bind: meetingID)
            """
        ).all(decoding: Row.self)
        var texts: [String: String] = [:]
        for row in rows {
            if let language = row.language, let body = row.body { texts[language] = body }
        }
        return InvitationSource(people: people, texts: texts, spaceName: rows.first?.space_name)
    }

    /// The languages the participants read, English first: the texts a school may write.
    var languages: [String] {
        var codes = ["en"]
        for code in people.compactMap(\.readsLanguage) where !codes.contains(code) { codes.append(code) }
        return codes
    }

    /// Family who read a language other than English that has no text yet.
    var waiting: [InvitationPage.Waiting] {
        people.compactMap { person in
            guard let code = person.readsLanguage, code != "en", texts[code] == nil else { return nil }
            return InvitationPage.Waiting(name: person.name, language: code)
        }
    }

    /// Every word of the names of the adults taking part (staff by surname too: "Mrs Okoro"),
    /// and the children's first names, which the check never takes as saying who will be there.
    func facts(_ context: MeetingContext) -> InvitationCheck.Facts {
        let meeting = context.meeting
        return InvitationCheck.Facts(
            isConcern: meeting.isConcern, isBehaviour: meeting.type == .behaviourConcern, format: meeting.format,
            peopleWords: people.filter { $0.kind != .student }.flatMap { row in
                row.name.split { !$0.isLetter && $0 != "-" && $0 != "'" }.map(String.init).filter { $0.count > 1 }
            },
            placeName: spaceName,
            childNames: context.students.flatMap { [$0.preferredName, $0.legalGivenName] }.compactMap { $0 })
    }

    func draftPlan(_ context: MeetingContext, timeZone: TimeZone) -> InvitationDraft.Plan {
        let meeting = context.meeting
        let student = context.students.first
        return InvitationDraft.Plan(
            purpose: meeting.purpose, studentName: student?.preferredName ?? student?.legalGivenName ?? "your child",
            startsAt: meeting.startsAt, lengthMinutes: meeting.lengthMinutes, format: meeting.format,
            placeName: spaceName, fallbackPlan: meeting.fallbackPlan, urgency: meeting.urgency,
            isConcern: meeting.isConcern,
            people: people.filter { $0.kind == .staff || $0.kind == .agency }
                .map { "\($0.name), \($0.role.lowercased())" },
            interpreterLanguages: Set(people.compactMap(\.interpreterNeeded)).map(LanguageName.of).sorted(),
            timeZone: timeZone,
            from: people.first { $0.kind == .staff && $0.user_id != nil && $0.user_id == meeting.$lead.id }
                .map { "\($0.name)\n\($0.role.prefix(1).uppercased() + $0.role.dropFirst())" })
    }

    /// What a planner should know before sharing: the check's open questions, and who will
    /// get English because their language has no text yet.
    func cautions(_ context: MeetingContext) -> [String] {
        var cautions: [String] = []
        if let english = texts["en"] {
            let report = InvitationCheck.check(english, language: "en", facts: facts(context))
            if !report.findings.isEmpty {
                cautions.append(
                    "The invitation check still finds \(report.findings.count) thing\(report.findings.count == 1 ? "" : "s") a family may wonder about."
                )
            }
        }
        for person in waiting {
            cautions.append(
                "\(person.name) reads \(LanguageName.of(person.language)) and will get the English invitation: there is no \(LanguageName.of(person.language)) text yet."
            )
        }
        return cautions
    }
}

extension InvitationPage {
    /// The text in `language` as stored, else a first draft in English; a language nobody
    /// at the meeting reads shows English.
    static func read(
        _ context: MeetingContext, language: String?, notice: SiteRoute.Notice?, timeZone: TimeZone,
        on db: any SQLDatabase
    ) async throws -> InvitationPage {
        let source = try await InvitationSource.read(context, on: db)
        return make(
            context, source: source, language: language.flatMap { source.languages.contains($0) ? $0 : nil } ?? "en",
            notice: notice, timeZone: timeZone)
    }

    /// The page for one of `source.languages`; with `body`, the text as the planner wrote it,
    /// shown again with `errors`.
    static func make(
        _ context: MeetingContext, source: InvitationSource, language: String, body written: String? = nil,
        errors: FieldErrors = FieldErrors(), notice: SiteRoute.Notice? = nil, timeZone: TimeZone
    ) -> InvitationPage {
        let body =
            written ?? source.texts[language]
            ?? (language == "en" ? InvitationDraft.english(source.draftPlan(context, timeZone: timeZone)) : "")
        let meeting = context.meeting
        return InvitationPage(
            meetingID: MeetingID(meeting.id!), type: meeting.type, studentNames: context.students.map(\.displayName),
            language: language, languages: source.languages, written: Set(source.texts.keys), body: body,
            saved: written == nil && source.texts[language] != nil,
            report: InvitationCheck.check(body, language: language, facts: source.facts(context)),
            waiting: source.waiting, mayShare: meeting.lifecycle.allows(.share), notice: notice, errors: errors)
    }
}

extension SharePage {
    /// Before sharing: what stops it, what to think about, and who is invited; after it, where
    /// the invitations are.
    static func read(_ context: MeetingContext, now: Date, on db: any SQLDatabase) async throws -> SharePage {
        let source = try await InvitationSource.read(context, on: db)
        let meeting = context.meeting
        let mayShare = meeting.lifecycle.allows(.share)
        return SharePage(
            meetingID: MeetingID(try meeting.requireID()), studentNames: context.students.map(\.displayName),
            mayShare: mayShare,
            problems: mayShare
                ? Sharing.problems(
                    meeting,
                    invitesStudentOrFamily: source.people.contains { [.family, .student].contains($0.kind) },
                    hasInvitation: source.texts["en"] != nil, now: now) : [],
            confirming: mayShare, cautions: source.cautions(context),
            people: source.people.map {
                Person(name: $0.name, role: $0.role, isContactRestricted: ContactRule.contact($0.contact) != nil)
            },
            mayReadOutbox: AccessPolicy.allows(context.staff.actor, .readOutbox(meeting.ref.school)))
    }

    /// After "Share with everyone": refused with `problems`, or done with the links to hand over.
    init(
        _ context: MeetingContext, details: Meetings.Details, problems: [String], handed: [HandedLink],
        mailConfigured: Bool
    ) {
        let meeting = context.meeting
        self.init(
            meetingID: MeetingID(meeting.id!), studentNames: context.students.map(\.displayName),
            mayShare: meeting.lifecycle.allows(.share), problems: problems,
            people: details.people.map {
                Person(name: $0.name, role: $0.participant.role, isContactRestricted: $0.isContactRestricted)
            },
            handed: handed,
            mayReadOutbox: problems.isEmpty
                && AccessPolicy.allows(context.staff.actor, .readOutbox(meeting.ref.school)),
            mailConfigured: mailConfigured)
    }
}

extension CancelMeetingPage {
    /// Everything is known from the access check.
    static func read(_ context: MeetingContext) -> CancelMeetingPage {
        CancelMeetingPage(
            meetingID: MeetingID(context.meeting.id!), studentNames: context.students.map(\.displayName),
            hasBeenShared: context.meeting.lifecycle.hasBeenShared)
    }
}

extension MeetingPeopleRead.Row {
    /// For family: the language of their record, which the invitation may be written in.
    var readsLanguage: String? { family_id == nil ? nil : preferred_language }
}
