import FluentKit
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension ParticipantMeetingPage {
    /// The page for the participant of a resolved link (`ParticipantLinkMiddleware` has loaded
    /// the link, the participant with their family record, and the meeting). Five queries: the
    /// page's own row (school, room, invitation, their reply and words), the people, the
    /// students with their family links, the agenda, and for a family member their children at
    /// the school and their earlier requests; one more for what changed since `changedSince`, and four more once the
    /// summary is shared (its record read through `RecordVisibility`, its texts, their answers,
    /// its last change).
    static func read(
        _ resolved: ResolvedParticipantLink, catalogLanguage: String, changedSince: Date? = nil, now: Date,
        on db: any SQLDatabase
    ) async throws -> ParticipantMeetingPage {
        let meeting = resolved.meeting
        let participant = resolved.participant
        let meetingID = try meeting.requireID()
        let participantID = try participant.requireID()

        let own = try await db.raw(
            """
            SELECT sc.name AS "schoolName", sc.address AS "schoolAddress", sc.phone AS "schoolPhone", \
            sp.name AS "spaceName", \
            mine.language AS "letterLanguage", mine.body AS "letterBody", \
            en.language AS "englishLetterLanguage", en.body AS "englishLetterBody", \
            r.attendance AS "attendance", r.suitable_times AS "suitableTimes", \
            r.interpreter_language AS "interpreterLanguage", r.access_needs AS "accessNeeds", \
            r.preferred_mode AS "preferredMode", r.note AS "note", r.contribution AS "contribution", \
            v.id AS "voiceID", v.going_well AS "goingWell", v.worries AS "worries", v.hopes AS "hopes", \
            v.talk_about AS "talkAbout", v.know_beforehand AS "knowBeforehand", v.face AS "face", \
            tp.text AS "purposeText", tg.text AS "groundRulesText", tf.text AS "fallbackText", \
            td.text AS "directionsText", tde.text AS "englishDirections" \
            FROM \(ident: School.schema) sc \
            LEFT JOIN \(ident: Space.schema) sp ON sp.id = \(bind: meeting.$space.id) \
            LEFT JOIN \(ident: InvitationText.schema) mine ON mine.meeting_id = \(bind: meetingID) \
            AND mine.language = \(bind: catalogLanguage) \
            LEFT JOIN \(ident: InvitationText.schema) en ON en.meeting_id = \(bind: meetingID) AND en.language = 'en' \
            LEFT JOIN \(ident: ParticipantReply.schema) r ON r.participant_id = \(bind: participantID) \
            LEFT JOIN \(ident: ParticipantVoice.schema) v ON v.participant_id = \(bind: participantID) \
            \(MeetingText.join("tp", .purpose, meetingID, catalogLanguage)) \
            \(MeetingText.join("tg", .groundRules, meetingID, catalogLanguage)) \
            \(MeetingText.join("tf", .fallbackPlan, meetingID, catalogLanguage)) \
            \(MeetingText.join("td", .directions, meetingID, catalogLanguage)) \
            \(MeetingText.join("tde", .directions, meetingID, "en")) \
            WHERE sc.id = \(bind: meeting.$school.id)
            """
        ).first(decoding: OwnRow.self)

        // Once the summary is shared it is the page: who was coming and the agenda are not shown.
        let showsSummary = meeting.lifecycle.allows(.answerSummary)
        let people =
            showsSummary
            ? []
            : try await MeetingPeopleRead.read(
                meetingID, for: ContactRule.viewer(participant.loadedContactPerson), on: db)

        // Ordered by the student's id, as the meeting's students were read before.
        let students = try await db.raw(
            """
            SELECT s.id AS "id", s.preferred_name AS "preferredName", s.legal_given_name AS "givenName", \
            s.date_of_birth AS "dateOfBirth", l.family_member_id AS "familyMemberID", \
            l.relationship AS "relationship" \
            FROM \(ident: MeetingStudent.schema) ms \
            JOIN \(ident: Student.schema) s ON s.id = ms.student_id \
            LEFT JOIN \(ident: StudentFamilyLink.schema) l ON l.student_id = s.id \
            WHERE ms.meeting_id = \(bind: meetingID) ORDER BY s.id
            """
        ).all(decoding: StudentRow.self)

        // Each item with the school's title in the reader's language and the words for a student.
        let agenda: [AgendaRow] =
            showsSummary
            ? []
            : try await db.raw(
                """
                SELECT a.title AS "title", a.minutes AS "minutes", a.proposed_by AS "proposedBy", \
                a.proposed_by_participant_id AS "proposedByParticipantID", a.added_after_share AS "addedAfterShare", \
                w.text AS "written", c.text AS "child", ce.text AS "englishChild" \
                FROM \(ident: AgendaItem.schema) a \
                \(MeetingText.itemJoin("w", .agendaItem, catalogLanguage)) \
                \(MeetingText.itemJoin("c", .agendaChild, catalogLanguage)) \
                \(MeetingText.itemJoin("ce", .agendaChild, "en")) \
                WHERE a.meeting_id = \(bind: meetingID) ORDER BY a.position
                """
            ).all(decoding: AgendaRow.self)

        var studentsInOrder: [StudentRow] = []
        var relationships: [UUID: FamilyRelationship] = [:]
        for row in students {
            if !studentsInOrder.contains(where: { $0.id == row.id }) { studentsInOrder.append(row) }
            if let member = row.familyMemberID,
                let relationship = row.relationship.flatMap(FamilyRelationship.init(rawValue:))
            {
                relationships[member] = relationship
            }
        }

        let isStudent = participant.kind == .student
        // The school's texts in the reader's language when written, else the English (`SchoolTexts`).
        let shown = { (part: SchoolTextPart, written: String?, english: String?) in
            SchoolTexts.shown(written: written, english: english, language: catalogLanguage)
        }
        let purpose = shown(.purpose, own?.purposeText, meeting.purpose)
        let rules = shown(.groundRules, own?.groundRulesText, meeting.groundRules.joined(separator: "\n"))
        let fallback = shown(.fallbackPlan, own?.fallbackText, meeting.fallbackPlan)
        let directions = shown(.directions, own?.directionsText, own?.englishDirections)
        var languages: [SchoolTextPart: String] = [:]
        for (part, text) in [
            (SchoolTextPart.purpose, purpose), (.groundRules, rules), (.fallbackPlan, fallback),
            (.directions, directions),
        ] {
            languages[part] = text?.language
        }
        let age = studentsInOrder.first?.dateOfBirth.map { Meetings.age($0, at: now) }
        var page = ParticipantMeetingPage(
            catalogLanguage: catalogLanguage, token: resolved.token, schoolName: own?.schoolName ?? "",
            studentNames: studentsInOrder.map { $0.preferredName ?? $0.givenName },
            meeting: MeetingInfo(
                purpose: purpose?.text ?? meeting.purpose, startsAt: meeting.startsAt,
                lengthMinutes: meeting.lengthMinutes, format: meeting.format, spaceName: own?.spaceName,
                videoLink: meeting.videoLink, fallbackPlan: fallback?.text,
                groundRules: rules.map { SchoolTexts.lines($0.text) } ?? [],
                isCancelled: meeting.lifecycle.isCancelled, isOpen: meeting.lifecycle.allows(.reply),
                type: meeting.type),
            viewerName: people.first { $0.id == participantID }?.name, isStudent: isStudent,
            childVersion: isStudent
                && PageVersion.forStudent(age: age, chosen: participant.pageVersion) == .child,
            invitation: own?.letter,
            // Who is coming: never someone with a contact restriction.
            people: people.filter { ContactRule.shownToParticipants($0.contact) }.map {
                Person(
                    name: $0.name, role: $0.role(relationships: relationships), isViewer: $0.id == participantID,
                    interpreterLanguage: $0.interpreterNeeded, window: $0.window)
            },
            agenda: agenda.map {
                let title = SchoolTexts.agendaTitle(
                    title: $0.title, written: $0.written, child: $0.child, englishChild: $0.englishChild,
                    language: catalogLanguage, reader: participant.kind)
                let byParticipant = $0.proposedByParticipantID != nil
                return AgendaLine(
                    title: byParticipant ? $0.title : title.text, minutes: $0.minutes,
                    addedBy: byParticipant ? $0.proposedBy : nil, isNew: $0.addedAfterShare, language: title.language)
            },
            reply: own?.replyForm ?? firstReply(for: participant), voice: own?.voice)
        page.meeting.directions = directions?.text
        page.meeting.textLanguages = languages

        page.schoolAddress = own?.schoolAddress
        page.schoolPhone = own?.schoolPhone
        // A family member may ask for another meeting about any of their children at this
        // school (`FamilyReach`), the meeting's own child chosen at first; and has their own page.
        if let viewer = FamilyReach.Viewer(resolved), FamilyReach.mayOpen(viewer) {
            page.familyPage = true
            let children = try await FamilyChild.read(of: viewer, on: db)
            let inMeeting = children.first { child in
                students.contains { $0.id == child.id && $0.familyMemberID == viewer.familyMemberID }
            }
            if !children.isEmpty {
                let earlier = try await db.select()
                    .column(SQLAlias(SQLColumn("answer"), as: SQLIdentifier("answer")))
                    .column(SQLAlias(SQLColumn("status"), as: SQLIdentifier("status")))
                    .from(MeetingRequest.schema).where("participant_id", .equal, participantID)
                    .orderBy("created_at", .descending).all(decoding: RequestRow.self)
                page.requests = MeetingRequestSection.Content(
                    children: children.map { MeetingRequestSection.Child(id: StudentID($0.id), name: $0.name) },
                    earlier: earlier.map {
                        MeetingRequestSection.Earlier(
                            answer: $0.answer, accepted: $0.status == MeetingRequest.Status.accepted.rawValue)
                    }, selected: inMeeting.map { StudentID($0.id) })
            }
        }

        if let changedSince {
            struct ChangeRow: Decodable { var kind: String }
            let kinds = try await db.select().distinct()
                .column(SQLAlias(SQLColumn("kind"), as: SQLIdentifier("kind")))
                .from(MeetingChangeRecord.schema).where("meeting_id", .equal, meetingID)
                .where("at", .greaterThan, changedSince).all(decoding: ChangeRow.self)
                .compactMap { MeetingChange(rawValue: $0.kind) }
            page.changes = MeetingChange.allCases.filter(kinds.contains)
        }

        page.summary = try await summary(
            of: meeting, for: participant, language: catalogLanguage, on: db)
        // Why we met, as the page above gives it: in the reader's language when the school wrote it.
        if let purpose {
            page.summary?.summary.purpose = purpose.text
            page.summary?.purposeLanguage = purpose.language
        }
        if page.summary != nil, meeting.lifecycle.allows(.followThrough) {
            page.followThrough = try await ParticipantFollowThrough.read(
                meetingID: meetingID, person: participant.person,
                viewer: ContactRule.viewer(participant.loadedContactPerson), on: db)
        }
        return page
    }

    /// Before someone replies, what the school already knows is filled in for them to check:
    /// an interpreter, and in which language.
    static func firstReply(for participant: MeetingParticipant) -> ParticipantReplyForm {
        var form = ParticipantReplyForm()
        if let loaded = participant.$familyMember.value, let member = loaded, member.needsInterpreter {
            form.wantsInterpreter = "yes"
            form.interpreterLanguage = member.interpreterLanguage ?? member.preferredLanguage
        }
        return form
    }

    /// Once the summary is shared (and until its link ends): what this person may read of the
    /// record, in their language, and what they answered.
    private static func summary(
        of meeting: Meeting, for participant: MeetingParticipant, language: String, on db: any SQLDatabase
    ) async throws -> ParticipantSummaryContent? {
        guard meeting.lifecycle.allows(.answerSummary) else { return nil }
        // The request's database is Fluent's too (`Request.sql`); the record keeps its Fluent read.
        guard let fluent = db as? any Database else { preconditionFailure("a page's SQL database is Fluent's") }
        let meetingID = try meeting.requireID()
        // The record goes through RecordVisibility for this viewer, as on every surface.
        let summary = try await MeetingSummaries.summary(
            of: meeting, for: ContactRule.viewer(participant.loadedContactPerson), on: fluent)
        struct TextRow: Decodable {
            var language: String
            var nextSteps: String?
            var translation: String?
            var forStudent: String?
            var updatedAt: Date?
        }
        let texts = try await db.select()
            .column(SQLAlias(SQLColumn("language"), as: SQLIdentifier("language")))
            .column(SQLAlias(SQLColumn("next_steps"), as: SQLIdentifier("nextSteps")))
            .column(SQLAlias(SQLColumn("translation"), as: SQLIdentifier("translation")))
            .column(SQLAlias(SQLColumn("for_student"), as: SQLIdentifier("forStudent")))
            .column(SQLAlias(SQLColumn("updated_at"), as: SQLIdentifier("updatedAt")))
            .from(SummaryText.schema).where("meeting_id", .equal, meetingID).orderBy("language")
            .all(decoding: TextRow.self)
        struct ResponseRow: Decodable {
            var kind: String
            var text: String?
            var createdAt: Date?
            var answer: String?
        }
        let responses = try await db.select()
            .column(SQLAlias(SQLColumn("kind"), as: SQLIdentifier("kind")))
            .column(SQLAlias(SQLColumn("text"), as: SQLIdentifier("text")))
            .column(SQLAlias(SQLColumn("created_at"), as: SQLIdentifier("createdAt")))
            .column(SQLAlias(SQLColumn("answer"), as: SQLIdentifier("answer")))
            .from(SummaryResponse.schema).where("participant_id", .equal, try participant.requireID())
            .orderBy("created_at").all(decoding: ResponseRow.self)
        // What participants read last changed after sharing: an entry corrected, or the school's words saved again.
        var changedAt: Date?
        if let shared = meeting.recordSharedAt {
            struct RevisedRow: Decodable { var revised: Date? }
            let revised = try await db.raw(
                """
                SELECT MAX(rv.changed_at) AS "revised" FROM \(ident: RecordRevision.schema) rv \
                JOIN \(ident: RecordEntry.schema) e ON e.id = rv.entry_id WHERE e.meeting_id = \(bind: meetingID)
                """
            ).first(decoding: RevisedRow.self)?.revised
            let written = texts.compactMap(\.updatedAt).max()
            changedAt = [revised, written].compactMap { $0 }.filter { $0 > shared }.max()
        }
        let own = texts.first { $0.language == language }
        let english = texts.first { $0.language == "en" }
        let next = [own, english].compactMap { text in text?.nextSteps.map { ($0, text!.language) } }.first
        // Written for the student: who reads it is Core's rule (`RecordVisibility`).
        let forStudent =
            RecordVisibility.canReadWordsForStudent(ContactRule.viewer(participant.loadedContactPerson))
            ? [own, english].compactMap { text in text?.forStudent.map { ($0, text!.language) } }.first : nil
        return ParticipantSummaryContent(
            summary: summary, nextSteps: next.map { (text: $0.0, language: $0.1) },
            translation: language == "en" ? nil : own?.translation,
            responses: responses.compactMap { row in
                ParticipantSummaryContent.Response.Kind(rawValue: row.kind).map {
                    .init(kind: $0, text: row.text, createdAt: row.createdAt, answer: row.answer)
                }
            },
            heldOn: meeting.startedAt ?? meeting.startsAt, changedAt: changedAt,
            forStudent: forStudent.map { (text: $0.0, language: $0.1) })
    }
}

