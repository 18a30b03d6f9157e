import Foundation
import RoundtableCore
import RoundtableViews

/// A meeting's plan on one page: purpose, time, people, agenda, place, preparation.
struct MeetingPage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    /// The viewer's own private reflection.
    var biasCheck: String
    var notice: SiteRoute.Notice?
    /// When the viewer last opened this meeting: participants' words since then are new.
    var lastViewed: Date? = nil
    /// Participants' comments on the summary still waiting for an answer.
    var openComments = 0

    private var meeting: Meeting { context.meeting }
    private var id: UUID { meeting.id! }
    /// Once the meeting has started its plan is history: the record says what happened.
    private var mayPlan: Bool { context.mayChange && !meeting.lifecycle.hasStarted }
    private var names: String { context.students.map(\.displayName).joined(separator: ", ") }
    var title: String { "\(meeting.type.label): \(names)" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: meeting.state.label)
            ContactStopNotice(people: details.people)
            El("dl", .class("summary-list")) {
                SummaryRow(key: "Why we are meeting") { T(meeting.purpose) }
                SummaryRow(key: "When") {
                    T(meeting.startsAt.map { DateText.dateTime($0) } ?? "No date yet")
                    T(", \(meeting.lengthMinutes) minutes")
                }
                SummaryRow(key: "How") {
                    T(meeting.format.label)
                    if let link = meeting.videoLink { Leaf("br"); T("Link: \(link)") }
                    if let fallback = meeting.fallbackPlan { Leaf("br"); T("If the call fails: \(fallback)") }
                }
                SummaryRow(key: "Where") {
                    T(details.space?.name ?? (meeting.format.needsRoom ? "No room chosen yet" : "Not needed"))
                }
                SummaryRow(key: "Asked for by") { T(meeting.requestedBy.label) }
                SummaryRow(key: "How soon") { T(meeting.urgency.label) }
                SummaryRow(key: "Leads the meeting") {
                    T(
                        details.people.first { $0.participant.$user.id == meeting.$lead.id && meeting.$lead.id != nil }?
                            .name
                            ?? "Nobody in particular")
                }
            }
            if meeting.lifecycle.isCancelled {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("This meeting is cancelled.") }
                }
            }
            MeetingRunLinks(meeting: meeting, mayChange: context.mayChange, openComments: openComments)
            if context.mayChange && meeting.lifecycle.allows(.changePlan) {
                El("p", .class("button-row")) {
                    El("a", .class("button button--secondary"), .href(.meetingPlan(id))) { T("Change the plan") }
                    T(" ")
                    El("a", .href(.meetingCancel(id))) { T("Cancel the meeting") }
                }
            }
            let advice = meeting.lifecycle.hasStarted ? [] : Meetings.lengthAdvice(meeting, details: details)
            if !advice.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("About the length. ") }
                    for line in advice { El("p") { T(line) } }
                    // Splitting helps a young child or a very long meeting; with an interpreter the
                    // answer is more time, not less.
                    let youngest = details.people.compactMap(\.age).min() ?? 99
                    if context.mayChange && meeting.lifecycle.allows(.split) && details.agenda.count > 1
                        && meeting.lengthMinutes >= 30 && (youngest < 12 || meeting.lengthMinutes > 60)
                    {
                        PostForm(action: .meetingSplit(id)) {
                            SecondaryButton(text: "Split into two shorter meetings")
                        }
                    }
                }
            }
            MeetingSharingSection(
                meeting: meeting, people: details.people, mayChange: context.mayChange)
            MeetingPeopleSection(
                meetingID: id, people: details.people, restricted: details.restricted, mayChange: mayPlan,
                lastViewed: lastViewed)
            MeetingAgendaSection(
                meeting: meeting, items: details.agenda, mayChange: mayPlan)
            MeetingSpaceSection(meeting: meeting, details: details, mayChange: mayPlan)
            El("h2", .class("heading-m")) { T("Ground rules") }
            if meeting.groundRules.isEmpty {
                El("p") { T("None written yet.") }
            } else {
                El("ul", .class("list")) { for rule in meeting.groundRules { El("li") { T(rule) } } }
            }
            notes("How each person's view will be heard", meeting.viewsPlan)
            notes("Language, culture, access and timing", meeting.inclusionNotes)
            notes("Difficult news or feelings to be ready for", meeting.difficultNotes)
            if !meeting.lifecycle.hasStarted {
                MeetingPreparationSection(meeting: meeting, mayChange: context.mayChange)
            }
            El("h2", .class("heading-m"), .id("reflection")) { T("Your private reflection") }
            El("p", .class("hint")) {
                T(
                    "Only you can see this. Before you meet: what do you already believe about this student and family, and where does that belief come from? What might you be missing?"
                )
            }
            PostForm(action: .meetingBiasCheck(id)) {
                TextArea(name: "text", label: "Your reflection", value: biasCheck)
                SecondaryButton(text: "Save reflection")
            }
        }
    }

    private func notes(_ heading: String, _ text: String?) -> Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T(heading) }
            El("p", .class(text == nil ? "muted" : "prewrap")) { T(text ?? "Nothing written yet.") }
        }
    }
}

