import RoundtableCore
import RoundtableViews

/// Where a newly invited member of staff chooses their password.
struct SetPasswordPage: HTMLPage {
    var token: String
    var person: User
    var organisationName: String
    var errors = FieldErrors()

    /// Someone who already has a password and asked for a new one.
    private var isReset: Bool { !person.isPending }
    var title: String { isReset ? "Choose a new password" : "Choose your password" }
    var hasErrors: Bool { !errors.isEmpty }

    func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: organisationName)
            El("p", .class("lead")) {
                if isReset {
                    T("Hello, \(person.name). Choose a new password for your Roundtable account. ")
                } else {
                    T("Welcome to Roundtable, \(person.name). Choose a password to finish setting up your account. ")
                }
                T("You will sign in with \(person.email).")
            }
            PostForm(action: .welcome(token: token)) {
                Leaf(
                    "input", .type("hidden"), .name("username"), .value(person.email), .attr("autocomplete", "username")
                )
                TextField(
                    name: "password", label: "Password",
                    hint:
                        "At least 12 characters. Three or four unrelated words make a strong password that is easy to remember.",
                    error: errors["password"], type: "password", autocomplete: "new-password")
                PrimaryButton(text: "Save password")
            }
        }
    }
}

/// For a link that is unknown, used or expired. The same page for all three, so a stranger
/// learns nothing from trying links.
struct LinkNotValidPage: HTMLPage {
    var title: String { "This link no longer works" }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: "This link no longer works")
            El("p", .class("lead")) {
                T(
                    "Invitation links work once, and only for a few days. This one has been used, has expired, or was replaced by a newer one."
                )
            }
            El("p") {
                T("Ask the person who invited you to make a new link. If you have already chosen a password, ")
                El("a", .href(.signIn())) { T("sign in") }
                T(".")
            }
        }
    }
}
