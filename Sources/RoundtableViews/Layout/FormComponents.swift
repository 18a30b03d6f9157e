import RoundtableCore

/// The hidden token every state-changing form carries, from the render context.
public struct CSRFField: Component {
    public init() {}

    public var body: Component {
        Leaf(
            "input", .type("hidden"), .name(RenderContext.csrfFieldName),
            .value(RenderContext.current.csrfToken))
    }
}

/// A form that posts to one of our routes, always with its token.
public struct PostForm: Component {
    public var action: SiteRoute
    @ComponentBuilder public var content: ContentProvider

    public var body: Component {
        // `novalidate`: our own messages are clearer and consistent with the server's.
        El("form", .postMethod, .action(action), .flag("novalidate")) {
            CSRFField()
            content()
        }
    }

    public init(action: SiteRoute, @ComponentBuilder content: @escaping ContentProvider) {
        self.action = action
        self.content = content
    }
}

/// "There is a problem", listing each error as a link to its field. It takes focus when
/// the page loads, so keyboard and screen reader users start there.
public struct ErrorSummary: Component {
    public var errors: FieldErrors
    public var title = "There is a problem"

    public var body: Component {
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

    public init(errors: FieldErrors, title: String = "There is a problem") {
        self.title = title
        self.errors = errors
    }
}

extension FieldErrors {
    /// The message shown when a form's token did not match, at the top of the re-shown form.
    public static let expiredField = RenderContext.csrfFieldName
}

/// `aria-describedby` pointing at a field's hint and error, when it has either.
public func describedBy(_ name: String, hint: String?, error: String?) -> [Attr] {
    let ids = [hint != nil ? name + "-hint" : nil, error != nil ? name + "-error" : nil].compactMap { $0 }
    return ids.isEmpty ? [] : [.aria("describedby", ids.joined(separator: " "))]
}

public struct FieldMessage: Component {
    public var field: String
    public var error: String?
    /// Read out before the message; participant pages give it in the reader's language.
    public var prefix = "Error: "
    public var body: Component {
        if let error {
            El("p", .class("field-error"), .id(field + "-error")) {
                El("span", .class("visually-hidden")) { T(prefix) }
                T(error)
            }
        } else {
            EmptyComponent()
        }
    }

    public init(field: String, error: String? = nil, prefix: String = "Error: ") {
        self.prefix = prefix
        self.field = field
        self.error = error
    }
}

/// A labelled text input with optional hint and error, keeping what the person typed.
public struct TextField: Component {
    public var name: String
    public var label: String
    public var hint: String? = nil
    public var value: String = ""
    public var error: String? = nil
    public var type: String = "text"
    public var autocomplete: String? = nil
    public var width: String? = nil
    public var spellcheck: Bool? = nil
    public var inputMode: String? = nil
    public var errorPrefix = "Error: "
    /// "ltr" for a code or number typed on a right-to-left page, which would otherwise read backwards.
    public var direction: String? = nil

    public var body: Component {
        var attributes: [Attr] = [
            .class("input" + (width.map { " input--\($0)" } ?? "") + (error != nil ? " input--error" : "")),
            .id(name), .name(name), .type(type),
        ]
        // Passwords are never sent back to the browser, even when the form is shown again.
        if type != "password" { attributes.append(.value(value)) }
        if let autocomplete { attributes.append(.attr("autocomplete", autocomplete)) }
        if let spellcheck { attributes.append(.attr("spellcheck", spellcheck ? "true" : "false")) }
        if let inputMode { attributes.append(.attr("inputmode", inputMode)) }
        if let direction { attributes.append(.attr("dir", direction)) }
        attributes += describedBy(name, hint: hint, error: error)
        if error != nil { attributes.append(.aria("invalid", "true")) }
        return El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("label", .class("label"), .for(name)) { T(label) }
            if let hint { El("p", .class("hint"), .id(name + "-hint")) { T(hint) } }
            FieldMessage(field: name, error: error, prefix: errorPrefix)
            Leaf("input", attributes: attributes)
        }
    }

