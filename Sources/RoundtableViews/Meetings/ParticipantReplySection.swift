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

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("reply")) { T(t(.replyTitle)) }
            if saved {
                El("div", .class("notice"), .attr("role", "status")) { El("p") { T(t(.replySaved)) } }
            }
            if !open {
                El("p") { T(t(.replyClosed)) }
            } else {
                El("p") { T(t(.replyIntro)) }
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
                    PrimaryButton(text: t(.replySend))
                }
            }
        }
    }
}