struct MeetingPeopleSection: Component {
    var meetingID: UUID
    var people: [Meetings.Person]
    var restricted: [String]
    var mayChange: Bool
    var lastViewed: Date? = nil

    private func isNew(_ date: Date?) -> Bool {
        guard let lastViewed, let date else { return false }
        return date > lastViewed
    }

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Who is coming") }
            if !restricted.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Not invited: ") }
                    T(
                        "\(restricted.joined(separator: ", ")) must not be contacted. Roundtable will not invite them or send them anything."
                    )
                }
            }
            El("ul", .class("list list--rows")) {
                for person in people {
                    El("li") {
                        El("strong") { T(person.name) }
                        T(", \(person.participant.role.lowercased())")
                        if person.isContactRestricted {
                            StatusTag(text: "Contact restriction", tone: "red")
                            Leaf("br")
                            T("Not contacted: their links are stopped, and other participants do not see them listed.")
                        }
                        if let language = person.needsInterpreter {
                            Leaf("br")
                            T("Needs an interpreter (\(LanguageName.of(language)))")
                        }
                        if let needs = person.accessNeeds {
                            Leaf("br")
                            T("Access needs: \(needs)")
                        }
                        if let reply = person.reply {
                            if isNew(reply.updatedAt) { StatusTag(text: "New reply", tone: "blue") }
                            ReplySummary(reply: reply)
                        }
                        if let voice = person.voice {
                            if isNew(voice.updatedAt) { StatusTag(text: "New words", tone: "blue") }
                            VoiceSummary(voice: voice, isStudent: person.participant.kind == .student)
                        }
                    }
                }
            }
            let interpreters = people.filter { $0.needsInterpreter != nil && !$0.isContactRestricted }
            if !interpreters.isEmpty {
                El("p", .class("hint")) {
                    T(
                        "Book an interpreter: "
                            + interpreters.map { "\(LanguageName.of($0.needsInterpreter!)) for \($0.name)" }.joined(
                                separator: "; ")
                            + ". Their seat is in the seating plan, and families are told an interpreter will be there."
                    )
                }
            }
            if mayChange {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.meetingParticipants(meetingID))) {
                        T("Change who is coming")
                    }
                }
            }
        }
    }
}

struct MeetingPreparationSection: Component {
    var meeting: Meeting
    var mayChange: Bool

    var body: Component {
        let steps = PreparationStep.steps(for: meeting.urgency)
        let done = steps.filter { meeting.preparationDone.contains($0.rawValue) }
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("preparation")) { T("Preparation") }
            El("p") {
                T("\(done.count) of \(steps.count) done.")
                if meeting.urgency == .urgent {
                    T(" This meeting is urgent, so only the steps that matter most are shown.")
                }
            }
            // `progress` is not a void element: without its end tag it swallows the rest of the page.
            El(
                "progress", .attr("max", String(steps.count)), .value(String(done.count)),
                .aria("label", "Preparation done")
            ) { T("\(done.count) of \(steps.count)") }
            if mayChange {
                PostForm(action: .meetingPreparation(meeting.id!)) {
                    El("fieldset", .class("fieldset field")) {
                        El("legend", .class("visually-hidden")) { T("Preparation steps") }
                        El("div", .class("checkboxes")) {
                            for step in steps {
                                El("div", .class("checkbox")) {
                                    Leaf(
                                        "input",
                                        attributes: [
                                            .class("checkbox__input"), .id("step-\(step.rawValue)"), .name("done[]"),
                                            .type("checkbox"), .value(step.rawValue),
                                        ] + (done.contains(step) ? [.flag("checked")] : []))
                                    El("label", .class("checkbox__label"), .for("step-\(step.rawValue)")) {
                                        T(step.label)
                                    }
                                }
                            }
                        }
                    }
                    SecondaryButton(text: "Save preparation")
                }
            } else {
                El("ul", .class("list")) {
                    for step in steps { El("li") { T((done.contains(step) ? "Done: " : "To do: ") + step.label) } }
                }
            }
        }
    }
}

