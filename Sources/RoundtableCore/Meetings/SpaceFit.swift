import Foundation

public enum TableShape: String, Sendable, CaseIterable, Codable {
    case round
    case rectangular
    case longNarrow = "long_narrow"
    case none

    public var label: String {
        switch self {
        case .round: "Round table"
        case .rectangular: "Rectangular table"
        case .longNarrow: "Long, narrow table"
        case .none: "No table (chairs only)"
        }
    }
}

public enum SpacePrivacy: String, Sendable, CaseIterable, Codable {
    /// Nobody outside can see or hear.
    case closed
    /// A window onto a corridor, or a door that does not close well.
    case partly
    case open

    public var label: String {
        switch self {
        case .closed: "Private: nobody outside can see or hear"
        case .partly: "Partly private: people passing can see in"
        case .open: "Open: others can see or hear"
        }
    }
}

/// What matters about a room or place for a meeting.
public struct SpaceFacts: Sendable, Equatable {
    public var capacity: Int
    public var table: TableShape
    public var movableSeats: Bool
    public var naturalLight: Bool
    public var privacy: SpacePrivacy
    public var stepFree: Bool
    public var offSite: Bool

    public init(
        capacity: Int, table: TableShape, movableSeats: Bool, naturalLight: Bool, privacy: SpacePrivacy,
        stepFree: Bool, offSite: Bool
    ) {
        self.capacity = capacity
        self.table = table
        self.movableSeats = movableSeats
        self.naturalLight = naturalLight
        self.privacy = privacy
        self.stepFree = stepFree
        self.offSite = offSite
    }
}

/// What matters about a meeting for choosing its space.
public struct SpaceNeeds: Sendable, Equatable {
    public var peopleCount: Int
    public var familyAttending: Bool
    /// Difficult news or strong feelings are expected (a concern, a behaviour meeting, or notes
    /// about it in the plan).
    public var difficultConversation: Bool
    public var someoneNeedsStepFree: Bool

    public init(peopleCount: Int, familyAttending: Bool, difficultConversation: Bool, someoneNeedsStepFree: Bool) {
        self.peopleCount = peopleCount
        self.familyAttending = familyAttending
        self.difficultConversation = difficultConversation
        self.someoneNeedsStepFree = someoneNeedsStepFree
    }
}

/// Plain warnings about a space for a meeting, most serious first. No warning means a good fit.
public enum SpaceFit {
    public static func warnings(_ space: SpaceFacts, for needs: SpaceNeeds) -> [String] {
        var warnings: [String] = []
        if needs.someoneNeedsStepFree && !space.stepFree {
            warnings.append("Someone coming needs step-free access, and this space does not have it.")
        }
        if needs.peopleCount > space.capacity {
            warnings.append(
                "\(needs.peopleCount) people are coming and the space seats \(space.capacity). People squeezed together feel watched, not welcome. Choose a bigger space or invite fewer people."
            )
        }
        if space.privacy != .closed {
            warnings.append(
                space.privacy == .open
                    ? "Others can see or hear what is said here. Families will not speak freely; choose a private room."
                    : "People passing can see in. Cover the window or choose a more private room.")
        }
        if needs.difficultConversation && !space.naturalLight {
            warnings.append(
                "There is no daylight here. For a hard conversation, a room with windows helps people stay calm.")
        }
        if space.table == .longNarrow {
            warnings.append(
                "A long, narrow table leaves someone at the far end. A round table, or chairs in a circle, lets everyone see each other."
            )
        }
        if needs.familyAttending && space.offSite {
            warnings.append(
                "This place is away from the school. Send the family clear directions, or meet somewhere they already know."
            )
        }
        if !space.movableSeats && needs.peopleCount > 2 {
            warnings.append("The seats cannot be moved, so you cannot arrange them so that nobody sits apart.")
        }
        return warnings
    }
}
