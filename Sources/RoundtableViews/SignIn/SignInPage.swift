import RoundtableCore

public struct SignInPage: HTMLPage, Sendable {
    public var email: String
    /// Where to go after signing in: a path on this site, checked before it is used.
    public var next: String?
    public var notice: SiteRoute.Notice?
    public var errors: FieldErrors

    public init(
        email: String = "", next: String? = nil, notice: SiteRoute.Notice? = nil, errors: FieldErrors = FieldErrors()
    ) {
        self.email = email
        self.next = next
        self.notice = notice
        self.errors = errors
    }

    public var title: String { "Sign in" }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            NoticeBanner(text: notice?.text)
            PageHeading(text: "Sign in")
            El("p", .class("lead")) { T("Sign in with the email address and password of your school account.") }
            PostForm(action: .signIn(next: next)) {
                TextField(
                    name: "email", label: "Email address", value: email, error: errors["email"], type: "email",
                    autocomplete: "username", spellcheck: false)
                TextField(
                    name: "password", label: "Password", error: errors["password"], type: "password",
                    autocomplete: "current-password")
                PrimaryButton(text: "Sign in")
            }
            El("p", .class("hint")) {
                T(
                    "Forgotten your password, or not got an account yet? Ask your school's Roundtable administrator to send you a new link."
                )
            }
        }
    }
}
