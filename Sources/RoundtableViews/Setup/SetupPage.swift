import RoundtableCore

/// First-run setup: the only page of a new install.
public struct SetupPage: HTMLPage, Sendable, Equatable {
    /// What was typed, shown again with the errors. The password is never sent back.
    public struct Values: Sendable, Equatable {
        public var organisationName = ""
        public var schoolName = ""
        public var adminName = ""
        public var adminEmail = ""
        public var setupCode = ""

        public init(
            organisationName: String = "", schoolName: String = "", adminName: String = "", adminEmail: String = "",
            setupCode: String = ""
        ) {
            self.organisationName = organisationName
            self.schoolName = schoolName
            self.adminName = adminName
            self.adminEmail = adminEmail
            self.setupCode = setupCode
        }
    }

    public var input: Values
    public var errors: FieldErrors
    /// Setup from the network asks for the code printed in the server's log.
    public var needsCode: Bool

    public init(input: Values = Values(), errors: FieldErrors = FieldErrors(), needsCode: Bool) {
        self.input = input
        self.errors = errors
        self.needsCode = needsCode
    }

    public var title: String { "Set up Roundtable" }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            PageHeading(text: "Set up Roundtable", caption: "Welcome")
            El("p", .class("lead")) {
                T("Tell us the name of your organisation and your first school, and create your own account. ")
                T("You will be the administrator: you can invite colleagues and add more schools afterwards.")
            }
            PostForm(action: .setup) {
                if needsCode {
                    TextField(
                        name: "setup_code", label: "Setup code",
                        hint:
                            "This server can be reached from your network, so it printed a code in its log when it started. Copy it here to show that you run this server.",
                        value: input.setupCode, error: errors["setup_code"], autocomplete: "off", width: "medium",
                        spellcheck: false)
                }
                El("h2", .class("heading-m")) { T("Your organisation") }
                TextField(
                    name: "organisation_name", label: "Name of your trust, district or organisation",
                    hint: "If your school is on its own, use the school's name here too.",
                    value: input.organisationName, error: errors["organisation_name"], autocomplete: "organization")
                TextField(
                    name: "school_name", label: "Name of your first school", value: input.schoolName,
                    error: errors["school_name"])
                El("h2", .class("heading-m")) { T("Your account") }
                TextField(
                    name: "admin_name", label: "Your full name", value: input.adminName, error: errors["admin_name"],
                    autocomplete: "name")
                TextField(
                    name: "admin_email", label: "Your email address", hint: "You will use this to sign in.",
                    value: input.adminEmail, error: errors["admin_email"], type: "email", autocomplete: "email",
                    spellcheck: false)
                TextField(
                    name: "password", label: "Choose a password",
                    hint:
                        "At least 12 characters. Three or four unrelated words make a strong password that is easy to remember.",
                    error: errors["password"], type: "password", autocomplete: "new-password")
                PrimaryButton(text: "Create and continue")
            }
        }
    }
}
