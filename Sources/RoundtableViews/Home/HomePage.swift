import Foundation
import RoundtableCore

/// The signed-in home: the day's work for this person (their meetings today and this week,
/// what needs them, their actions and reviews), or, for an administrator whose school is new,
/// what to do first. For the organisation's administrators, its schools too.
public struct HomePage: HTMLPage, Sendable, Equatable {
    public var personName: String
    /// The school under the greeting, or the organisation for its administrators.
    public var caption: String
    /// The areas this person may open, besides home (none while their school gets ready).
    public var areas: [StaffArea]
    public var work: Work
    /// For an administrator whose school has no students, rooms or other staff yet.
    public var firstSteps: FirstSteps?
    /// Only for the organisation's administrators: the organisation and its schools.
    public var organisation: Organisation?

    public struct Organisation: Sendable, Equatable {
        public var name: String
        public var schools: [NamedSchool]

        public init(name: String, schools: [NamedSchool]) {
            self.name = name
            self.schools = schools
        }
    }

    /// Everything on the day's list, each part already decided and in order.
    public struct Work: Sendable, Equatable {
        public var today: [MeetingLine]
        public var thisWeek: [MeetingLine]
        public var needsYou: [NeedLine]
        public var actions: [FollowLine]
        public var reviews: [FollowLine]

        public init(
            today: [MeetingLine] = [], thisWeek: [MeetingLine] = [], needsYou: [NeedLine] = [],
            actions: [FollowLine] = [], reviews: [FollowLine] = []
        ) {
            self.today = today
            self.thisWeek = thisWeek
            self.needsYou = needsYou
            self.actions = actions
            self.reviews = reviews
        }

        public var isEmpty: Bool {
            today.isEmpty && thisWeek.isEmpty && needsYou.isEmpty && actions.isEmpty && reviews.isEmpty
        }
    }

    /// One of the person's meetings, with how the replies stand.
    public struct MeetingLine: Sendable, Equatable {
        public var id: MeetingID
        public var type: MeetingType
        public var studentNames: [String]
        public var startsAt: Date
        public var lengthMinutes: Int
        /// The room, or how people join when it is not in a room.
        public var place: String?
        public var state: MeetingState
        public var hasBeenShared: Bool
        public var youLead: Bool
        /// Once shared: who was invited and who has replied.
        public var replies: Replies?

        public init(
            id: MeetingID, type: MeetingType, studentNames: [String], startsAt: Date, lengthMinutes: Int,
            place: String?, state: MeetingState, hasBeenShared: Bool, youLead: Bool, replies: Replies?
        ) {
            self.id = id
            self.type = type
            self.studentNames = studentNames
            self.startsAt = startsAt
            self.lengthMinutes = lengthMinutes
            self.place = place
            self.state = state
            self.hasBeenShared = hasBeenShared
            self.youLead = youLead
            self.replies = replies
        }

        public var name: String { "\(type.label): \(studentNames.joined(separator: ", "))" }
    }

    /// Replies to an invitation: how many of the people invited answered, and who has not.
    public struct Replies: Sendable, Equatable {
        public var received: Int
        public var invited: Int
        public var waitingFor: [String]

        public init(received: Int, invited: Int, waitingFor: [String]) {
            self.received = received
            self.invited = invited
            self.waitingFor = waitingFor
        }
    }

    /// Something that waits for this person, and the page where it is done.
    public struct NeedLine: Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            case corrections(Int)
            case interpreter(person: String, language: String)
            case accessNeeds(person: String)
            case familyRequest(Urgency)
            case summaryNotShared
            case preparation(done: Int, of: Int)
            /// A participant's answers about how a meeting felt were low (issue 14).
            case feedbackAlert(person: String)
        }

        public var reason: Reason
        /// The meeting ("Progress review: Zoë Ångström"), or the student a request is about.
        public var subject: String
        /// When the meeting is (or was), or when the request came.
        public var when: Date?
        public var link: SiteRoute

        public init(reason: Reason, subject: String, when: Date?, link: SiteRoute) {
            self.reason = reason
            self.subject = subject
            self.when = when
            self.link = link
        }
    }

    /// An action this person owns (or from a meeting they led, before owners were people), or
    /// a goal whose review is near.
    public struct FollowLine: Sendable, Equatable {
        public var text: String
        /// The meeting it was agreed at.
        public var subject: String
        /// The due or review day (midnight UTC of that day).
        public var due: Date
        /// An action still open after its day, or a review whose day has passed.
        public var isOverdue: Bool
        /// Its owner is written as free text: it came from a meeting this person led.
        public var fromYourMeeting: Bool
        public var link: SiteRoute

        public init(text: String, subject: String, due: Date, isOverdue: Bool, fromYourMeeting: Bool, link: SiteRoute) {
            self.text = text
            self.subject = subject
            self.due = due
            self.isOverdue = isOverdue
            self.fromYourMeeting = fromYourMeeting
            self.link = link
        }
    }

    public init(
        personName: String, caption: String, areas: [StaffArea], work: Work = Work(), firstSteps: FirstSteps? = nil,
        organisation: Organisation? = nil
    ) {
        self.personName = personName
        self.caption = caption
        self.areas = areas
        self.work = work
        self.firstSteps = firstSteps
        self.organisation = organisation
    }

    public var title: String { "Home" }
    public var area: StaffArea? { .home }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Hello, \(personName)", caption: caption)
            if let firstSteps {
                firstStepsSection(firstSteps)
                // A new school has no work yet; once there is some, it shows under the steps.
                if !work.isEmpty { workSections }
            } else if areas.isEmpty {
                El("p") {
                    T(
                        "Your school is getting Roundtable ready. Soon you will find the students you work with here, and plan meetings with them and their families."
                    )
                }
                El("p") {
                    T("If you need something now, ask your school leader or your school's Roundtable administrator.")
                }
            } else {
                workSections
            }
            if let organisation {
                El("h2", .class("heading-m")) { T("Schools in \(organisation.name)") }
                El("ul", .class("list")) {
                    for school in organisation.schools {
                        El("li") { El("a", .href(.staff(school: school.id))) { T(school.name) } }
                    }
                }
            }
        }
    }
}
