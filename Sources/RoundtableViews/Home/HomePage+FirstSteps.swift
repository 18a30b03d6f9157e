import Foundation
import RoundtableCore

/// What a new administrator does first, as a task list: each step says whether it is done and
/// links to the page where it is done.
public struct FirstSteps: Sendable, Equatable {
    /// The school the steps are about (for an organisation administrator, their first school).
    public var school: SchoolID?
    /// Someone has saved the school's settings.
    public var schoolDetails: Bool
    public var rooms: Bool
    public var students: Bool
    /// Someone else has an account, or an invitation.
    public var staff: Bool
    /// `SMTP_URL` is set, so emails are sent instead of waiting in the outbox.
    public var email: Bool
    /// Only organisation administrators import rosters; leaders add students by hand.
    public var mayImportRoster: Bool

    public init(
        school: SchoolID?, schoolDetails: Bool, rooms: Bool, students: Bool, staff: Bool, email: Bool,
        mayImportRoster: Bool
    ) {
        self.school = school
        self.schoolDetails = schoolDetails
        self.rooms = rooms
        self.students = students
        self.staff = staff
        self.email = email
        self.mayImportRoster = mayImportRoster
    }

    public struct Step: Sendable, Equatable {
        public var title: String
        public var hint: String
        public var isDone: Bool
        public var link: SiteRoute?
    }

    public var steps: [Step] {
        [
            Step(
                title: "Check your school's settings",
                hint: "Who sees which students, and whether families give a code before their page opens.",
                isDone: schoolDetails, link: .schoolSettings(school: school)),
            Step(
                title: "Describe your rooms",
                hint: "Roundtable checks each meeting's room: big enough, step-free, private.",
                isDone: rooms, link: .spaces(school: school)),
            mayImportRoster
                ? Step(
                    title: "Import a roster or add students",
                    hint: "Bring in students, families and class lists from your information system.",
                    isDone: students, link: .rosterImport(school: school))
                : Step(
                    title: "Add students",
                    hint: "Add each student with their family, or ask your administrator to import a roster.",
                    isDone: students, link: .newStudent(school: school)),
            Step(
                title: "Invite your colleagues",
                hint: "Each gets a one-time link to choose their password.",
                isDone: staff, link: .inviteStaff(school: school)),
            Step(
                title: "Set up email",
                hint: email
                    ? "Invitations and summaries are sent by email."
                    : "Ask whoever runs Roundtable to set SMTP_URL. Until then, emails wait in the outbox for you to pass on.",
                isDone: email, link: .outbox(school: school)),
        ]
    }
}

extension HomePage {
    func firstStepsSection(_ firstSteps: FirstSteps) -> Component {
        let steps = firstSteps.steps
        let done = steps.filter(\.isDone).count
        return ComponentGroup {
            El("h2", .class("heading-m")) { T("What to do first") }
            El("p") { T("Your school is new to Roundtable. These steps get it ready: \(done) of \(steps.count) done.") }
            El("ol", .class("task-list")) {
                for step in steps {
                    El("li", .class("task-list__item")) {
                        El("span", .class("task-list__name")) {
                            if let link = step.link {
                                El("a", .href(link)) { T(step.title) }
                            } else {
                                T(step.title)
                            }
                            El("span", .class("task-list__hint")) { T(step.hint) }
                        }
                        StatusTag(text: step.isDone ? "Done" : "Not done yet", tone: step.isDone ? "green" : "grey")
                    }
                }
            }
        }
    }
}
