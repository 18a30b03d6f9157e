import Foundation
import RoundtableCore

extension ParticipantMeetingPage {
    public func content() -> Component {
        let t = t
        return ComponentGroup {
            LanguageSwitcher(token: token, current: t.language, label: t(.chooseLanguage))
            if hasErrors {
                ErrorSummary(
                    errors: !replyErrors.isEmpty
                        ? replyErrors
                        : !agendaErrors.isEmpty
                            ? agendaErrors
                            : !(requests?.errors.isEmpty ?? true)
                                ? requests!.errors : followThroughErrors.isEmpty ? summaryErrors : followThroughErrors,
                    title: t(.errorSummary))
            }
            // The header already names the school: no caption repeating it above the heading.
            PageHeading(text: title)
            if meeting.isCancelled {
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
            if let feedback { FeedbackInviteSection(t: t, token: token, isStudent: isStudent, invite: feedback) }
            if let summary {
                if familyPage { familyLink(t) }
                // After the meeting the summary is the page: the invitation and its forms are history.
                // How things are going comes first: it is what someone coming back is here for.
                if let followThrough, !followThrough.isEmpty {
                    ParticipantFollowThroughSection(t: t, token: token, content: followThrough)
                }
                ParticipantSummarySection(t: t, token: token, content: summary)
                requestSection(t)
            } else {
                // First screen on a phone: why, when, where and the reply; the rest in headed sections.
                leadPart(t)
                contentsList(t)
                if familyPage { familyLink(t) }
                invitationPart(t)
            }
            if let reminders {
                ParticipantReminderSection(t: t, token: token, content: reminders)
            }
            schoolContact(t)
        }
    }

    private func familyLink(_ t: Localizer) -> Component {
        El("p") {
            El("a", .class("family-tap"), .href(.participant(token: token, .family))) { T(t(.familyLink)) }
        }
    }

    /// Where the school is and how to ring it: a link passed on by text message carries nothing else.
    private func schoolContact(_ t: Localizer) -> Component {
        ComponentGroup {
            if schoolAddress != nil || schoolPhone != nil {
                El("h2", .class("heading-m"), .id("school-contact")) { T(t(.schoolContactTitle)) }
                El("dl", .class("summary-list")) {
                    if let address = schoolAddress {
                        SummaryRow(key: t(.schoolAddress)) {
                            El("span", .class("prewrap"), .attr("dir", "auto")) { T(address) }
                        }
                    }
                    if let phone = schoolPhone {
                        SummaryRow(key: t(.schoolPhone)) {
                            El(
                                "a", .class("family-tap"),
                                .attr("href", "tel:" + SchoolContactForm.dialable(phone))
                            ) { El("bdi", .attr("dir", "ltr")) { T(phone) } }
                        }
                    }
                }
            }
        }
    }

    private var followThroughErrors: FieldErrors {
        var errors = FieldErrors()
        if let draft = followThrough?.draft { errors.add("note" + draft.entryID.fieldSuffix, draft.error) }
        return errors
    }

    private var summaryErrors: FieldErrors {
        var errors = FieldErrors()
        if let message = summary?.commentError { errors.add("comment", message) }
        return errors
    }

    private func invitationPart(_ t: Localizer) -> Component {
        ComponentGroup {
            if !isStudent, let invitation {
                El("h2", .class("heading-m"), .id("letter")) { T(t(.letterTitle)) }
                // One greeting: the letter's own when it has one (`InvitationGreeting`), else ours.
                if let viewerName, !InvitationGreeting.opens(invitation.body) {
                    El("p") { T(t(.dear, ["name": viewerName])) }
                }
                // The school's words keep their own language and direction inside the page's.
                El("div", .class("invitation"), .attr("lang", invitation.language)) {
                    for paragraph in invitation.body.components(separatedBy: "\n\n") {
                        El("p", .class("prewrap"), .attr("dir", "auto")) { T(paragraph) }
                    }
                }
                SchoolTextNote(t: t, languages: [invitation.language])
            }
            El("h2", .class("heading-m"), .id("people")) { T(t(.whoWillBeThere)) }
            El("ul", .class("list")) {
                for person in people {
                    El("li") {
                        if person.isViewer {
                            T(t(.you))
                        } else {
                            IsolatedPhrase(
                                t, .personWithRole, ["role": t(person.role)], isolating: ["name": person.name],
                                direction: "auto")
                        }
                        if let joining = joining(person, t) {
                            Leaf("br")
                            joining
                        }
                    }
                }
            }
            let interpreters = Set(people.compactMap(\.interpreterLanguage))
            if !interpreters.isEmpty {
                El("p") {
                    T(
                        t(
                            .interpreterWillBeThere,
                            [
                                "languages": t.list(interpreters.map { LanguageName.of($0, in: t.locale) }.sorted())
                            ]))
                }
            }
            agendaList(t)
            if meeting.isOpen {
                ParticipantAgendaAdd(
                    t: t, token: token, topic: agendaTopic, error: agendaErrors["topic"], added: agendaAdded)
            }
            if !meeting.groundRules.isEmpty {
                El("h2", .class("heading-m"), .id("ground-rules")) { T(t(.groundRulesTitle)) }
                El("ul", attributes: [.class("list")] + SchoolTextView.attributes(meeting.language(of: .groundRules))) {
                    for rule in meeting.groundRules { El("li") { T(rule) } }
                }
                SchoolTextNote(t: t, languages: [meeting.language(of: .groundRules)])
            }
            if meeting.isOpen {
                if childVersion {
                    ChildVoiceSection(t: t, token: token, voice: voice, saved: voiceSaved)
                } else {
                    VoiceSection(t: t, token: token, voice: voice, saved: voiceSaved)
                }
            }
            requestSection(t, collapsed: true)
        }
    }

    /// Why: the first lines under the heading (`leadPart`), body size and without a heading of
    /// its own, so that on a phone the reply's first question fits the first screen. The view
    /// adds "The school wrote this part in English" when it is.
    func purpose(_ t: Localizer) -> Component {
        SchoolTextView(t: t, text: meeting.purpose, language: meeting.language(of: .purpose), classes: "purpose")
    }

    /// "Ms Rossi joins for the first 20 minutes", or "You are invited from 16:00 to 16:20".
    private func joining(_ person: Person, _ t: Localizer) -> Component? {
        guard let window = person.window else { return nil }
        let timeZone = RenderContext.current.timeZone
        let at = { (minute: Int) in
            meeting.startsAt.map { t.time($0.addingTimeInterval(Double(minute) * 60), timeZone: timeZone) }
        }
        let you = person.isViewer
        // The name and the times are isolated: a time "16:20" beside an Arabic word keeps its order.
        let phrase = { (phrase: Phrase, values: [String: String], isolating: [String: String]) -> Component in
            IsolatedPhrase(
                t, phrase, values, isolating: isolating.merging(["name": person.name]) { a, _ in a },
                direction: "auto")
        }
        switch window.shape(lengthMinutes: meeting.lengthMinutes) {
        case .whole: return nil
        case .first(let minutes):
            return phrase(you ? .youJoinFirst : .joinsFirst, ["minutes": t.minutes(minutes)], [:])
        case .last(let minutes):
            return phrase(you ? .youJoinLast : .joinsLast, ["minutes": t.minutes(minutes)], [:])
        case .between(let from, let until):
            if let start = at(from), let end = at(until) {
                return phrase(you ? .youJoinBetween : .joinsBetween, [:], ["from": start, "until": end])
            }
            return phrase(you ? .youJoinPart : .joinsPart, ["minutes": t.minutes(until - from)], [:])
        }
    }

    func whenAndWhere(_ t: Localizer) -> Component {
        El("dl", .class("summary-list")) {
            SummaryRow(key: t(.when)) {
                if let startsAt = meeting.startsAt {
                    IsolatedValue(
                        t.dateTime(startsAt, timeZone: RenderContext.current.timeZone), rightToLeft: t.isRightToLeft)
                } else {
                    T(t(.noDateYet))
                }
                // How long and the calendar share a line when they fit (the first screen of a phone
                // holds why, when, where and the reply), and wrap cleanly when they do not.
                El("span", .class("when-more")) {
                    El("span") { T(t(.aboutMinutes, ["minutes": t.minutes(meeting.lengthMinutes)])) }
                    // A link handed over by text message brings no calendar: the page offers its own.
                    if meeting.startsAt != nil && !meeting.isCancelled {
                        El(
                            "a", .class("family-tap"), .href(.participant(token: token, .calendar)),
                            .attr("download", "meeting.ics")
                        ) { T(t(.calendarDownload)) }
                    }
                }
            }
            SummaryRow(key: meeting.format.needsRoom ? t(.whereTitle) : t(.howTitle)) {
                if meeting.format.needsRoom {
                    El("span", .attr("lang", "en"), .attr("dir", "auto")) { T(meeting.spaceName ?? t(.atSchool)) }
                    if meeting.format == .hybrid { T(t.comma + t(.orByVideo)) }
                    if let directions = meeting.directions {
                        SchoolTextView(
                            t: t, text: directions, language: meeting.language(of: .directions),
                            classes: "prewrap directions")
                    }
                } else {
                    T(t(Phrase.format(meeting.format)))
                }
                if let link = meeting.videoLink, meeting.format.needsLink {
                    Leaf("br")
                    // A button-sized target: this is the one thing to tap at the meeting's time.
                    El(
                        "a", .attr("href", link), .attr("rel", "noopener noreferrer"),
                        .class("button button--secondary join-link")
                    ) { T(t(.joinVideo)) }
                }
                if let fallback = meeting.fallbackPlan, meeting.format.needsLink {
                    Leaf("br")
                    IsolatedPhrase(
                        t, .ifCallFails, isolating: ["plan": fallback], direction: "auto",
                        lang: meeting.language(of: .fallbackPlan))
                    SchoolTextNote(t: t, languages: [meeting.language(of: .fallbackPlan)])
                }
            }
        }
    }

    private func agendaList(_ t: Localizer) -> Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("agenda")) { T(t(.agendaTitle)) }
            El("ol", .class("list")) {
                for item in agenda {
                    El("li") {
                        // A participant who added an item wrote in their own language, which we do not
                        // know, so it carries no lang.
                        El("span", attributes: SchoolTextView.attributes(item.language)) { T(item.title) }
                        // On a line of its own: no brackets to mirror around English words in Arabic.
                        Leaf("br")
                        El("span", .class("muted")) { T(t(.agendaItemMinutes, ["minutes": t.minutes(item.minutes)])) }
                        if let addedBy = item.addedBy {
                            El("span", .class("muted")) {
                                T(" · ")
                                IsolatedPhrase(t, .agendaAddedBy, isolating: ["name": addedBy], direction: "auto")
                            }
                        }
                        if item.isNew {
                            T(" ")
                            StatusTag(text: t(.agendaNew), tone: "blue")
                        }
                    }
                }
            }
            SchoolTextNote(
                t: t, languages: agenda.map(\.language), all: .agendaInEnglish, some: .agendaSomeInEnglish)
        }
    }

    private func requestSection(_ t: Localizer, collapsed: Bool = false) -> Component {
        guard let requests else { return EmptyComponent() }
        return MeetingRequestSection(t: t, token: token, content: requests, collapsed: collapsed)
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
                                .href(.participant(token: token, .page(language: code))), .attr("lang", code),
                                .attr("hreflang", code),
                            ] + (code == current ? [.aria("current", "true")] : [])
                        ) { T(Catalog.nativeName(code)) }
                    }
                }
            }
        }
    }
}
