import Foundation
import RoundtableCore

/// "Reminders", at the foot of a family member's page: what we send, and a button to turn
/// reminders off (or on again). Every reminder email points here.
public struct ParticipantReminderSection: Component {
    public struct Content: Sendable, Equatable {
        /// They turned reminders off.
        public var off: Bool
        /// Just changed: say it was done.
        public var justSaved: Bool

        public init(off: Bool, justSaved: Bool = false) {
            self.off = off
            self.justSaved = justSaved
        }
    }

    var t: Localizer
    var token: String
    var content: Content

    public var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("reminders")) { T(t(.remindersTitle)) }
            if content.justSaved {
                Confirmation(id: "reminders-saved", text: t(content.off ? .remindersSavedOff : .remindersSavedOn))
            }
            El("p") { T(t(content.off ? .remindersAreOff : .remindersAbout)) }
            PostForm(action: .participant(token: token, .reminders)) {
                Leaf("input", .type("hidden"), .name("reminders"), .value(content.off ? "on" : "off"))
                SecondaryButton(text: t(content.off ? .remindersTurnOn : .remindersTurnOff))
            }
        }
    }
}
