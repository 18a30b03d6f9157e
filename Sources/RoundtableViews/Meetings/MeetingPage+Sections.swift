import Foundation
import RoundtableCore

extension MeetingPage {
    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: state.label)
            for person in people where person.isContactRestricted {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("\(person.name) now has a contact restriction: ") }
                    T("their links were stopped and nothing more will be sent to them.")
                }
            }
            El("dl", .class("summary-list")) {
                SummaryRow(key: "Why we are meeting") { T(purpose) }
                SummaryRow(key: "When") {
                    T(startsAt.map { DateText.dateTime($0) } ?? "No date yet")
                    T(", \(lengthMinutes) minutes")
                }
                SummaryRow(key: "How") {
                    T(format.label)
                    if let videoLink { Leaf("br"); T("Link: \(videoLink)") }
                    if let fallbackPlan { Leaf("br"); T("If the call fails: \(fallbackPlan)") }
                }
                SummaryRow(key: "Where") {
                    T(room.room?.name ?? (format.needsRoom ? "No room chosen yet" : "Not needed"))
                }
                SummaryRow(key: "Asked for by") { T(requestedBy.label) }
                SummaryRow(key: "How soon") { T(urgency.label) }
                SummaryRow(key: "Leads the meeting") { T(leadName ?? "Nobody in particular") }
            }
            MeetingClashSection(meetingID: id, clashes: clashes, mayChange: flags.mayChangePlan)
            StaleLetterNote(meetingID: id, mentions: staleLetter, mayChange: flags.mayChange)
            if flags.isCancelled {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("This meeting is cancelled.") }
                }
            }
            runLinks
            if flags.mayChangePlan {
                El("p", .class("button-row")) {
                    El("a", .class("button button--secondary"), .href(.meeting(id, .plan))) { T("Change the plan") }
                    T(" ")
                    El("a", .href(.meeting(id, .cancel))) { T("Cancel the meeting") }
                }
            }
            if !lengthAdvice.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("About the length. ") }
                    for line in lengthAdvice { El("p") { T(line) } }
                    if flags.mayOfferSplit {
                        PostForm(action: .meeting(id, .split)) {
                            SecondaryButton(text: "Split into two shorter meetings")
                        }
                    }
                }
            }
            sharingSection
            peopleSection
            agenda
            room
            El("h2", .class("heading-m")) { T("Ground rules") }
            if groundRules.isEmpty {
                El("p") { T("None written yet.") }
            } else {
                El("ul", .class("list")) { for rule in groundRules { El("li") { T(rule) } } }
            }
            notes("How each person's view will be heard", viewsPlan)
            notes("Language, culture, access and timing", inclusionNotes)
            notes("Difficult news or feelings to be ready for", difficultNotes)
            if let preparation { preparationSection(preparation) }
            El("h2", .class("heading-m"), .id("reflection")) { T("Your private reflection") }
            El("p", .class("hint")) {
                T(
                    "Only you can see this. Before you meet: what do you already believe about this student and family, and where does that belief come from? What might you be missing?"
                )
            }
            PostForm(action: .meeting(id, .biasCheck)) {
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

    private var runLinks: Component {
        let mayChange = flags.mayChange
        return ComponentGroup {
            if let original = run.followUpOf {
                El("p") {
                    T("This meeting follows up an earlier one. ")
                    El("a", .href(.meeting(original, .show()))) { T("See the earlier meeting") }
                }
            }
            switch run.stage {
            case .mayStart:
                if mayChange {
                    El("p", .class("button-row")) {
                        El("a", .class("button"), .href(.meeting(id, .run()))) { T("Run the meeting") }
                    }
                }
            case .running:
                El("p", .class("button-row")) {
                    if mayChange {
                        El("a", .class("button"), .href(.meeting(id, .run()))) { T("Back to the running meeting") }
                    }
                    T(" ")
                    El("a", .class("button button--secondary"), .href(.meeting(id, .screen))) { T("Shared screen") }
                }
            case .held(let mayShareSummary):
                if run.openComments > 0 && mayChange {
                    El("div", .class("warning-text"), .attr("role", "note")) {
                        El("strong") {
                            T(
                                run.openComments == 1
                                    ? "A participant asked for a correction to the summary. "
                                    : "\(run.openComments) participants asked for corrections to the summary. ")
                        }
                        El("a", .href(.meeting(id, .summary()))) { T("Read and answer") }
                    }
                }
                El("p", .class("button-row")) {
                    El("a", .class("button"), .href(.meeting(id, .record()))) { T("Read the record") }
                    if mayChange && mayShareSummary {
                        T(" ")
                        El("a", .class("button button--secondary"), .href(.meeting(id, .summary()))) {
                            T("Write and share the summary")
                        }
                    }
                }
            case .none:
                EmptyComponent()
            }
        }
    }

    private func preparationSection(_ preparation: Preparation) -> Component {
        let steps = preparation.steps
        let done = preparation.done
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("preparation")) { T("Preparation") }
            El("p") {
                T("\(done.count) of \(steps.count) done.")
                if preparation.isUrgent {
                    T(" This meeting is urgent, so only the steps that matter most are shown.")
                }
            }
            // `progress` is not a void element: without its end tag it swallows the rest of the page.
            El(
                "progress", .attr("max", String(steps.count)), .value(String(done.count)),
                .aria("label", "Preparation done")
            ) { T("\(done.count) of \(steps.count)") }
            if flags.mayChange {
                PostForm(action: .meeting(id, .preparation)) {
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