    public init(
        name: String, label: String, hint: String? = nil, value: String = "", error: String? = nil,
        type: String = "text", autocomplete: String? = nil, width: String? = nil, spellcheck: Bool? = nil,
        inputMode: String? = nil, errorPrefix: String = "Error: ", direction: String? = nil
    ) {
        self.direction = direction
        self.errorPrefix = errorPrefix
        self.name = name
        self.label = label
        self.hint = hint
        self.value = value
        self.error = error
        self.type = type
        self.autocomplete = autocomplete
        self.width = width
        self.spellcheck = spellcheck
        self.inputMode = inputMode
    }
}

/// Radios in a fieldset with a legend: one choice from a few.
public struct RadioGroup: Component {
    public struct Option {
        public var value: String
        public var label: String
        public var hint: String? = nil

        public init(value: String, label: String, hint: String? = nil) {
            self.value = value
            self.label = label
            self.hint = hint
        }
    }

    public var name: String
    public var legend: String
    public var hint: String? = nil
    public var options: [Option]
    public var selected: String?
    public var error: String? = nil
    public var errorPrefix = "Error: "

    public var body: Component {
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

    public init(
        name: String, legend: String, hint: String? = nil, options: [Option], selected: String? = nil,
        error: String? = nil, errorPrefix: String = "Error: "
    ) {
        self.errorPrefix = errorPrefix
        self.name = name
        self.legend = legend
        self.hint = hint
        self.options = options
        self.selected = selected
        self.error = error
    }
}

/// One checkbox with its label, for a yes-or-no choice inside a fieldset.
public struct Checkbox: Component {
    public var name: String
    public var label: String
    public var checked: Bool

    public var body: Component {
        El("div", .class("checkbox")) {
            Leaf(
                "input",
                attributes: [.class("checkbox__input"), .id(name), .name(name), .type("checkbox"), .value("true")]
                    + (checked ? [.flag("checked")] : []))
            El("label", .class("checkbox__label"), .for(name)) { T(label) }
        }
    }

    public init(name: String, label: String, checked: Bool) {
        self.name = name
        self.label = label
        self.checked = checked
    }
}

/// A drop-down list, for choices from a longer list (schools).
public struct SelectField: Component {
    public var name: String
    public var label: String
    public var hint: String? = nil
    public var options: [(value: String, label: String)]
    public var selected: String?
    public var error: String? = nil

    public var body: Component {
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

    public init(
        name: String, label: String, hint: String? = nil, options: [(value: String, label: String)],
        selected: String? = nil, error: String? = nil
    ) {
        self.name = name
        self.label = label
        self.hint = hint
        self.options = options
        self.selected = selected
        self.error = error
    }
}

public struct PrimaryButton: Component {
    public var text: String
    public var body: Component {
        El("button", .type("submit"), .class("button")) { T(text) }
    }

    public init(text: String) {
        self.text = text
    }
}

public struct SecondaryButton: Component {
    public var text: String
    public var body: Component {
        El("button", .type("submit"), .class("button button--secondary")) { T(text) }
    }

    public init(text: String) {
        self.text = text
    }
}

/// A confirmation after something worked, announced politely to screen readers.
public struct NoticeBanner: Component {
    public var text: String?
    public var body: Component {
        if let text {
            El("div", .class("notice"), .attr("role", "status")) { El("p") { T(text) } }
        } else {
            EmptyComponent()
        }
    }

    public init(text: String? = nil) {
        self.text = text
    }
}

/// A short state label: always words, never colour alone.
public struct StatusTag: Component {
    public var text: String
    public var tone: String
    public var body: Component { El("strong", .class("tag tag--\(tone)")) { T(text) } }

    public init(text: String, tone: String) {
        self.text = text
        self.tone = tone
    }
}

/// One "key: value" row of a summary list (`dl.summary-list`).
public struct SummaryRow: Component {
    public var key: String
    @ComponentBuilder public var value: ContentProvider

