import Foundation
import RoundtableCore

/// The parts of planning that have no page elsewhere, each drawn on its own page from the
/// meeting's model (`MeetingPage.part`).
extension MeetingPage {
    func partContent(_ part: PlanningTaskKind) -> Component {
        switch part {
        case .people:
            ComponentGroup {
                peopleSection
                deliverySection
                linksSection
            }
        case .agenda:
            ComponentGroup {
                lengthSection
                untitledAgenda
            }
        case .notes: notesPart
        case .preparation: preparationPart
        case .reflection: reflectionPart
        case .plan, .place, .letter, .share: EmptyComponent()
        }
    }

    private var untitledAgenda: MeetingAgendaSection {
        var section = agenda
        section.showsHeading = false
        return section
    }

    /// Advice about the length, with the offer to split a long meeting in two.
    private var lengthSection: Component {
        ComponentGroup {
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
        }
    }

    private var notesPart: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Ground rules") }
            if groundRules.isEmpty {
                El("p") { T("None written yet.") }
            } else {
                El("ul", .class("list")) { for rule in groundRules { El("li") { T(rule) } } }
            }
            notes("How each person's view will be heard", viewsPlan)
            notes("Language, culture, access and timing", inclusionNotes)
            notes("Difficult news or feelings to be ready for", difficultNotes)
            if flags.mayChangePlan {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.meeting(id, .plan))) {
                        T("Change the ground rules and notes")
                    }
                }
            }
        }
    }

    private func notes(_ heading: String, _ text: String?) -> Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T(heading) }
            El("p", .class(text == nil ? "muted" : "prewrap")) { T(text ?? "Nothing written yet.") }
        }
    }

    private var reflectionPart: Component {
        ComponentGroup {
            El("p", .class("hint"), .id("reflection")) {
                T(
                    "Only you can see this. Before you meet: what do you already believe about this student and family, and where does that belief come from? What might you be missing?"
                )
            }
            PostForm(action: .meeting(id, .biasCheck)) {
                TextArea(name: "text", label: "Your reflection", value: biasCheck)
                PrimaryButton(text: "Save reflection")
            }
        }
    }

    private var preparationPart: Component {
        guard let preparation else {
            return El("p") { T("The meeting has started, so there is nothing more to prepare.") }
        }
        let steps = preparation.steps
        let done = preparation.done
        return ComponentGroup {
            El("p", .id("preparation")) {
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
                    PrimaryButton(text: "Save preparation")
                }
            } else {
                El("ul", .class("list")) {
                    for step in steps { El("li") { T((done.contains(step) ? "Done: " : "To do: ") + step.label) } }
                }
            }
        }
    }
}
