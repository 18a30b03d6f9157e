import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

extension ParticipantPageController {
    /// The meeting as a calendar file, from the participant's own page: a link handed over by
    /// text message or on paper has no email to bring one. Title and description are in the
    /// reader's language and say nothing about the child; the same UID as the emailed file, so
    /// a later email updates the same event.
    static func calendar(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        guard let start = meeting.startsAt, !meeting.lifecycle.isCancelled else { throw AppError.notFound }
        let t = Localizer(catalogLanguage(link: link, participant: participant))
        let school = try await School.find(meeting.$school.id, on: req.db)?.name ?? ""
        let place: String? =
            meeting.format.needsRoom
            ? try await meeting.$space.id.asyncMap { try await Space.find($0, on: req.db) }??.name
            : t(Phrase.format(meeting.format))
        let configuration = req.roundtable.configuration
        let url = configuration.publicURL.address(of: SiteRoute.participant(token: resolved.token, .page()))
        let file = CalendarFile(
            method: .request, uid: "meeting-\(try meeting.requireID().uuidString.lowercased())@roundtable",
            sequence: meeting.calendarSequence, start: start, lengthMinutes: meeting.lengthMinutes,
            title: t(.calendarTitle, ["school": school]), location: place,
            description: t(.calendarDescription, ["url": url]), organizerEmail: configuration.mailFrom.value,
            organizerName: configuration.mailFromName, attendeeEmail: nil, attendeeName: nil,
            stamp: meeting.updatedAt ?? req.roundtable.now)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"meeting.ics\"")
        return Response(status: .ok, headers: headers, body: .init(string: file.text))
    }
}
