import Foundation
import RoundtableCore
import RoundtableViews

/// A participant's view of their meeting: only what every participant may see, in their
/// language. What the school wrote (purpose, agenda) is shown as written.
struct ParticipantMeetingPage: HTMLPage {
    var meeting: Meeting
    var details: Meetings.Details
    var students: [Student]
    var schoolName: String
    var viewerID: UUID
    var viewerName: String?
    /// The school's invitation, in the viewer's language when it was written.
    var invitation: InvitationText?
    /// The student themself: the letter to the adults is not for them.
    var isStudent = false
    var t: Localizer
    var token: String
    var reply: ParticipantReplyForm
    var replyErrors = FieldErrors()
    var replySaved = false
    var timeZone: TimeZone
    var agendaTopic = ""
    var agendaErrors = FieldErrors()
    var agendaAdded = false
    var voice: ParticipantVoice? = nil
    var voiceSaved = false
    /// What changed since the person last opened their page.
    var changes: [MeetingChange] = []
    /// Requests for another meeting: the children they may ask about, and earlier requests.
    var requestChildren: [Student] = []
    var requests: [MeetingRequest] = []
    var requestTopic = ""
    var requestErrors = FieldErrors()
    var requestSent = false

    /// The lead's choice of page for a student; `nil` means by age.
    var chosenVersion: PageVersion? = nil
    /// Once the record is shared: the summary, and what this person answered.
    var summary: ParticipantSummaryContent? = nil

    private var childVersion: Bool {
        guard isStudent else { return false }
        let age = students.first?.dateOfBirth.map(Meetings.age)
        return PageVersion.forStudent(age: age, chosen: chosenVersion) == .child
    }

    private var summaryErrors: FieldErrors {
        var errors = FieldErrors()
        if let message = summary?.commentError { errors.add("comment", message) }
        return errors
    }

    private var names: String {
        students.map { $0.preferredName ?? $0.legalGivenName }.joined(separator: " & ")
    }
    var title: String { t(.pageTitle, ["names": names]) }
    var hasErrors: Bool {
        !replyErrors.isEmpty || !agendaErrors.isEmpty || !requestErrors.isEmpty || summary?.commentError != nil
    }
    private var isOpen: Bool { meeting.lifecycle.allows(.reply) }
    var language: String { t.language == Catalog.pseudoLocale ? "en" : t.language }
    var isForParticipants: Bool { true }
    var usesVoiceScript: Bool { isOpen || summary != nil }
    var skipLinkText: String { t(.skipToContent) }
    var footerText: String { t(.footer) }

    func role(of person: Meetings.Person) -> String {
        switch person.participant.kind {
        case .student: t(.roleStudent)
        case .family: t(person.relationship.map(Phrase.role) ?? .roleFamily)
        case .staff: t(person.participant.user.map { Phrase.role($0.jobRole) } ?? .roleStaff)
        case .agency: t(.roleAgency)
        }
    }