/// The invitation, sharing, and each participant's personal link.
struct MeetingSharingSection: Component {
    var meeting: Meeting
    var people: [Meetings.Person]
    var mayChange: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("sharing")) { T("Invitation and sharing") }
            if !meeting.lifecycle.hasBeenShared {
                El("p") {
                    T("Not shared yet. Families and agencies hear nothing until you share the meeting.")
                }
                if mayChange {
                    El("p", .class("button-row")) {
                        El("a", .class("button"), .href(.meetingInvitation(meeting.id!))) { T("Write the invitation") }
                        T(" ")
                        El("a", .class("button button--secondary"), .href(.meetingShare(meeting.id!))) { T("Share") }
                    }
                }
            } else {
                El("p") {
                    T(
                        "Shared \(meeting.sharedAt.map(DateText.dateTime) ?? ""). Changes to the time, place or agenda are sent to everyone in one email."
                    )
                }
                if let pending = meeting.changesPendingAt, meeting.lifecycle.allows(.tellChanges) {
                    El("div", .class("inset"), .id("changes")) {
                        El("p") {
                            El("strong") { T("Changes not told yet. ") }
                            T(
                                "Everyone gets one email with all the changes at \(DateText.time(ChangeNotice.sendsAt(lastChange: pending))), 15 minutes after the last one, unless you change something else first."
                            )
                        }
                        if mayChange {
                            PostForm(action: .tellChanges(meeting.id!)) {
                                SecondaryButton(text: "Tell everyone about these changes now")
                            }
                        }
                    }
                }
                if mayChange {
                    El("p") { El("a", .href(.meetingInvitation(meeting.id!))) { T("See the invitation") } }
                    El("h3", .class("heading-s")) { T("Personal links") }
                    El("p", .class("hint")) {
                        T(
                            "Each person opens their page with their own link. If a link is lost, make a new one; it is shown once."
                        )
                    }
                    El("ul", .class("list list--rows")) {
                        for person in people where person.participant.kind != .staff {
                            El("li") {
                                T("\(person.name), \(person.participant.role.lowercased()) ")
                                if person.isContactRestricted {
                                    StatusTag(text: "Contact restriction", tone: "red")
                                    T(" No links can be made for them.")
                                } else {
                                    LinkForms(person: person, meetingID: meeting.id!)
                                }
                                if person.participant.kind == .student {
                                    PageVersionForm(
                                        participant: person.participant, meeting: meeting)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "Make a new link" and "Stop their links" for one participant.
struct LinkForms: Component {
    var person: Meetings.Person
    var meetingID: UUID

    var body: Component {
        ComponentGroup {
            El(
                "form", .class("inline-form"), .postMethod,
                .action(.meetingLink(participant: person.participant.id!, meeting: meetingID))
            ) {
                CSRFField()
                El("button", .type("submit"), .class("button--link")) {
                    T("Make a new link")
                    El("span", .class("visually-hidden")) { T(" for \(person.name)") }
                }
            }
            T(" ")
            El(
                "form", .class("inline-form"), .postMethod,
                .action(.stopLinks(participant: person.participant.id!, meeting: meetingID))
            ) {
                CSRFField()
                El("button", .type("submit"), .class("button--link")) {
                    T("Stop their links")
                    El("span", .class("visually-hidden")) { T(" for \(person.name)") }
                }
            }
        }
    }
}

/// Says plainly, at the top of the meeting, what a contact restriction set on someone
/// already invited has done.
struct ContactStopNotice: Component {
    var people: [Meetings.Person]

    var body: Component {
        ComponentGroup {
            for person in people where person.isContactRestricted {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("\(person.name) now has a contact restriction: ") }
                    T("their links were stopped and nothing more will be sent to them.")
                }
            }
        }
    }
}

/// A participant's reply as the lead reads it.
struct ReplySummary: Component {
    var reply: ParticipantReply

    var body: Component {
        El("div", .class("reply")) {
            switch reply.attendance {
            case .coming: StatusTag(text: "Coming", tone: "green")
            case .notComing: StatusTag(text: "Cannot come", tone: "red")
            case .otherTime: StatusTag(text: "Needs another time", tone: "grey")
            }
            if let updated = reply.updatedAt {
                El("span", .class("muted")) { T(" replied \(DateText.dateTime(updated))") }
            }
            El("ul", .class("reply__details")) {
                if let times = reply.suitableTimes { El("li") { T("Times that suit: \(times)") } }
                if let language = reply.interpreterLanguage {
                    El("li") { T("Asks for an interpreter: \(LanguageName.of(language))") }
                }
                if let mode = reply.preferredMode.flatMap(MeetingMode.init(rawValue:)) {
                    El("li") { T("Would like to join: \(mode.label.lowercased())") }
                }
                if let needs = reply.accessNeeds { El("li") { T("To help them take part: \(needs)") } }
                if let note = reply.note { El("li") { T("Note: “\(note)”") } }
                if let contribution = reply.contribution {
                    El("li") { T("How they want to take part: \(contribution)") }
                }
            }
        }
    }
}

/// A participant's own words before the meeting, as the lead reads them.
struct VoiceSummary: Component {
    var voice: ParticipantVoice
    var isStudent: Bool

    static let faces = ["", "really hard", "hard", "OK", "good", "great"]

    var body: Component {
        El("div", .class("reply")) {
            El("strong") { T("In their own words") }
            El("dl", .class("facts")) {
                if let face = voice.face, isStudent {
                    El("div") {
                        El("dt") { T("School is") }
                        El("dd") { T(Self.faces[face]) }
                    }
                }
                for (key, value) in [
                    (isStudent ? "What is good" : "Going well", voice.goingWell),
                    (isStudent ? "What is hard" : "Worries", voice.worries),
                    (isStudent ? "What would help" : "Hopes", voice.hopes),
                    ("Wants to talk about", voice.talkAbout), ("The school should know", voice.knowBeforehand),
                ] {
                    if let value {
                        El("div") {
                            El("dt") { T(key) }
                            El("dd", .attr("dir", "auto")) { T(value) }
                        }
                    }
                }
            }
        }
    }
}

/// The lead's choice between the simpler page (faces, short words) and the standard one.
struct PageVersionForm: Component {
    var participant: MeetingParticipant
    var meeting: Meeting

    var body: Component {
        let id = "version-\(participant.id!.uuidString.prefix(8))"
        let chosen = participant.pageVersion?.rawValue ?? ""
        return El(
            "form", .class("inline-form page-version"), .postMethod,
            .action(.pageVersion(participant: participant.id!, meeting: meeting.id!))
        ) {
            CSRFField()
            El("label", .class("label"), .for(id)) { T("Their page") }
            El("select", .class("select"), .id(id), .name("version")) {
                for (value, text) in [
                    ("", "By age (the simpler page until \(PageVersion.standardFromAge))"),
                    (PageVersion.child.rawValue, PageVersion.child.label),
                    (PageVersion.standard.rawValue, PageVersion.standard.label),
                ] {
                    El("option", attributes: [.value(value)] + (value == chosen ? [.flag("selected")] : [])) {
                        T(text)
                    }
                }
            }
            T(" ")
            El("button", .type("submit"), .class("button button--secondary")) { T("Save") }
        }
    }
}

/// Where the meeting goes next: run it, follow it on the shared screen, read its record.
struct MeetingRunLinks: Component {
    var meeting: Meeting
    var mayChange: Bool
    var openComments = 0

    var body: Component {
        let id = meeting.id!
        return ComponentGroup {
            if let original = meeting.$followUpOf.id {
                El("p") {
                    T("This meeting follows up an earlier one. ")
                    El("a", .href(.meeting(original))) { T("See the earlier meeting") }
                }
            }
            if meeting.lifecycle.allows(.start) {
                if mayChange {
                    El("p", .class("button-row")) {
                        El("a", .class("button"), .href(.meetingRun(id))) { T("Run the meeting") }
                    }
                }
            } else if meeting.lifecycle.isRunning {
                El("p", .class("button-row")) {
                    if mayChange {
                        El("a", .class("button"), .href(.meetingRun(id))) { T("Back to the running meeting") }
                    }
                    T(" ")
                    El("a", .class("button button--secondary"), .href(.sharedScreen(id))) { T("Shared screen") }
                }
            } else if meeting.lifecycle.isHeld {
                if openComments > 0 && mayChange {
                    El("div", .class("warning-text"), .attr("role", "note")) {
                        El("strong") {
                            T(
                                openComments == 1
                                    ? "A participant asked for a correction to the summary. "
                                    : "\(openComments) participants asked for corrections to the summary. ")
                        }
                        El("a", .href(.meetingSummary(id))) { T("Read and answer") }
                    }
                }
                El("p", .class("button-row")) {
                    El("a", .class("button"), .href(.meetingRecord(id))) { T("Read the record") }
                    if mayChange && meeting.lifecycle.allows(.shareSummary) {
                        T(" ")
                        El("a", .class("button button--secondary"), .href(.meetingSummary(id))) {
                            T("Write and share the summary")
                        }
                    }
                }
            }
        }
    }
}