private struct OwnRow: Decodable {
    var schoolName: String
    var schoolAddress: String?
    var schoolPhone: String?
    var spaceName: String?
    var letterLanguage: String?
    var letterBody: String?
    var englishLetterLanguage: String?
    var englishLetterBody: String?
    var attendance: String?
    var suitableTimes: String?
    var interpreterLanguage: String?
    var accessNeeds: String?
    var preferredMode: String?
    var note: String?
    var contribution: String?
    var voiceID: UUID?
    var goingWell: String?
    var worries: String?
    var hopes: String?
    var talkAbout: String?
    var knowBeforehand: String?
    var face: Int?
    var purposeText: String?
    var groundRulesText: String?
    var fallbackText: String?
    var directionsText: String?
    var englishDirections: String?

    /// The school's invitation in the page's language, else in English.
    var letter: ParticipantMeetingPage.Letter? {
        if let letterLanguage, let letterBody { return .init(language: letterLanguage, body: letterBody) }
        if let englishLetterLanguage, let englishLetterBody {
            return .init(language: englishLetterLanguage, body: englishLetterBody)
        }
        return nil
    }

    /// Their reply as they left it, if they have replied.
    var replyForm: ParticipantReplyForm? {
        guard let attendance else { return nil }
        var form = ParticipantReplyForm()
        form.attendance = attendance
        form.suitableTimes = suitableTimes ?? ""
        form.wantsInterpreter = interpreterLanguage == nil ? "no" : "yes"
        form.interpreterLanguage = interpreterLanguage ?? ""
        form.accessNeeds = accessNeeds ?? ""
        form.preferredMode = preferredMode ?? ""
        form.note = note ?? ""
        form.contribution = contribution ?? ""
        return form
    }

