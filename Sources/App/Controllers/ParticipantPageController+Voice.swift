import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// A participant's own words: agenda items they add, and the voice form (or the child
/// version, for a student).
extension ParticipantPageController {
    struct AgendaFields: Content {
        var topic: String?
    }

    struct VoiceFields: Content {
        var going_well: String?
        var worries: String?
        var hopes: String?
        var talk_about: String?
        var know_beforehand: String?
        var face: String?
    }

    static func addAgendaItem(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        // Their words are added only while the meeting is shared and has not started.
        guard meeting.lifecycle.allows(.reply) else { return gone(req) }
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let topic = Text.clean(try req.reshowableFields(AgendaFields.self).topic ?? "")
        var errors = FieldErrors()
        if topic.isEmpty { errors.add("topic", t(.errorAgendaEmpty)) }
        if topic.count > 200 { errors.add("topic", t(.errorTooLong, ["count": "200"])) }
        if req.csrfFailed { errors.add(FieldErrors.expiredField, t(.errorExpired)) }
        guard errors.isEmpty else {
            var page = try await page(req, resolved)
            page.agendaTopic = topic
            page.agendaErrors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let details = try await Meetings.details(of: meeting, on: req.db, now: req.roundtable.now)
        let name = details.people.first { $0.participant.id == participant.id }?.name ?? participant.role
        try await Meetings.addAgendaItem(
            AgendaItemForm.Checked(title: topic, minutes: 5, notes: nil), to: meeting, proposedBy: name,
            participantID: participant.id, context: req.auditContext, on: req.db)
        try await Sharing.announce(
            meeting, changes: [.agenda], on: req.db, now: req.roundtable.now)
        return req.redirect(to: SiteRoute.participant(token: resolved.token, .page()).path + "?added=1#agenda-added")
    }

    static func saveVoice(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        // Their words are added only while the meeting is shared and has not started.
        guard meeting.lifecycle.allows(.reply) else { return gone(req) }
        let fields = try req.reshowableFields(VoiceFields.self)
        let participantID = try participant.requireID()
        let isDraft = req.headers.first(name: "X-Autosave") == "1"
        // An expired token saves nothing: a draft is refused quietly (the script keeps the
        // text), a sent form comes back with their words and a message in their language.
        let voice =
            req.csrfFailed
            ? ParticipantVoice()
            : try await ParticipantVoice.query(on: req.db).filter(\.$participant.$id == participantID).first()
                ?? ParticipantVoice()
        func clean(_ text: String?) -> String? {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : String(trimmed.prefix(2000))
        }
        voice.$participant.id = participantID
        voice.goingWell = clean(fields.going_well)
        voice.worries = clean(fields.worries)
        voice.hopes = clean(fields.hopes)
        voice.talkAbout = clean(fields.talk_about)
        voice.knowBeforehand = clean(fields.know_beforehand)
        voice.face = fields.face.flatMap { Int($0) }.flatMap { (1...5).contains($0) ? $0 : nil }
        if req.csrfFailed {
            if isDraft { return Response(status: .forbidden) }
            let t = try await localizer(link: link, participant: participant, on: req.db)
            var page = try await page(req, resolved)
            page.voice = ParticipantWords(
                goingWell: voice.goingWell, worries: voice.worries, hopes: voice.hopes, talkAbout: voice.talkAbout,
                knowBeforehand: voice.knowBeforehand, face: voice.face)
            page.replyErrors.add(FieldErrors.expiredField, t(.errorExpired))
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await req.db.transaction { db in
            try await voice.save(on: db)
            // Drafts save every few seconds while someone types; the log notes the deliberate save.
            if !isDraft {
                try await AuditLog.record(
                    .participantVoiceSaved, on: db, context: req.auditContext, schoolID: meeting.$school.id,
                    subjectType: "meeting", subjectID: meeting.id, summary: participant.role)
            }
        }
        // A draft saved by the page's script needs no new page.
        if isDraft { return Response(status: .noContent) }
        return req.redirect(to: SiteRoute.participant(token: resolved.token, .page()).path + "?voice=1#voice-saved")
    }
}
