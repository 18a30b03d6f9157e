import Foundation
import RoundtableCore

extension MeetingPage {
    /// A participant with what the planner needs to know about them. Whether they may be
    /// contacted was asked of `ContactRule` for each of them; their words are here only when
    /// the viewer may read them (`RecordVisibility.canReadParticipantWords`).
    public struct Person: Sendable, Equatable {
        public var id: ParticipantID
        public var kind: ParticipantKind
        public var name: String
        /// What they are there as: "Mother", "Head of year".
        public var role: String
        public var isContactRestricted: Bool
        /// The language an interpreter is needed for, by name.
        public var interpreterLanguage: String?
        public var accessNeeds: String?
        /// For a student: the page the lead chose; `nil` means by age.
        public var pageVersion: PageVersion?
        public var reply: Reply?
        public var voice: ParticipantWords?
        /// Their words changed since the viewer last opened the meeting.
        public var voiceIsNew: Bool
        /// The part of the meeting they come for; nil: all of it.
        public var window: PartWindow?

        public init(
            id: ParticipantID, kind: ParticipantKind, name: String, role: String, isContactRestricted: Bool = false,
            interpreterLanguage: String? = nil, accessNeeds: String? = nil, pageVersion: PageVersion? = nil,
            reply: Reply? = nil, voice: ParticipantWords? = nil, voiceIsNew: Bool = false, window: PartWindow? = nil
        ) {
            self.window = window
            self.id = id
            self.kind = kind
            self.name = name
            self.role = role
            self.isContactRestricted = isContactRestricted
            self.interpreterLanguage = interpreterLanguage
            self.accessNeeds = accessNeeds
            self.pageVersion = pageVersion
            self.reply = reply
            self.voice = voice
            self.voiceIsNew = voiceIsNew
        }
    }

    /// What a participant answered from their page.
    public struct Reply: Sendable, Equatable {
        public var attendance: ParticipantReplyForm.Attendance
        public var updatedAt: Date?
        /// Changed since the viewer last opened the meeting.
        public var isNew: Bool
        public var suitableTimes: String?
        /// By name.
        public var interpreterLanguage: String?
        /// In words: "Video call".
        public var preferredMode: String?
        public var accessNeeds: String?
        /// Their own words: only for a viewer who may read them.
        public var note: String?
        public var contribution: String?

        public init(
            attendance: ParticipantReplyForm.Attendance, updatedAt: Date?, isNew: Bool = false,
            suitableTimes: String? = nil, interpreterLanguage: String? = nil, preferredMode: String? = nil,
            accessNeeds: String? = nil, note: String? = nil, contribution: String? = nil
        ) {
            self.attendance = attendance
            self.updatedAt = updatedAt
            self.isNew = isNew
            self.suitableTimes = suitableTimes
            self.interpreterLanguage = interpreterLanguage
            self.preferredMode = preferredMode
            self.accessNeeds = accessNeeds
            self.note = note
            self.contribution = contribution
        }
    }

    var peopleSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("people")) { T("Who is invited") }
            if !restricted.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Not invited: ") }
                    T(
                        "\(restricted.joined(separator: ", ")) must not be contacted. Roundtable will not invite them or send them anything."
                    )
                }
            }
            El("ul", .class("list list--rows")) {
                for person in people {
                    El("li") {
                        El("strong") { T(person.name) }
                        T(", \(person.role.lowercased())")
                        if person.isContactRestricted {
                            StatusTag(text: "Contact restriction", tone: "red")
                            Leaf("br")
                            T("Not contacted: their links are stopped, and other participants do not see them listed.")
                        }
                        partTime(person)
                        if let language = person.interpreterLanguage {
                            Leaf("br")
                            T("Needs an interpreter (\(language))")
                        }
                        if let needs = person.accessNeeds {
                            Leaf("br")
                            T("Access needs: \(needs)")
                        }
                        if let reply = person.reply {
                            Leaf("br")
                            replyTag(reply)
                        }
                    }
                }
                for guest in guests {
                    El("li") {
                        El("strong") { T(guest.name) }
                        T(", \(guest.relationship.lowercased()), coming with the family")
                        if let reach = guest.reach {
                            Leaf("br")
                            T("To reach them: \(reach)")
                        }
                    }
                }
            }
            let interpreters = people.filter { $0.interpreterLanguage != nil && !$0.isContactRestricted }
            if !interpreters.isEmpty {
                El("p", .class("hint")) {
                    T(
                        "Book an interpreter: "
                            + interpreters.map { "\($0.interpreterLanguage!) for \($0.name)" }.joined(separator: "; ")
                            + ". Their seat is in the seating plan, and families are told an interpreter will be there."
                    )
                }
            }
            if flags.mayPlan {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.meeting(id, .participants))) {
                        T("Change who is coming")
                    }
                    T(" ")
                    El("a", .href(.meeting(id, .guests))) { T("Someone the family brings") }
                }
            }
        }
    }

    /// "Joins for the first 20 minutes", and for a planner the way to set or change it.
    private func partTime(_ person: Person) -> Component {
        let text = PartWindowText.staff(person.window, lengthMinutes: lengthMinutes, startsAt: startsAt)
        let outside = person.window.map { !$0.fits(lengthMinutes: lengthMinutes) } ?? false
        return ComponentGroup {
            if let text {
                Leaf("br")
                StatusTag(text: "Part of the meeting", tone: "grey")
                T(" \(text)")
            }
            if outside {
                Leaf("br")
                T("The meeting is now shorter than their time: check when they join.")
            }
            if flags.mayPlan && !person.isContactRestricted {
                Leaf("br")
                El("a", .href(.meeting(id, .partTime(person.id)))) {
                    T(text == nil ? "Set a time" : "Change their time")
                    El("span", .class("visually-hidden")) { T(" for \(person.name)") }
                }
            }
        }
    }

    /// A participant's reply as the lead reads it.
    func replySummary(_ reply: Reply) -> Component {
        El("div", .class("reply")) {
            replyTag(reply)
            if let updated = reply.updatedAt {
                El("span", .class("muted")) { T(" replied \(DateText.dateTime(updated))") }
            }
            El("ul", .class("reply__details")) {
                if let times = reply.suitableTimes { El("li") { T("Times that suit: \(times)") } }
                if let language = reply.interpreterLanguage {
                    El("li") { T("Asks for an interpreter: \(language)") }
                }
                if let mode = reply.preferredMode {
                    El("li") { T("Would like to join: \(mode.lowercased())") }
                }
                if let needs = reply.accessNeeds { El("li") { T("To help them take part: \(needs)") } }
                if let note = reply.note { El("li") { T("Note: “\(note)”") } }
                if let contribution = reply.contribution {
                    El("li") { T("How they want to take part: \(contribution)") }
                }
            }
        }
    }

    /// Whether they come, as a tag with words.
    func replyTag(_ reply: Reply) -> Component {
        switch reply.attendance {
        case .coming: StatusTag(text: "Coming", tone: "green")
        case .notComing: StatusTag(text: "Cannot come", tone: "red")
        case .otherTime: StatusTag(text: "Needs another time", tone: "grey")
        }
    }
}
