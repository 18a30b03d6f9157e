import Foundation

/// How long each part of a record entry may be. Capturing an entry and changing it later ask
/// the same numbers, so an edit can never store what capture would refuse.
public enum RecordLimit {
    /// A note is free prose, written as people talk.
    public static let note = 4000
    /// What was decided, aimed for or will be done: a sentence or a few, so it reads at a glance.
    public static let statement = 1000
    public static let parked = 500
    public static let decisionReason = 2000
    public static let whyImposed = 1000
    public static let imposedBy = 200
    public static let target = 500
    public static let goalOwners = 300
    public static let actionOwner = 200

    /// The limit on an entry's main text.
    public static func text(of kind: RecordEntryKind) -> Int {
        switch kind {
        case .note, .reflection: note
        case .decision, .goal, .action: statement
        case .parked: parked
        }
    }

    /// The limit on the reason beside a decision, or why a goal was set without agreement.
    public static func why(of kind: RecordEntryKind) -> Int {
        kind == .decision ? decisionReason : whyImposed
    }

    /// The limit on who works on a goal or does an action.
    public static func owners(of kind: RecordEntryKind) -> Int {
        kind == .action ? actionOwner : goalOwners
    }
}
