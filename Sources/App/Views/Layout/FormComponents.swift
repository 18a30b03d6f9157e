import RoundtableCore

/// The hidden token every state-changing form carries.
struct CSRFField: Component {
    var token: String
    var body: Component {
        Leaf("input", .type("hidden"), .name(CSRFMiddleware.fieldName), .value(token))
    }
}

/// A form that posts to one of our routes, always with its token.
struct PostForm: Component {
    var action: SiteRoute
    var csrfToken: String
    @ComponentBuilder var content: ContentProvider

    var body: Component {
        // `novalidate`: our own messages are clearer and consistent with the server's.
        El("form", .postMethod, .action(action), .flag("novalidate")) {
            CSRFField(token: csrfToken)
            content()
        }
    }
}

/// "There is a problem", listing each error as a link to its field. It takes focus when
/// the page loads, so keyboard and screen reader users start there.
struct ErrorSummary: Component {
    var errors: FieldErrors
    var title = "There is a problem"

    var body: Component {
        if errors.isEmpty {
            EmptyComponent()
        } else {
            El(
                "div", .class("error-summary"), .attr("role", "alert"), .attr("tabindex", "-1"), .flag("autofocus"),
                .aria("labelledby", "error-summary-title")
            ) {
                El("h2", .class("error-summary__title"), .id("error-summary-title")) { T(title) }
                El("ul", .class("error-summary__list")) {
                    for item in errors.items {
                        El("li") {
                            if item.field == FieldErrors.expiredField {
                                T(item.message)
                            } else {
                                El("a", .attr("href", "#" + item.field)) { T(item.message) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `aria-describedby` pointing at a field's hint and error, when it has either.
func describedBy(_ name: String, hint: String?, error: String?) -> [Attr] {
    let ids = [hint != nil ? name + "-hint" : nil, error != nil ? name + "-error" : nil].compactMap { $0 }
    return ids.isEmpty ? [] : [.aria("describedby", ids.joined(separator: " "))]
}

struct FieldMessage: Component {
    var field: String
    var error: String?
    /// Read out before the message; participant pages give it in the reader's language.
    var prefix = "Error: "
    var body: Component {
        if let error {
            El("p", .class("field-error"), .id(field + "-error")) {
                El("span", .class("visually-hidden")) { T(prefix) }
                T(error)
            }
        } else {
            EmptyComponent()
        }
    }
}

/// A labelled text input with optional hint and error, keeping what the person typed.
struct TextField: Component {
    var name: String
    var label: String
    var hint: String? = nil
    var value: String = ""
    var error: String? = nil
    var type: String = "text"
    var autocomplete: String? = nil
    var width: String? = nil
    var spellcheck: Bool? = nil
    var inputMode: String? = nil
    var errorPrefix = "Error: "

    var body: Component {
        var attributes: [Attr] = [
            .class("input" + (width.map { " input--\($0)" } ?? "") + (error != nil ? " input--error" : "")),
            .id(name), .name(name), .type(type),
        ]
        // Passwords are never sent back to the browser, even when the form is shown again.
        if type != "password" { attributes.append(.value(value)) }
        if let autocomplete { attributes.append(.attr("autocomplete", autocomplete)) }
        if let spellcheck { attributes.append(.attr("spellcheck", spellcheck ? "true" : "false")) }
        if let inputMode { attributes.append(.attr("inputmode", inputMode)) }
        attributes += describedBy(name, hint: hint, error: error)
        if error != nil { attributes.append(.aria("invalid", "true")) }
        return El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("label", .class("label"), .for(name)) { T(label) }
            if let hint { El("p", .class("hint"), .id(name + "-hint")) { T(hint) } }
            FieldMessage(field: name, error: error, prefix: errorPrefix)
            Leaf("input", attributes: attributes)
        }
    }
}

/// Radios in a fieldset with a legend: one choice from a few.
struct RadioGroup: Component {
    struct Option {
        var value: String
        var label: String
        var hint: String? = nil
    }

    var name: String
    var legend: String
    var hint: String? = nil
    var options: [Option]
    var selected: String?
    var error: String? = nil
    var errorPrefix = "Error: "

    var body: Component {
        El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El(
                "fieldset",
                attributes: [.class("fieldset"), .id(name)] + describedBy(name, hint: hint, error: error)
            ) {
                El("legend", .class("legend")) { T(legend) }
                if let hint { El("p", .class("hint"), .id(name + "-hint")) { T(hint) } }
                FieldMessage(field: name, error: error, prefix: errorPrefix)
                El("div", .class("radios")) {
                    for (index, option) in options.enumerated() {
                        El("div", .class("radio")) {
                            Leaf(
                                "input",
                                attributes: [
                                    .class("radio__input"), .id("\(name)-\(index)"), .name(name), .type("radio"),
                                    .value(option.value),
                                ] + (option.value == selected ? [.flag("checked")] : [])
                                    + (option.hint != nil ? [.aria("describedby", "\(name)-\(index)-hint")] : []))
                            El("label", .class("radio__label"), .for("\(name)-\(index)")) { T(option.label) }
                            if let hint = option.hint {
                                El("p", .class("hint radio__hint"), .id("\(name)-\(index)-hint")) { T(hint) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One checkbox with its label, for a yes-or-no choice inside a fieldset.
struct Checkbox: Component {
    var name: String
    var label: String
    var checked: Bool

    var body: Component {
        El("div", .class("checkbox")) {
            Leaf(
                "input",
                attributes: [.class("checkbox__input"), .id(name), .name(name), .type("checkbox"), .value("true")]
                    + (checked ? [.flag("checked")] : []))
            El("label", .class("checkbox__label"), .for(name)) { T(label) }
        }
    }
}

/// A drop-down list, for choices from a longer list (schools).
struct SelectField: Component {
    var name: String
    var label: String
    var hint: String? = nil
    var options: [(value: String, label: String)]
    var selected: String?
    var error: String? = nil

    var body: Component {
        El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("label", .class("label"), .for(name)) { T(label) }
            if let hint { El("p", .class("hint"), .id(name + "-hint")) { T(hint) } }
            FieldMessage(field: name, error: error)
            El(
                "select",
                attributes: [.class("select"), .id(name), .name(name)] + describedBy(name, hint: hint, error: error)
            ) {
                for option in options {
                    El(
                        "option",
                        attributes: [.value(option.value)] + (option.value == selected ? [.flag("selected")] : [])
                    ) {
                        T(option.label)
                    }
                }
            }
        }
    }
}

struct PrimaryButton: Component {
    var text: String
    var body: Component {
        El("button", .type("submit"), .class("button")) { T(text) }
    }
}

struct SecondaryButton: Component {
    var text: String
    var body: Component {
        El("button", .type("submit"), .class("button button--secondary")) { T(text) }
    }
}

/// A confirmation after something worked, announced politely to screen readers.
struct NoticeBanner: Component {
    var text: String?
    var body: Component {
        if let text {
            El("div", .class("notice"), .attr("role", "status")) { El("p") { T(text) } }
        } else {
            EmptyComponent()
        }
    }
}

/// A short state label: always words, never colour alone.
struct StatusTag: Component {
    var text: String
    var tone: String
    var body: Component { El("strong", .class("tag tag--\(tone)")) { T(text) } }
}

/// One "key: value" row of a summary list (`dl.summary-list`).
struct SummaryRow: Component {
    var key: String
    @ComponentBuilder var value: ContentProvider

    var body: Component {
        El("div", .class("summary-list__row")) {
            El("dt", .class("summary-list__key")) { T(key) }
            El("dd", .class("summary-list__value")) { value() }
        }
    }
}

/// One "key: value" of a card's facts (`dl.facts`).
struct Fact: Component {
    var key: String
    @ComponentBuilder var value: ContentProvider

    var body: Component {
        El("div") {
            El("dt") { T(key) }
            El("dd") { value() }
        }
    }
}

struct BackLink: Component {
    var route: SiteRoute
    var text: String = "Back"
    var body: Component { El("a", .class("back-link"), .href(route)) { T(text) } }
}

struct PageHeading: Component {
    var text: String
    var caption: String? = nil
    var body: Component {
        El("div", .class("page-heading")) {
            if let caption { El("span", .class("caption")) { T(caption) } }
            El("h1") { T(text) }
        }
    }
}

extension SiteRoute.Notice {
    /// The notice, naming the person it is about where it concerns one.
    func text(about name: String) -> String {
        switch self {
        case .roleChanged: "\(name)'s role has been changed. They will need to sign in again."
        case .deactivated: "\(name)'s account is switched off. They cannot sign in until it is switched on again."
        case .reactivated: "\(name)'s account is switched on again. They can sign in with their password."
        default: text
        }
    }

    /// What a notice says when shown at the top of the next page.
    var text: String {
        switch self {
        case .setupComplete: "Roundtable is ready. Sign in with the email address and password you just chose."
        case .signedOut: "You have signed out."
        case .sessionEnded: "For your safety, you were signed out after a while without activity. Please sign in again."
        case .signInAgain: "Please sign in again. Your account may have changed since you last signed in."
        case .passwordSet: "Your password is saved. You can now sign in."
        case .roleChanged: "The role has been changed. The person will need to sign in again."
        case .deactivated: "The account is switched off. The person cannot sign in until it is switched on again."
        case .reactivated: "The account is switched on again."
        case .invitationSent: "A new invitation link is ready."
        case .schoolAdded: "The school has been added. Next, invite its school leader from the Staff page."
        case .tokenRevoked: "The token is revoked. Anything still using it is refused from now on."
        case .jobChanged: "Saved. What they see of students follows their job from now on."
        case .settingsSaved: "Saved. The new settings apply from everyone's next page."
        case .studentAdded: "The student has been added. Next, add their family."
        case .studentSaved: "The student's details are saved."
        case .familyAdded: "They are now part of this student's family."
        case .familySaved: "Saved."
        case .familyRemoved: "They are no longer shown as part of this student's family."
        case .staffLinked: "Linked. They can now see this student."
        case .staffUnlinked: "Unlinked. They no longer see this student through this link."
        case .agencyAdded: "The agency contact is recorded, with the consent."
        case .agencyRemoved: "The agency contact is no longer linked to this student."
        case .meetingStarted:
            "A draft is ready, filled in from the template. Change anything that does not fit. Nobody is told until you share it."
        case .planSaved: "The plan is saved."
        case .preparationSaved: "Preparation saved."
        case .reflectionSaved: "Your reflection is saved. Only you can see it."
        case .peopleSaved: "Saved who is coming."
        case .spaceChosen: "The room is chosen."
        case .seatingSaved: "The seating plan is saved."
        case .spaceSaved: "The room is saved."
        case .invitationSaved: "Saved. The check below reads what you wrote."
        case .meetingSplit:
            "This is now the second of two shorter meetings, with the rest of the agenda. Give it a date when you are ready."
        case .requestAnswered: "Your answer is on the family's page."
        case .recordChanged: "Changed. The earlier version and your reason are kept in the record's history."
        case .meetingClosed: "The meeting is closed and its record is locked. Changes now need a reason."
        case .summarySaved: "Saved. Participants read it once you share the summary."
        case .summaryShared:
            "Shared. Each participant can now read the summary on their page and tell you if anything is wrong."
        case .summaryAnswered: "Your answer is on their page."
        case .linksStopped: "Their links no longer work. Make a new one if they still need their page."
        case .changesTold: "Everyone has been sent one email with the changes."
        case .feedRevoked:
            "Your calendar address has stopped working. Calendars subscribed to it will show nothing new."
        case .meetingCancelled: "The meeting is cancelled. Everyone who was invited has been told."
        }
    }
}
