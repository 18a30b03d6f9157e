import Foundation
import RoundtableCore
import RoundtableViews

struct APITokensPage: HTMLPage {
    var tokens: [APIToken]
    var people: [User]
    var form: (name: String, owner: String)
    var errors = FieldErrors()
    var notice: SiteRoute.Notice? = nil

    var title: String { "API tokens" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .staff }

    func content() -> Component {
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
            let live = tokens.filter { $0.revokedAt == nil }
            if live.isEmpty {
                El("p") { T("There are no tokens.") }
            } else {
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
                        for token in live {
                            El("tr") {
                                El("td", .attr("data-label", "Name")) {
                                    T(token.name)
                                    El("span", .class("cell-detail")) { El("code") { T(token.hint + "…") } }
                                }
                                El("td", .attr("data-label", "Acts as")) { T(token.user.name) }
                                El("td", .attr("data-label", "Last used")) {
                                    T(token.lastUsedAt.map(DateText.dateTime) ?? "Not yet")
                                }
                                El("td") {
                                    PostForm(action: .revokeAPIToken(token.id!)) {
                                        El("button", .type("submit"), .class("button button--secondary")) {
                                            T("Revoke")
                                            El("span", .class("visually-hidden")) { T(" " + token.name) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            El("h2", .class("heading-m")) { T("Make a token") }
            PostForm(action: .apiTokens()) {
                TextField(
                    name: "name", label: "What is it for?", hint: "For example “Timetable sync”.", value: form.name,
                    error: errors["name"], autocomplete: "off")
                SelectField(
                    name: "owner", label: "Acts as", hint: "The token can read exactly what this person can.",
                    options: [("", "Choose a person")]
                        + people.map {
                            (
                                $0.id!.uuidString,
                                "\($0.name) (\($0.role == .staff ? $0.jobRole.label.lowercased() : $0.role.label.lowercased()))"
                            )
                        },
                    selected: form.owner, error: errors["owner"])
                PrimaryButton(text: "Make token")
            }
        }
    }
}

/// Shown once, right after a token is made: the only time it is visible.
struct APITokenReadyPage: HTMLPage {
    var token: APIToken
    var owner: User
    var secret: String

    var title: String { "Token ready" }
    var area: StaffArea? { .staff }

    func content() -> Component {
        ComponentGroup {
            El("div", .class("panel"), .attr("role", "status")) {
                El("h1", .class("panel__title")) { T("Token ready: \(token.name)") }
            }
            El("p", .class("lead")) {
                T("Copy it now: it will not be shown again. It acts as \(owner.name), with their access.")
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
                El("a", .href(.apiOpenAPI)) { T(SiteRoute.apiOpenAPI.path) }
                T(".")
            }
            El("p") { El("a", .href(.apiTokens())) { T("Back to API tokens") } }
        }
    }
}
