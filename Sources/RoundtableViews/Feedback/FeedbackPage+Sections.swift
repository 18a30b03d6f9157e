import Foundation
import RoundtableCore

extension FeedbackPage {
    public func content() -> Component {
        let t = t
        return ComponentGroup {
            El("p") {
                El("a", .class("back-link"), .href(.participant(token: token, .page()))) {
                    T(t(isStudent ? .feedbackChildBack : .familyBack))
                }
            }
            ErrorSummary(errors: errors, title: t(.errorSummary))
            PageHeading(text: title, caption: schoolName.isEmpty ? nil : schoolName)
            status(t)
            if mayAnswer {
                El("p") { T(t(isStudent ? .feedbackChildIntro : .feedbackIntro)) }
                El("p", .class("inset")) { T(t(isStudent ? .feedbackChildWho : .feedbackWho)) }
                PostForm(action: .participant(token: token, .feedback)) {
                    if isStudent {
                        for question in scale.questions {
                            FaceQuestion(
                                t: t, question: question, selected: form.scores[question], error: errors[question.field]
                            )
                        }
                    } else {
                        El("p", .class("hint"), .id("scale-hint")) { T(t(.feedbackScaleHint)) }
                        for question in scale.questions {
                            ScaleQuestion(
                                t: t, question: question, selected: form.scores[question], error: errors[question.field]
                            )
                        }
                    }
                    TextArea(
                        name: "better", label: t(isStudent ? .feedbackChildBetter : .feedbackBetter),
                        hint: isStudent ? nil : t(.feedbackBetterHint), value: form.better, error: errors["better"],
                        errorPrefix: t(.errorPrefix), direction: "auto")
                    totalsChoice(t)
                    PrimaryButton(text: t(isStudent ? .feedbackChildSave : .feedbackSave))
                }
            }
        }
    }

    /// Thanks and how long they may change it, at the top where they look; or that the week
    /// is over.
    private func status(_ t: Localizer) -> Component {
        let until = changeableUntil.map { t.day($0, timeZone: RenderContext.current.timeZone) }
        return ComponentGroup {
            if !mayAnswer {
                El("div", .class("notice"), .attr("role", "status")) {
                    El("p") { T(t(isStudent ? .feedbackChildLocked : .feedbackLocked)) }
                }
            } else if let until {
                El("div", .class("notice"), .attr("role", "status"), .id("feedback-status")) {
                    El("p") {
                        T(
                            justSaved
                                ? t(isStudent ? .feedbackChildSaved : .feedbackSaved, ["date": until])
                                : t(isStudent ? .feedbackChildAnswered : .feedbackAnswered, ["date": until]))
                    }
                }
            }
        }
    }

    private func totalsChoice(_ t: Localizer) -> Component {
        El("div", .class("field")) {
            El("div", .class("checkbox")) {
                Leaf(
                    "input",
                    attributes: [
                        .class("checkbox__input"), .id("totals_only"), .name("totals_only"), .type("checkbox"),
                        .value("true"), .aria("describedby", "totals_only-hint"),
                    ] + (form.totalsOnly ? [.flag("checked")] : []))
                El("label", .class("checkbox__label"), .for("totals_only")) {
                    T(t(isStudent ? .feedbackChildTotals : .feedbackTotals))
                }
            }
            El("p", .class("hint"), .id("totals_only-hint")) {
                T(t(isStudent ? .feedbackChildTotalsHint : .feedbackTotalsHint))
            }
        }
    }
}

/// One statement on the 0–10 scale: eleven large radio buttons in a fieldset, both ends named
/// in words (seen above the row, and read out with 0 and 10).
struct ScaleQuestion: Component {
    var t: Localizer
    var question: FeedbackQuestion
    var selected: String?
    var error: String?
    /// The statement as staff ask it of themselves (`FeedbackQuestion.staffStatement`); the
    /// participant's words when nil.
    var legend: String? = nil

    var body: Component {
        let name = question.field
        return El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El(
                "fieldset",
                attributes: [.class("fieldset scale"), .id(name)]
                    + [
                        .aria(
                            "describedby",
                            (["scale-hint"] + (error != nil ? [name + "-error"] : [])).joined(separator: " "))
                    ]
            ) {
                El("legend", .class("legend")) { T(legend ?? t(question.phrase)) }
                FieldMessage(field: name, error: error, prefix: t(.errorPrefix))
                // Both ends in words: above the row on a wide screen; on a phone, where the row
                // wraps in two, "not at all" above 0 and "completely" below 10.
                El("div", .class("scale__ends"), .aria("hidden", "true")) {
                    El("span") { T(t(.feedbackLow)) }
                    El("span") { T(t(.feedbackHigh)) }
                }
                El("p", .class("scale__low"), .aria("hidden", "true")) { T(t(.feedbackLow)) }
                El("div", .class("scale__choices")) {
                    for value in FeedbackScale.zeroToTen.range {
                        El("div", .class("scale__choice")) {
                            Leaf(
                                "input",
                                attributes: [
                                    .class("scale__input"), .id("\(name)-\(value)"), .name(name), .type("radio"),
                                    .value(String(value)),
                                ] + (selected == String(value) ? [.flag("checked")] : []))
                            El("label", .class("scale__label"), .for("\(name)-\(value)")) {
                                El("bdi") { T(String(value)) }
                                if value == 0 { El("span", .class("visually-hidden")) { T(" " + t(.feedbackLow)) } }
                                if value == 10 { El("span", .class("visually-hidden")) { T(" " + t(.feedbackHigh)) } }
                            }
                        }
                    }
                }
                El("p", .class("scale__high"), .aria("hidden", "true")) { T(t(.feedbackHigh)) }
            }
        }
    }
}

/// One statement in child words with the five faces of the child's page, saddest first.
struct FaceQuestion: Component {
    var t: Localizer
    var question: FeedbackQuestion
    var selected: String?
    var error: String?

    var body: Component {
        let name = question.field
        return El("div", .class("field child-voice" + (error != nil ? " field--error" : ""))) {
            El("fieldset", attributes: [.class("fieldset"), .id(name)] + describedBy(name, hint: nil, error: error)) {
                El("legend", .class("legend")) { T(t(question.childPhrase ?? question.phrase)) }
                FieldMessage(field: name, error: error, prefix: t(.errorPrefix))
                El("div", .class("faces")) {
                    for (index, phrase) in FeedbackScale.facePhrases.enumerated() {
                        let value = index + 1
                        FaceChoice(
                            name: name, id: "\(name)-\(value)", value: value, checked: selected == String(value),
                            label: t(phrase))
                    }
                }
            }
        }
    }
}
