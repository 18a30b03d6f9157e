import Foundation
import RoundtableCore

public struct APITokensPage: HTMLPage, Sendable, Equatable {
    /// A token in use (revoked ones are not listed).
    public struct Token: Sendable, Equatable {
        public var id: APITokenID
        public var name: String
        /// The first characters of the secret, to tell tokens apart.
        public var hint: String
        public var ownerName: String
        public var lastUsedAt: Date?

        public init(id: APITokenID, name: String, hint: String, ownerName: String, lastUsedAt: Date?) {
            self.id = id
            self.name = name
            self.hint = hint
            self.ownerName = ownerName
            self.lastUsedAt = lastUsedAt
        }
    }

    /// Someone a token may act as.
    public struct Person: Sendable, Equatable {
        public var id: StaffID
        public var name: String
        public var role: StaffRole
        public var job: JobRole

        public init(id: StaffID, name: String, role: StaffRole, job: JobRole) {
            self.id = id
            self.name = name
            self.role = role
            self.job = job
        }

        var choiceLabel: String {
            "\(name) (\(role == .staff ? job.label.lowercased() : role.label.lowercased()))"
        }
    }

    public struct Form: Sendable, Equatable {
        public var name: String
        public var owner: String

        public init(name: String = "", owner: String = "") {
            self.name = name
            self.owner = owner
        }
    }

    public var tokens: [Token]
    public var people: [Person]
    public var form: Form
    public var errors: FieldErrors
    public var notice: SiteRoute.Notice?

    public init(
        tokens: [Token], people: [Person], form: Form = Form(), errors: FieldErrors = FieldErrors(),
        notice: SiteRoute.Notice? = nil
    ) {
        self.tokens = tokens
        self.people = people
        self.form = form
        self.errors = errors
        self.notice = notice
    }

    public var title: String { "API tokens" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .staff }

    public func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            NoticeBanner(text: notice?.text)
            PageHeading(text: "API tokens")
            El("p", .class("lead")) {
                T(
                    "A token lets another program read Roundtable through its API, with exactly the access of the person it acts as. "
                )
                T("Treat a token like a password, and revoke it when it is no longer needed.")
            }
            if tokens.isEmpty {
                El("p") { T("There are no tokens.") }
            } else {
                tokenTable
            }
            El("h2", .class("heading-m")) { T("Make a token") }
            PostForm(action: .apiTokens()) {
                TextField(
                    name: "name", label: "What is it for?", hint: "For example “Timetable sync”.", value: form.name,
                    error: errors["name"], autocomplete: "off")
                SelectField(
                    name: "owner", label: "Acts as", hint: "The token can read exactly what this person can.",
                    options: [("", "Choose a person")] + people.map { ($0.id.rawValue.uuidString, $0.choiceLabel) },
                    selected: form.owner, error: errors["owner"])
                PrimaryButton(text: "Make token")
            }
        }
    }

    private var tokenTable: Component {
        El("table", .class("table")) {
            El("caption", .class("visually-hidden")) { T("Tokens in use") }
            El("thead") {
                El("tr") {
                    El("th", .attr("scope", "col")) { T("Name") }
                    El("th", .attr("scope", "col")) { T("Acts as") }
                    El("th", .attr("scope", "col")) { T("Last used") }
                    El("th", .attr("scope", "col")) { El("span", .class("visually-hidden")) { T("Action") } }
                }
            }
            El("tbody") {
                for token in tokens {
                    El("tr") {
                        El("td", .attr("data-label", "Name")) {
                            T(token.name)
                            El("span", .class("cell-detail")) { El("code") { T(token.hint + "…") } }
                        }
                        El("td", .attr("data-label", "Acts as")) { T(token.ownerName) }
                        El("td", .attr("data-label", "Last used")) {
                            T(token.lastUsedAt.map(DateText.dateTime) ?? "Not yet")
                        }
                        El("td") {
                            // Revoking cannot be undone and stops whatever uses the token at
                            // once: it asks one time, with no script and no extra page.
                            El("details", .class("details")) {
                                El("summary") {
                                    T("Revoke")
                                    El("span", .class("visually-hidden")) { T(" " + token.name) }
                                }
                                El("p") {
                                    T("Anything using this token stops working straight away. This cannot be undone.")
                                }
                                PostForm(action: .revokeAPIToken(token.id)) {
                                    El("button", .type("submit"), .class("button button--warning")) {
                                        T("Yes, revoke it")
                                        El("span", .class("visually-hidden")) { T(" (" + token.name + ")") }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Shown once, right after a token is made: the only time it is visible.
public struct APITokenReadyPage: HTMLPage, Sendable, Equatable {
    public var name: String
    public var ownerName: String
    public var secret: String

    public init(name: String, ownerName: String, secret: String) {
        self.name = name
        self.ownerName = ownerName
        self.secret = secret
    }

    public var title: String { "Token ready" }
    public var area: StaffArea? { .staff }

    public func content() -> Component {
        ComponentGroup {
            El("div", .class("panel"), .attr("role", "status")) {
                El("h1", .class("panel__title")) { T("Token ready: \(name)") }
            }
            El("p", .class("lead")) {
                T("Copy it now: it will not be shown again. It acts as \(ownerName), with their access.")
            }
            El("div", .class("field")) {
                El("label", .class("label"), .for("api-token")) { T("Token") }
                El("textarea", .class("input input--code"), .id("api-token"), .attr("rows", "2"), .flag("readonly")) {
                    T(secret)
                }
            }
            El("p") {
                T("Send it with each request as ")
                El("code") { T("Authorization: Bearer …") }
                T(". The API is described at ")
                El("a", .href(.api(.openAPI))) { T(SiteRoute.api(.openAPI).path) }
                T(".")
            }
            El("p") { El("a", .href(.apiTokens())) { T("Back to API tokens") } }
        }
    }
}