    var voice: ParticipantWords? {
        guard voiceID != nil else { return nil }
        return .init(
            goingWell: goingWell, worries: worries, hopes: hopes, talkAbout: talkAbout,
            knowBeforehand: knowBeforehand, face: face)
    }
}

extension MeetingPeopleRead.Row {
    /// What they are there as, in the reader's language: for family, how they stand to the
    /// student (from `relationships`, by family member).
    fileprivate func role(relationships: [UUID: FamilyRelationship]) -> Phrase {
        switch kind {
        case .student: .roleStudent
        case .family: family_id.flatMap { relationships[$0] }.map(Phrase.role) ?? .roleFamily
        case .staff: user_name == nil ? .roleStaff : Phrase.role(job_role.flatMap(JobRole.init(rawValue:)) ?? .other)
        case .agency: .roleAgency
        }
    }
}

private struct StudentRow: Decodable {
    var id: UUID
    var preferredName: String?
    var givenName: String
    var dateOfBirth: Date?
    var familyMemberID: UUID?
    var relationship: String?
}

private struct AgendaRow: Decodable {
    var title: String
    var minutes: Int
    var proposedBy: String
    var proposedByParticipantID: UUID?
    var addedAfterShare: Bool
    var written: String?
    var child: String?
    var englishChild: String?
}

private struct RequestRow: Decodable {
    var answer: String?
    var status: String
}
