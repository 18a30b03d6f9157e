import RoundtableCore

/// Where a newly invited member of staff chooses their password.
public struct SetPasswordPage: HTMLPage, Sendable, Equatable {
    public var token: String
    public var personName: String
    public var email: String
    /// Someone who already has a password and asked for a new one.
    public var isReset: Bool
    public var organisationName: String
    public var errors: FieldErrors

    public init(
        token: String, personName: String, email: String, isReset: Bool, organisationName: String,
        errors: FieldErrors = FieldErrors()
    ) {
        self.token = token
        self.personName = personName
        self.email = email
        self.isReset = isReset
        self.organisationName = organisationName
        self.errors = errors
    }

    public var title: String { isReset ? "Choose a new password" : "Choose your password" }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: organisationName)
            El("p", .class("lead")) {
                if isReset {
                    T("Hello, \(personName). Choose a new password for your Roundtable account. ")
                } else {
                    T("Welcome to Roundtable, \(personName). Choose a password to finish setting up your account. ")
                }
                T("You will sign in with \(email).")
            }
            PostForm(action: .welcome(token: token)) {
                Leaf(
                    "input", .type("hidden"), .name("username"), .value(email), .attr("autocomplete", "username")
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
public struct LinkNotValidPage: HTMLPage, Sendable, Equatable {
    public init() {}

    public var title: String { "This link no longer works" }

    public func content() -> Component {
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