    func content() -> Component {
        ComponentGroup {
            LanguageSwitcher(token: token, current: t.language, label: t(.chooseLanguage))
            if hasErrors {
                ErrorSummary(
                    errors: !replyErrors.isEmpty
                        ? replyErrors
                        : !agendaErrors.isEmpty
                            ? agendaErrors : !requestErrors.isEmpty ? requestErrors : summaryErrors,
                    title: t(.errorSummary))
            }
            PageHeading(text: title, caption: schoolName)
            if meeting.lifecycle.isCancelled {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T(t(.cancelled) + " ") }
                    T(t(.cancelledNext))
                }
            }
            if !changes.isEmpty {
                El("div", .class("notice"), .attr("role", "status")) {
                    El("h2", .class("heading-s")) { T(t(.changesTitle)) }
                    El("ul", .class("list")) { for change in changes { El("li") { T(t(Phrase.change(change))) } } }
                }
            }
            if let summary {
                // After the meeting the summary is the page: the invitation and its forms are history.
                ParticipantSummarySection(t: t, token: token, content: summary)
                requestSection()
            } else {
                invitationPart()
            }
        }
    }

    private func invitationPart() -> Component {
        ComponentGroup {
            if isStudent {
                El("p", .class("lead")) { T(t(.studentLead)) }
            } else if let invitation {
                if let viewerName { El("p") { T(t(.dear, ["name": viewerName])) } }
                // The school's words keep their own language and direction inside the page's.
                El("div", .class("invitation"), .attr("lang", invitation.language)) {
                    for paragraph in invitation.body.components(separatedBy: "\n\n") {
                        El("p", .class("prewrap"), .attr("dir", "auto")) { T(paragraph) }
                    }
                }
            } else {
                El("h2", .class("heading-m")) { T(t(.purpose)) }
                El("p", .class("lead"), .attr("lang", "en"), .attr("dir", "auto")) { T(meeting.purpose) }
            }
            El("dl", .class("summary-list")) {
                SummaryRow(key: t(.when)) {
                    T(meeting.startsAt.map { t.dateTime($0, timeZone: timeZone) } ?? t(.noDateYet))
                }
                SummaryRow(key: t(.howLong)) { T(t(.aboutMinutes, ["minutes": t.minutes(meeting.lengthMinutes)])) }
                SummaryRow(key: meeting.format.needsRoom ? t(.whereTitle) : t(.howTitle)) {
                    if meeting.format.needsRoom {
                        El("span", .attr("lang", "en"), .attr("dir", "auto")) { T(details.space?.name ?? t(.atSchool)) }
                        if meeting.format == .hybrid { T(", " + t(.orByVideo)) }
                    } else {
                        T(t(Phrase.format(meeting.format)))
                    }
                    if let link = meeting.videoLink, meeting.format.needsLink {
                        Leaf("br")
                        El("a", .attr("href", link), .attr("rel", "noopener noreferrer")) { T(t(.joinVideo)) }
                    }
                    if let fallback = meeting.fallbackPlan, meeting.format.needsLink {
                        Leaf("br")
                        T(t(.ifCallFails, ["plan": fallback]))
                    }
                }
            }
            El("h2", .class("heading-m")) { T(t(.whoWillBeThere)) }
            El("ul", .class("list")) {
                for person in details.peopleShownToParticipants {
                    El("li") {
                        if person.participant.id == viewerID {
                            T(t(.you))
                        } else {
                            T(t(.personWithRole, ["name": person.name, "role": role(of: person)]))
                        }
                    }
                }
            }
            let interpreters = Set(details.peopleShownToParticipants.compactMap(\.needsInterpreter))
            if !interpreters.isEmpty {
                El("p") {
                    T(
                        t(
                            .interpreterWillBeThere,
                            [
                                "languages": interpreters.map { LanguageName.of($0, in: t.locale) }.sorted()
                                    .joined(separator: ", ")
                            ]))
                }
            }
            El("h2", .class("heading-m"), .id("agenda")) { T(t(.agendaTitle)) }
            El("ol", .class("list")) {
                for item in details.agenda {
                    El("li") {
                        El("span", .attr("lang", "en"), .attr("dir", "auto")) { T(item.title) }
                        // On a line of its own: no brackets to mirror around English words in Arabic.
                        Leaf("br")
                        El("span", .class("muted")) { T(t(.agendaItemMinutes, ["minutes": t.minutes(item.minutes)])) }
                        if item.$proposedByParticipant.id != nil {
                            El("span", .class("muted")) { T(" · " + t(.agendaAddedBy, ["name": item.proposedBy])) }
                        }
                        if item.addedAfterShare {
                            T(" ")
                            StatusTag(text: t(.agendaNew), tone: "blue")
                        }
                    }
                }
            }
            if t.language != "en" { El("p", .class("hint")) { T(t(.agendaSchoolWords)) } }
            // The reply comes straight after the agenda: it is what the school most needs to hear.
            if !isStudent && !meeting.lifecycle.isCancelled {
                ParticipantReplySection(
                    t: t, token: token, form: reply, errors: replyErrors, saved: replySaved,
                    open: isOpen)
            }
            if isOpen {
                ParticipantAgendaAdd(
                    t: t, token: token, topic: agendaTopic, error: agendaErrors["topic"], added: agendaAdded)
            }
            if !meeting.groundRules.isEmpty {
                El("h2", .class("heading-m")) { T(t(.groundRulesTitle)) }
                El("ul", .class("list"), .attr("lang", "en"), .attr("dir", "auto")) {
                    for rule in meeting.groundRules { El("li") { T(rule) } }
                }
            }
            if isOpen {
                if childVersion {
                    ChildVoiceSection(t: t, token: token, voice: voice, saved: voiceSaved)
                } else {
                    VoiceSection(t: t, token: token, voice: voice, saved: voiceSaved)
                }
            }
            requestSection()
        }
    }

    private func requestSection() -> Component {
        if requestChildren.isEmpty { return EmptyComponent() }
        return MeetingRequestSection(
            t: t, token: token, children: requestChildren, requests: requests, topic: requestTopic,
            errors: requestErrors, sent: requestSent)
    }
}

/// Links to the same page in each language; the choice is remembered for this link.
struct LanguageSwitcher: Component {
    var token: String
    var current: String
    var label: String

    var body: Component {
        El("nav", .class("language-switcher"), .aria("label", label)) {
            El("ul") {
                for code in Catalog.languages {
                    El("li") {
                        El(
                            "a",
                            attributes: [
                                .href(.participantPage(token: token, language: code)), .attr("lang", code),
                                .attr("hreflang", code),
                            ] + (code == current ? [.aria("current", "true")] : [])
                        ) { T(Catalog.nativeName(code)) }
                    }
                }
            }
        }
    }
}
