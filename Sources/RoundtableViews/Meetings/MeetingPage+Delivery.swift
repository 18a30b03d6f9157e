import Foundation
import RoundtableCore

extension MeetingPage {
    /// How each person was reached, who has not replied yet, and handing a link over another
    /// way. Every state was decided by `DeliveryState` and `ReplyChase` before the page is drawn.
    public struct Delivery: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            public var id: ParticipantID
            public var name: String
            public var role: String
            public var state: DeliveryState
            /// How many times their link was handed over: the hand-over form sends it back, so
            /// two presses at once make one link.
            public var handedCount: Int
            /// The lead or a leader may hand their link over (never for a restricted person).
            public var mayHandOver: Bool
            /// How "Remind them" would reach them; `nil` when they are not waited for.
            public var chase: ReplyChase.Way?

            public init(
                id: ParticipantID, name: String, role: String, state: DeliveryState, handedCount: Int = 0,
                mayHandOver: Bool = false, chase: ReplyChase.Way? = nil
            ) {
                self.id = id
                self.name = name
                self.role = role
                self.state = state
                self.handedCount = handedCount
                self.mayHandOver = mayHandOver
                self.chase = chase
            }
        }

        public var mailConfigured: Bool
        public var rows: [Row]
        /// The viewer may remind people and hand links over (the lead, or a leader).
        public var mayAct: Bool

        public init(mailConfigured: Bool, rows: [Row], mayAct: Bool) {
            self.mailConfigured = mailConfigured
            self.rows = rows
            self.mayAct = mayAct
        }

        var notReplied: [Row] { rows.filter { $0.chase != nil } }
    }

    /// Shown once the meeting is shared.
    var deliverySection: Component {
        guard let delivery, sharing.hasBeenShared else { return ComponentGroup {} }
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("delivery")) { T("Who has been reached") }
            if !delivery.mailConfigured {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Nothing can be sent by email. ") }
                    T(
                        "Roundtable has no mail server, so the emails wait in the outbox and nobody receives them. Hand each person their link yourself: copy it, or print a letter."
                    )
                }
            }
            notRepliedPart(delivery)
            El("ul", .class("list list--rows")) {
                for row in delivery.rows { deliveryRow(row, delivery: delivery) }
            }
        }
    }

    private func notRepliedPart(_ delivery: Delivery) -> Component {
        let waiting = delivery.notReplied
        return ComponentGroup {
            if waiting.isEmpty {
                El("p") { T("Everyone invited has replied.") }
            } else {
                El("p") {
                    El("strong") { T("Not replied yet: ") }
                    T(waiting.map(\.name).joined(separator: ", "))
                }
                if delivery.mayAct {
                    PostForm(action: .meeting(id, .remind)) {
                        SecondaryButton(text: "Remind them")
                    }
                    El("p", .class("hint")) {
                        T(
                            waiting.allSatisfy { $0.chase == .email }
                                ? "Each gets a short email in their language. It says only that we are waiting for their reply."
                                : "Where no email can reach them, you get a short message to send yourself."
                        )
                    }
                }
            }
        }
    }

    private func deliveryRow(_ row: Delivery.Row, delivery: Delivery) -> Component {
        El("li", .id("delivery-\(row.id.rawValue.uuidString.lowercased())")) {
            T("\(row.name), \(row.role.lowercased()) ")
            StatusTag(
                text: row.state.label(mailConfigured: delivery.mailConfigured),
                tone: row.state.tone(mailConfigured: delivery.mailConfigured))
            if row.mayHandOver && delivery.mayAct {
                Leaf("br")
                for (way, text) in [("copy", "Copy their link"), ("letter", "Print a letter")] {
                    El("form", .class("inline-form"), .postMethod, .action(.meeting(id, .handOver(row.id)))) {
                        CSRFField()
                        Leaf("input", .type("hidden"), .name("way"), .value(way))
                        Leaf("input", .type("hidden"), .name("count"), .value(String(row.handedCount)))
                        El("button", .type("submit"), .class("button--link")) {
                            T(text)
                            El("span", .class("visually-hidden")) { T(" for \(row.name)") }
                        }
                    }
                    T(" ")
                }
            }
        }
    }
}
