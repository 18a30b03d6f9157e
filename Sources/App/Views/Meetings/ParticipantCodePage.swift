import RoundtableCore
import RoundtableViews

/// Asks for the code from the participant's email. It names nothing about the meeting, so a
/// forwarded link shows a stranger nothing.
struct ParticipantCodePage: HTMLPage {
    var t: Localizer
    var token: String
    var maskedEmail: String
    var codeSent: Bool
    var errors: FieldErrors
    var typed: String

    var title: String { t(.codeTitle) }
    var hasErrors: Bool { !errors.isEmpty }
    var language: String { t.language == Catalog.pseudoLocale ? "en" : t.language }
    var isForParticipants: Bool { true }
    var skipLinkText: String { t(.skipToContent) }
    var footerText: String { t(.footer) }

    func content() -> Component {
        ComponentGroup {
            LanguageSwitcher(token: token, current: t.language, label: t(.chooseLanguage))
            ErrorSummary(errors: errors, title: t(.errorSummary))
            PageHeading(text: title)
            if codeSent {
                El("p", .class("lead"), .id("code-sent")) { T(t(.codeSent, ["email": maskedEmail])) }
                PostForm(action: .participantVerify(token: token)) {
                    TextField(
                        name: "code", label: t(.codeLabel), hint: t(.codeHint), value: typed, error: errors["code"],
                        autocomplete: "one-time-code", width: "short", inputMode: "numeric",
                        errorPrefix: t(.errorPrefix))
                    PrimaryButton(text: t(.codeOpen))
                }
                PostForm(action: .participantCode(token: token)) {
                    SecondaryButton(text: t(.codeResend))
                }
            } else {
                El("p", .class("lead")) { T(t(.codeIntro, ["email": maskedEmail])) }
                PostForm(action: .participantCode(token: token)) {
                    PrimaryButton(text: t(.codeSend))
                }
            }
        }
    }
}