    public var body: Component {
        El("div", .class("summary-list__row")) {
            El("dt", .class("summary-list__key")) { T(key) }
            El("dd", .class("summary-list__value")) { value() }
        }
    }

    public init(key: String, @ComponentBuilder value: @escaping ContentProvider) {
        self.key = key
        self.value = value
    }
}

/// One "key: value" of a card's facts (`dl.facts`).
public struct Fact: Component {
    public var key: String
    @ComponentBuilder public var value: ContentProvider

    public var body: Component {
        El("div") {
            El("dt") { T(key) }
            El("dd") { value() }
        }
    }

    public init(key: String, @ComponentBuilder value: @escaping ContentProvider) {
        self.key = key
        self.value = value
    }
}

public struct BackLink: Component {
    public var route: SiteRoute
    public var text: String = "Back"
    public var body: Component { El("a", .class("back-link"), .href(route)) { T(text) } }

    public init(route: SiteRoute, text: String = "Back") {
        self.route = route
        self.text = text
    }
}

public struct PageHeading: Component {
    public var text: String
    public var caption: String? = nil
    public var body: Component {
        El("div", .class("page-heading")) {
            if let caption { El("span", .class("caption")) { T(caption) } }
            El("h1") { T(text) }
        }
    }

    public init(text: String, caption: String? = nil) {
        self.text = text
        self.caption = caption
    }
}

extension SiteRoute.Notice {
    /// The notice, naming the person it is about where it concerns one.
    public func text(about name: String) -> String {
        switch self {
        case .roleChanged: "\(name)'s role has been changed. They will need to sign in again."
        case .deactivated: "\(name)'s account is switched off. They cannot sign in until it is switched on again."
        case .reactivated: "\(name)'s account is switched on again. They can sign in with their password."
        default: text
        }
    }

    /// What a notice says when shown at the top of the next page.
    public var text: String {
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
        case .termsSaved: "Term dates saved."
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
        case .reflectionAfterSaved: "Your reflection is saved. Only you can read it."
        case .peopleSaved: "Saved who is coming."
        case .spaceChosen: "The room is chosen."
        case .seatingSaved: "The seating plan is saved."
        case .spaceSaved: "The room is saved."
        case .invitationSaved: "Saved. The check below reads what you wrote."
        case .textsSaved: "Saved. Families and students reading this language see these texts now."
        case .meetingSplit:
            "This is now the second of two shorter meetings, with the rest of the agenda. Give it a date when you are ready."
        case .requestAnswered: "Your answer is on the family's page."
        case .recordChanged: "Changed. The earlier version and your reason are kept in the record's history."
        case .actionStatusSaved: "Saved how the action went. The record of the meeting is unchanged."
        case .goalProgressSaved: "Saved how the goal is going. The record of the meeting is unchanged."
        case .meetingClosed: "The meeting is closed and its record is locked. Changes now need a reason."
        case .summarySaved: "Saved. Participants read it once you share the summary."
        case .summaryShared:
            "Shared. Each participant can now read the summary on their page and tell you if anything is wrong."
        case .summaryAnswered: "Your answer is on their page."
        case .linksStopped: "Their links no longer work. Make a new one if they still need their page."
        case .changesTold: "One email with the changes is on its way to each person."
        case .changesToldUnsent:
            "One email with the changes is waiting in the outbox for each person. Nothing has been sent: Roundtable has no mail server yet, so a school leader passes them on from the outbox."
        case .remindersSaved: "Saved. Your reminder emails follow your new choice from now on."
        case .alertClosed: "Saved. The alert is closed, with what you did."
        case .thresholdsSaved: "Saved. New answers are checked against these numbers from now on."
        case .feedRevoked:
            "Your calendar address has stopped working. Calendars subscribed to it will show nothing new."
        case .meetingCancelled: "The meeting is cancelled. An email telling everyone who was invited is on its way."
        case .meetingCancelledUnsent:
            "The meeting is cancelled. The emails telling everyone are waiting in the outbox. Nothing has been sent: Roundtable has no mail server yet, so a school leader passes them on from the outbox."
        }
    }
}
