import Foundation

/// Does the agenda fit the time boundary?
public enum AgendaBudget: Sendable, Equatable {
    case fits(spare: Int)
    case over(by: Int)

    public static func check(itemMinutes: [Int], boundary: Int) -> AgendaBudget {
        let total = itemMinutes.reduce(0, +)
        return total <= boundary ? .fits(spare: boundary - total) : .over(by: total - boundary)
    }

    /// What the planner says about it, in plain words.
    public var message: String {
        switch self {
        case .fits(0): "The agenda fills the time exactly. Leave a few minutes spare if you can."
        case .fits(1): "The agenda fits, with a minute to spare."
        case .fits(let spare): "The agenda fits, with \(spare) minutes to spare."
        case .over(1): "The agenda is a minute longer than the meeting. Shorten an item a little."
        case .over(let by):
            "The agenda is \(by) minutes longer than the meeting. Shorten or drop an item, or plan a second meeting."
        }
    }
}

/// Guidance on how long a meeting should be, for the people in it.
public enum LengthGuidance {
    public struct People: Sendable, Equatable {
        /// The age of the youngest student taking part, if any student is.
        public var youngestStudentAge: Int?
        public var needsInterpreter: Bool
        public var participantCount: Int
        /// The part of the meeting the youngest student comes for (`PartWindow`); nil: all of it.
        public var youngestStudentWindow: PartWindow?

        public init(
            youngestStudentAge: Int?, needsInterpreter: Bool, participantCount: Int,
            youngestStudentWindow: PartWindow? = nil
        ) {
            self.youngestStudentWindow = youngestStudentWindow
            self.youngestStudentAge = youngestStudentAge
            self.needsInterpreter = needsInterpreter
            self.participantCount = participantCount
        }
    }

    /// Sentences for the planner; empty when the length suits everyone.
    public static func advice(lengthMinutes: Int, people: People) -> [String] {
        var advice: [String] = []
        if let age = people.youngestStudentAge {
            // A rough, widely used rule of thumb: younger children hold focus for far less time.
            let comfortable = age < 8 ? 15 : age < 12 ? 25 : 45
            // Invited for part of it, the child's own time is what counts.
            let theirs = people.youngestStudentWindow?.minutes(within: lengthMinutes) ?? lengthMinutes
            if theirs > comfortable {
                // "an 8-year-old", "an 11-year-old", "an 18-year-old": said with a vowel sound.
                let article = [8, 11, 18].contains(age) ? "An" : "A"
                advice.append(
                    "\(article) \(age)-year-old may find \(theirs) minutes hard. Invite them for part of the meeting (choose “Set a time” beside their name in Who is coming), or plan a short series of meetings."
                )
            }
        }
        if people.needsInterpreter {
            advice.append(
                "With an interpreter, everything is said twice. Allow about twice the time, or cover fewer items.")
        }
        if people.participantCount > 6 && lengthMinutes < 40 {
            advice.append(
                "With \(people.participantCount) people, everyone needs time to speak. Consider a longer meeting or fewer items."
            )
        }
        if lengthMinutes > 60 {
            advice.append(
                "Meetings over an hour are tiring for everyone. Consider two shorter meetings, with a break between them."
            )
        }
        return advice
    }
}

/// The ten things that help a meeting go well, ticked off as the lead prepares.
public enum PreparationStep: String, Sendable, CaseIterable, Codable {
    case agendaShared = "agenda_shared"
    case noSurpriseItems = "no_surprise_items"
    case timeToThink = "time_to_think"
    case timeRealistic = "time_realistic"
    case lengthSuitsPeople = "length_suits_people"
    case seriesConsidered = "series_considered"
    case leadDecided = "lead_decided"
    case viewsHeard = "views_heard"
    case boundaryHeld = "boundary_held"
    case contextNoted = "context_noted"

    public var label: String {
        switch self {
        case .agendaShared: "Everyone has the agenda before the meeting"
        case .noSurpriseItems: "Nothing will be raised that people have not been told about"
        case .timeToThink: "People have had time to think about what they want to say"
        case .timeRealistic: "The time we have is enough for the agenda"
        case .lengthSuitsPeople: "The length suits the people coming, including any child"
        case .seriesConsidered: "We considered a few short meetings instead of one long one"
        case .leadDecided: "We know who leads the meeting, or that nobody needs to"
        case .viewsHeard: "We know how each person's view will be heard"
        case .boundaryHeld: "We know how we will keep to the time"
        case .contextNoted: "We have thought about language, culture and anything else that matters to this family"
        }
    }

    /// The short path for urgent meetings: only what cannot be skipped.
    public static let urgent: [PreparationStep] = [.noSurpriseItems, .leadDecided, .viewsHeard, .contextNoted]

    public static func steps(for urgency: Urgency) -> [PreparationStep] {
        urgency == .urgent ? urgent : allCases
    }
}

/// Why a coming meeting needs someone to act, if it does: shown first on the meetings list.
public enum MeetingAttention: Sendable, Equatable {
    /// Still a draft, and it is two weeks away or less.
    case notShared
    /// Shared, within a week, and preparation is not finished.
    case preparation(done: Int, of: Int)
    /// Started and not closed: someone is running it, or forgot to close it.
    case running
    /// Closed, and the participants have not had their summary.
    case summaryNotShared
    /// Participants asked for corrections to the summary and wait for an answer.
    case corrections(Int)

    public static func of(
        state: MeetingState, startsAt: Date?, urgency: Urgency, preparationDone: [String], now: Date,
        openComments: Int = 0
    ) -> MeetingAttention? {
        if openComments > 0 { return .corrections(openComments) }
        if MeetingLifecycle(state).isRunning { return .running }
        if MeetingLifecycle(state).awaitsSummary { return .summaryNotShared }
        guard !MeetingLifecycle(state).isHeld, let start = startsAt, start >= now else { return nil }
        let days = start.timeIntervalSince(now) / 86_400
        if state == .draft && days <= 14 { return .notShared }
        let steps = PreparationStep.steps(for: urgency)
        let done = steps.filter { preparationDone.contains($0.rawValue) }.count
        if state == .shared && days <= 7 && done < steps.count { return .preparation(done: done, of: steps.count) }
        return nil
    }

    public var reason: String {
        switch self {
        case .notShared: "Not shared yet, and it is soon"
        case .preparation(let done, let total): "Preparation: \(done) of \(total) done"
        case .running: "Running now, or not closed yet"
        case .summaryNotShared: "Closed: the summary is not shared yet"
        case .corrections(let count):
            count == 1 ? "A participant asked for a correction" : "\(count) participants asked for corrections"
        }
    }
}

extension MeetingType {
    /// Meeting types that usually carry worry for a family, so an invitation should say it is
    /// a concern (see `InvitationCheck`).
    public var usuallyAConcern: Bool { [.behaviourConcern, .returnToSchool, .wellbeingCheckIn].contains(self) }
}
