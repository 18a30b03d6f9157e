import Foundation

/// Where one part of planning a meeting stands, as the meeting page's task list shows it.
public enum PlanningTaskState: String, Sendable, Equatable, CaseIterable {
    case notStarted
    case inProgress
    case completed
    /// Something else must be done first (sharing before there is a time and a letter).
    case cannotStartYet
    /// Done once, and now something is wrong: a clash, a stale letter, a failed email, someone
    /// who has not replied.
    case needsAttention

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .completed: "Completed"
        case .cannotStartYet: "Cannot start yet"
        case .needsAttention: "Needs attention"
        }
    }

    /// The tag's colour; the label always says the state in words too.
    public var tone: String {
        switch self {
        case .notStarted, .cannotStartYet: "grey"
        case .inProgress: "blue"
        case .completed: "green"
        case .needsAttention: "yellow"
        }
    }
}

/// The parts of planning, in the order a planner usually works through them.
public enum PlanningTaskKind: String, Sendable, Equatable, CaseIterable {
    case plan, people, agenda, place, notes, letter, share, preparation, reflection

    public var label: String {
        switch self {
        case .plan: "Purpose, time and format"
        case .people: "Who is coming"
        case .agenda: "Agenda"
        case .place: "Room and seating"
        case .notes: "Ground rules and notes"
        case .letter: "Invitation letter"
        case .share: "Share with participants"
        case .preparation: "Preparation"
        case .reflection: "Your private reflection"
        }
    }
}

public struct PlanningTask: Sendable, Equatable {
    public var kind: PlanningTaskKind
    public var state: PlanningTaskState
    /// A few words on why, when the state alone would leave the planner guessing.
    public var note: String?

    public init(_ kind: PlanningTaskKind, _ state: PlanningTaskState, note: String? = nil) {
        self.kind = kind
        self.state = state
        self.note = note
    }
}

/// The meeting page's task list. "Needs attention" wins over everything else: it is what was
/// done and then went wrong, so the planner sees it even when the part is otherwise finished.
public enum PlanningTasks {
    public static func tasks(_ facts: PlanningFacts) -> [PlanningTask] {
        var tasks = [plan(facts), people(facts), agenda(facts)]
        if facts.needsRoom { tasks.append(place(facts)) }
        tasks += [notes(facts), letter(facts), share(facts)]
        if facts.preparationSteps > 0 { tasks.append(preparation(facts)) }
        tasks.append(PlanningTask(.reflection, facts.hasReflection ? .completed : .notStarted))
        return tasks
    }

    static func plan(_ f: PlanningFacts) -> PlanningTask {
        if f.timeClash { return PlanningTask(.plan, .needsAttention, note: "The time clashes with another meeting") }
        if f.hasPurpose && f.hasTime { return PlanningTask(.plan, .completed) }
        if f.hasPurpose || f.hasTime {
            return PlanningTask(.plan, .inProgress, note: f.hasTime ? "No purpose yet" : "No date and time yet")
        }
        return PlanningTask(.plan, .notStarted)
    }

    static func people(_ f: PlanningFacts) -> PlanningTask {
        if f.failedDeliveries > 0 {
            return PlanningTask(
                .people, .needsAttention,
                note: f.failedDeliveries == 1
                    ? "An email could not be delivered" : "\(f.failedDeliveries) emails could not be delivered")
        }
        if f.lifecycle.hasBeenShared && f.lifecycle.allows(.reply) && f.notReplied > 0 {
            return PlanningTask(
                .people, .needsAttention,
                note: f.notReplied == 1 ? "1 person has not replied" : "\(f.notReplied) people have not replied")
        }
        if f.invitesStudentOrFamily { return PlanningTask(.people, .completed) }
        if f.peopleCount > 0 {
            return PlanningTask(.people, .inProgress, note: "Invite the student or their family")
        }
        return PlanningTask(.people, .notStarted)
    }

    static func agenda(_ f: PlanningFacts) -> PlanningTask {
        if f.agendaOverTime { return PlanningTask(.agenda, .needsAttention, note: "Longer than the meeting") }
        return PlanningTask(.agenda, f.agendaItems > 0 ? .completed : .notStarted)
    }

    static func place(_ f: PlanningFacts) -> PlanningTask {
        if f.roomClash { return PlanningTask(.place, .needsAttention, note: "The room is booked at the same time") }
        guard f.hasRoom else { return PlanningTask(.place, .notStarted) }
        if f.roomWarnings > 0 {
            return PlanningTask(
                .place, .inProgress,
                note: f.roomWarnings == 1
                    ? "1 thing to think about in this room" : "\(f.roomWarnings) things to think about in this room")
        }
        return PlanningTask(.place, .completed)
    }

    static func notes(_ f: PlanningFacts) -> PlanningTask {
        let written = (f.hasGroundRules ? 1 : 0) + f.notesWritten
        if written >= 4 { return PlanningTask(.notes, .completed) }
        return written > 0
            ? PlanningTask(.notes, .inProgress, note: "\(written) of 4 written") : PlanningTask(.notes, .notStarted)
    }

    static func letter(_ f: PlanningFacts) -> PlanningTask {
        if f.letterIsStale {
            return PlanningTask(.letter, .needsAttention, note: "It still says the old time or place")
        }
        guard f.hasLetter else { return PlanningTask(.letter, .notStarted) }
        if f.letterFindings > 0 && !f.lifecycle.hasBeenShared {
            return PlanningTask(
                .letter, .inProgress,
                note: f.letterFindings == 1 ? "1 thing to look at" : "\(f.letterFindings) things to look at")
        }
        return PlanningTask(.letter, .completed)
    }

    /// Sharing sends the letter with the time and place, so it waits for them.
    static func share(_ f: PlanningFacts) -> PlanningTask {
        if f.lifecycle.hasBeenShared && !f.lifecycle.isCancelled { return PlanningTask(.share, .completed) }
        guard f.lifecycle.allows(.share) else {
            return PlanningTask(.share, .cannotStartYet, note: "The meeting is cancelled")
        }
        var missing: [String] = []
        if !f.hasTime { missing.append("a time") }
        if f.needsRoom && !f.hasRoom { missing.append("a room") }
        if !f.invitesStudentOrFamily { missing.append("the student or family invited") }
        if !f.hasLetter { missing.append("a letter") }
        guard missing.isEmpty else {
            return PlanningTask(.share, .cannotStartYet, note: "Needs " + joined(missing) + " first")
        }
        return PlanningTask(.share, .notStarted)
    }

    static func preparation(_ f: PlanningFacts) -> PlanningTask {
        let note = "\(f.preparationDone) of \(f.preparationSteps) done"
        if f.preparationDone >= f.preparationSteps { return PlanningTask(.preparation, .completed) }
        return PlanningTask(.preparation, f.preparationDone > 0 ? .inProgress : .notStarted, note: note)
    }

    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
