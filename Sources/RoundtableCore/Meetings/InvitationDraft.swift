import Foundation

/// The first draft of an invitation, written from the plan so that it already answers what a
/// family will ask. The school changes it as it likes; the check reads whatever it becomes.
public enum InvitationDraft {
    public struct Plan: Sendable {
        public var purpose: String
        public var studentName: String
        public var startsAt: Date?
        public var lengthMinutes: Int
        public var format: MeetingFormat
        public var placeName: String?
        public var fallbackPlan: String?
        public var urgency: Urgency
        public var isConcern: Bool
        /// "Mr Price, class teacher" for each member of staff and agency taking part.
        public var people: [String]
        /// Languages an interpreter will be there for.
        public var interpreterLanguages: [String] = []
        public var timeZone: TimeZone
        /// Something the child does well, when the school has written it down; otherwise the
        /// draft leaves a bracketed gap that the check asks the lead to fill.
        public var strengths: String?
        /// Who signs the letter: the lead's name and role ("Grace Okafor, head of year").
        public var from: String?

        public init(
            purpose: String, studentName: String, startsAt: Date?, lengthMinutes: Int, format: MeetingFormat,
            placeName: String?, fallbackPlan: String?, urgency: Urgency, isConcern: Bool, people: [String],
            interpreterLanguages: [String] = [], timeZone: TimeZone, strengths: String? = nil, from: String? = nil
        ) {
            self.strengths = strengths
            self.from = from
            self.purpose = purpose
            self.studentName = studentName
            self.startsAt = startsAt
            self.lengthMinutes = lengthMinutes
            self.format = format
            self.placeName = placeName
            self.fallbackPlan = fallbackPlan
            self.urgency = urgency
            self.isConcern = isConcern
            self.people = people
            self.interpreterLanguages = interpreterLanguages
            self.timeZone = timeZone
        }
    }

    /// English, with its own greeting ("Dear family,": the page then adds none, see
    /// `InvitationGreeting`), a line on what the child does well, and the lead's sign-off.
    public static func english(_ plan: Plan) -> String {
        var paragraphs: [String] = ["Dear family,"]
        // A family told "we would like to meet" about a concern, and not that it is one, guesses
        // the worst; the purpose often names the topic without saying it worries us.
        if plan.isConcern && !InvitationCheck.mentionsConcern(plan.purpose) {
            paragraphs.append(
                "We are writing because we have a concern about how things are going for \(plan.studentName) at the moment, and we would like to think about it together with you."
            )
        }
        paragraphs.append(plan.purpose)
        // Families hear far more about problems than strengths: the letter starts from what goes well.
        let strengths = plan.strengths ?? "[write one thing \(plan.studentName) does well]"
        paragraphs.append("We see a lot that is good in \(plan.studentName), such as \(strengths).")
        switch plan.urgency {
        case .routine:
            paragraphs.append(
                plan.isConcern ? "It is not urgent, but we would like to meet." : "This is a routine meeting.")
        case .soon: paragraphs.append("We would like to meet soon.")
        case .urgent: paragraphs.append("This is urgent, so we would like to meet in the next few days.")
        }
        var when = "When: "
        if let start = plan.startsAt {
            let day = start.formatted(
                Date.FormatStyle(
                    date: .complete, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: plan.timeZone))
            let time = start.formatted(
                Date.FormatStyle(
                    date: .omitted, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: plan.timeZone))
            when += "\(day) at \(time), "
        }
        when += "for about \(plan.lengthMinutes) minutes."
        paragraphs.append(when)
        switch plan.format {
        case .inPerson:
            paragraphs.append(
                "Where: \(plan.placeName ?? "at school"). Please come to reception and we will meet you there.")
        case .hybrid:
            paragraphs.append(
                "Where: \(plan.placeName ?? "at school"), or join by video call with the link that comes with this invitation."
            )
        case .video:
            paragraphs.append("How: by video call. The link comes with this invitation.")
        case .phone:
            paragraphs.append("How: by phone. We will call you on the number the school has for you.")
        }
        if plan.format == .video || plan.format == .hybrid, let fallback = plan.fallbackPlan {
            paragraphs.append("If the call does not work: \(fallback)")
        }
        if !plan.people.isEmpty {
            paragraphs.append("Who will be there: \(plan.people.joined(separator: "; ")).")
        }
        if !plan.interpreterLanguages.isEmpty {
            paragraphs.append(
                "An interpreter will be there for \(plan.interpreterLanguages.joined(separator: " and ")), so that everyone can speak and be understood."
            )
        }
        paragraphs.append(
            "Before the meeting, you might like to think about what you would like to talk about, and bring any questions."
        )
        paragraphs.append("We want to hear your view: you know \(plan.studentName) best.")
        paragraphs.append("Best wishes,\n" + (plan.from ?? "[your name and role]"))
        return paragraphs.joined(separator: "\n\n")
    }
}
