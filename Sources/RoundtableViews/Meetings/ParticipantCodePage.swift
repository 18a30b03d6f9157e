import RoundtableCore

/// Asks for the code from the participant's email. It names nothing about the meeting, so a
/// forwarded link shows a stranger nothing.
public struct ParticipantCodePage: HTMLPage, Sendable, Equatable {
    /// The catalog language the page speaks.
    public var catalogLanguage: String
    public var token: String
    /// The address the code goes to, mostly hidden ("a•••@mail.example").
    public var maskedEmail: String
    /// A code was sent and can still be used.
    public var codeSent: Bool
    public var errors: FieldErrors
    /// What they typed, shown again with an error.
    public var typed: String

    public init(
        catalogLanguage: String, token: String, maskedEmail: String, codeSent: Bool,
        errors: FieldErrors = FieldErrors(), typed: String = ""
    ) {
        self.catalogLanguage = catalogLanguage
        self.token = token
        self.maskedEmail = maskedEmail
        self.codeSent = codeSent
        self.errors = errors
        self.typed = typed
    }

    private var t: Localizer { Localizer(catalogLanguage) }

    public var title: String { t(.codeTitle) }
    public var hasErrors: Bool { !errors.isEmpty }
    public var language: String { catalogLanguage == Catalog.pseudoLocale ? "en" : catalogLanguage }
    public var isForParticipants: Bool { true }
    public var skipLinkText: String { t(.skipToContent) }
    public var footerText: String { t(.footer) }

    public func content() -> Component {
        let t = t
        return ComponentGroup {
            LanguageSwitcher(token: token, current: t.language, label: t(.chooseLanguage))
            ErrorSummary(errors: errors, title: t(.errorSummary))
            PageHeading(text: title)
            if codeSent {
                El("p", .class("lead"), .id("code-sent")) {
                    IsolatedPhrase(t, .codeSent, isolating: ["email": maskedEmail])
                }
                PostForm(action: .participant(token: token, .verify)) {
                    TextField(
                        // The example in plain-text isolates (a hint is text); the field itself reads left to right.
                        name: "code", label: t(.codeLabel), hint: t(.codeHint, ["example": t.isolated("123 456")]),
                        value: typed, error: errors["code"],
                        autocomplete: "one-time-code", width: "short", inputMode: "numeric",
                        errorPrefix: t(.errorPrefix), direction: "ltr")
                    PrimaryButton(text: t(.codeOpen))
                }
                PostForm(action: .participant(token: token, .code)) {
                    SecondaryButton(text: t(.codeResend))
                }
            } else {
                El("p", .class("lead")) { IsolatedPhrase(t, .codeIntro, isolating: ["email": maskedEmail]) }
                PostForm(action: .participant(token: token, .code)) {
                    PrimaryButton(text: t(.codeSend))
                }
            }
        }
    }
}
