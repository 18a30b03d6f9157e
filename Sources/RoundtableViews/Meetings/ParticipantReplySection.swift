import Foundation
import RoundtableCore

/// The reply form on a participant's page: coming or not, other times, an interpreter,
/// access needs, how to join, a note. Works without JavaScript; large touch targets.
struct ParticipantReplySection: Component {
    var t: Localizer
    var token: String
    var form: ParticipantReplyForm
    var errors: FieldErrors
    var saved: Bool
    var open: Bool

    private var languageOptions: [(value: String, label: String)] {
        LanguageName.interpreterOptions(keeping: [form.interpreterLanguage], in: t.locale)
    }

    /// "Your reply: Yes, I will come, with an interpreter" once they have replied (and what they
    /// just sent had no problem): said first, with the form behind "Change your reply".
    var answered: String? = nil

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("reply")) { T(t(.replyTitle)) }
            if saved { Confirmation(id: "reply-saved", text: t(.replySaved)) }
            if let answered { El("p", .class("inset"), .id("your-reply")) { T(answered) } }
            if !open {
                El("p") { T(t(.replyClosed)) }
            } else if answered != nil {
                El("details", .class("details")) {
                    El("summary") { T(t(.replyChange)) }
                    fields
                }
            } else {
                // No introduction: the first question is the reply, on the phone's first screen.
                fields
            }
        }
    }

    /// What they may add but need not: behind "Tell us more", open once any of it is written.
    private var moreIsOpen: Bool {
        !(form.contribution + form.accessNeeds + form.note).isEmpty
            || ["contribution", "access_needs", "note"].contains { errors[$0] != nil }
    }

    private var fields: Component {
        PostForm(action: .participant(token: token, .page())) {
            RadioGroup(
                name: "attendance", legend: t(.replyComing),
                options: [
                    .init(value: "coming", label: t(.replyYes)),
                    .init(value: "not_coming", label: t(.replyNo)),
                    .init(value: "other_time", label: t(.replyOtherTime)),
                ], selected: form.attendance, error: errors["attendance"], errorPrefix: t(.errorPrefix))
            TextArea(
                name: "suitable_times", label: t(.replyTimes), hint: t(.replyTimesHint),
                value: form.suitableTimes, error: errors["suitable_times"], errorPrefix: t(.errorPrefix),
                direction: "auto")
            RadioGroup(
                name: "wants_interpreter", legend: t(.replyInterpreter),
                options: [
                    .init(value: "no", label: t(.replyInterpreterNo)),
                    .init(value: "yes", label: t(.replyInterpreterYes)),
                ],
                selected: form.wantsInterpreter, errorPrefix: t(.errorPrefix))
            El("div", .class("field" + (errors["interpreter_language"] != nil ? " field--error" : ""))) {
                El("label", .class("label"), .for("interpreter_language")) { T(t(.replyInterpreterLanguage)) }
                FieldMessage(
                    field: "interpreter_language", error: errors["interpreter_language"],
                    prefix: t(.errorPrefix))
                El("select", .class("select"), .id("interpreter_language"), .name("interpreter_language")) {
                    El("option", .value("")) { T("—") }
                    for option in languageOptions {
                        El(
                            "option",
                            attributes: [.value(option.value)]
                                + (option.value == form.interpreterLanguage ? [.flag("selected")] : [])
                        ) { T(option.label) }
                    }
                }
            }
            RadioGroup(
                name: "preferred_mode", legend: t(.replyMode),
                options: MeetingMode.allCases.map { mode in
                    .init(
                        value: mode.rawValue,
                        label: t(
                            mode == .inPerson ? .formatInPerson : mode == .video ? .formatVideo : .formatPhone))
                }, selected: form.preferredMode, errorPrefix: t(.errorPrefix))
            El("details", attributes: [.class("details")] + (moreIsOpen ? [.flag("open")] : [])) {
                El("summary") { T(t(.replyMore)) }
                TextArea(
                    name: "contribution", label: t(.replyContribution), hint: t(.replyContributionHint),
                    value: form.contribution, error: errors["contribution"], errorPrefix: t(.errorPrefix),
                    direction: "auto")
                TextArea(
                    name: "access_needs", label: t(.replyAccess), hint: t(.replyAccessHint),
                    value: form.accessNeeds, error: errors["access_needs"], errorPrefix: t(.errorPrefix),
                    direction: "auto")
                TextArea(
                    name: "note", label: t(.replyNote), hint: t(.replyNoteHint), value: form.note,
                    error: errors["note"], errorPrefix: t(.errorPrefix), direction: "auto")
            }
            PrimaryButton(text: t(.replySend))
        }
    }
}
