import RoundtableCore
import RoundtableViews

struct SignInPage: HTMLPage {
    var email = ""
    var next: String?
    var notice: SiteRoute.Notice?
    var errors = FieldErrors()

    var title: String { "Sign in" }
    var hasErrors: Bool { !errors.isEmpty }

    func content() -> Component {
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
