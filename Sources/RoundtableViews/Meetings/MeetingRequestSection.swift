import Foundation
import RoundtableCore

/// "Ask for another meeting", on a family member's page, with the school's answers so far.
public struct MeetingRequestSection: Component {
    /// What the section shows; only family members with a child in the meeting get one.
    public struct Content: Sendable, Equatable {
        /// The children they may ask about (their own, in this meeting).
        public var children: [Child]
        /// Their earlier requests, newest first.
        public var earlier: [Earlier]
        public var topic: String
        public var errors: FieldErrors
        public var sent: Bool
        /// The child chosen at first (else the first): the one the page is about.
        public var selected: StudentID?

        public init(
            children: [Child], earlier: [Earlier] = [], topic: String = "", errors: FieldErrors = FieldErrors(),
            sent: Bool = false, selected: StudentID? = nil
        ) {
            self.selected = selected
            self.children = children
            self.earlier = earlier
            self.topic = topic
            self.errors = errors
            self.sent = sent
        }
    }

    public struct Child: Sendable, Equatable {
        public var id: StudentID
        public var name: String

        public init(id: StudentID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// What the school did with an earlier request.
    public struct Earlier: Sendable, Equatable {
        public var answer: String?
        public var accepted: Bool

        public init(answer: String? = nil, accepted: Bool = false) {
            self.answer = answer
            self.accepted = accepted
        }
    }

    var t: Localizer
    var token: String
    var content: Content
    /// Where the form goes: the meeting's page, or the family's own page (`.familyRequest`).
    var action: ParticipantRoute = .request
    var heading: Phrase = .requestTitle
    /// On the meeting's page the form waits behind "Write your request" (the page is long on a
    /// phone); it is open when it has something to say: a request just sent, or a problem.
    var collapsed = false

    public var body: Component {
        let closed = collapsed && !content.sent && content.errors.isEmpty
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("request")) { T(t(heading)) }
            if content.sent { Confirmation(id: "request-sent", text: t(.requestSent)) }
            for request in content.earlier {
                if let answer = request.answer {
                    El("p", .class("inset")) { T(t(.requestAnswer, ["message": answer])) }
                } else if request.accepted {
                    El("p", .class("inset")) { T(t(.requestAccepted)) }
                }
            }
            El("p") { T(t(.requestIntro)) }
            if closed {
                El("details", .class("details")) {
                    El("summary") { T(t(.requestOpen)) }
                    fields
                }
            } else {
                fields
            }
        }
    }

    private var fields: Component {
        PostForm(action: .participant(token: token, action)) {
            if content.children.count > 1 {
                RadioGroup(
                    name: "student", legend: t(.requestChild),
                    options: content.children.map { .init(value: $0.id.rawValue.uuidString, label: $0.name) },
                    selected: (content.selected ?? content.children.first?.id)?.rawValue.uuidString,
                    errorPrefix: t(.errorPrefix))
            } else if let child = content.children.first {
                Leaf("input", .type("hidden"), .name("student"), .value(child.id.rawValue.uuidString))
            }
            TextArea(
                name: "request_topic", label: t(.requestTopic), value: content.topic,
                error: content.errors["request_topic"], errorPrefix: t(.errorPrefix))
            RadioGroup(
                name: "urgency", legend: t(.requestUrgency),
                options: [
                    .init(value: "routine", label: t(.requestRoutine)),
                    .init(value: "soon", label: t(.requestSoon)),
                    .init(value: "urgent", label: t(.requestUrgent)),
                ], selected: "routine", errorPrefix: t(.errorPrefix))
            TextArea(name: "request_suitable_times", label: t(.requestWhen), hint: t(.requestWhenHint))
            SecondaryButton(text: t(.requestSend))
        }
    }
}
