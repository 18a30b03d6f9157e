import Foundation

/// The agenda while it runs. The plan can change in the room (PRODUCT.md §3 step 4), so
/// every change is a small, checked step that says what it did for the meeting log.
///
/// Each operation returns the events it caused: usually one; two when starting an item
/// closes the one before; none when nothing changed (moving the last item further down).
/// A request that makes no sense is refused with a reason to show.
public struct AgendaRun: Sendable, Equatable, Codable {
    public private(set) var items: [RunItem]

    public static let extensionRange = 1...30

    public init(items: [RunItem]) {
        self.items = items
    }

    public var current: RunItem? { items.first { $0.state == .current } }

    /// The next item to pick up: the first one still waiting, in agenda order.
    public var next: RunItem? { items.first { $0.state == .waiting } }

    /// What a follow-up meeting should carry on with: everything not done, skipped items too
    /// (skipping an item for lack of time does not settle it).
    public var unfinished: [RunItem] {
        items.filter { $0.state != .done }
    }

    /// Starts an item, closing the one in progress. A parked or skipped item may be picked
    /// up again: the room often finds time for it after all.
    public mutating func start(_ id: UUID) throws(RunRefusal) -> [RunEvent] {
        let index = try find(id)
        switch items[index].state {
        case .current: return []
        case .done: throw .alreadyDone
        case .waiting, .skipped, .parked: break
        }
        var events = finish()
        items[index].state = .current
        events.append(RunEvent(kind: .started, title: items[index].title, minutes: items[index].totalMinutes))
        return events
    }

    @discardableResult
    public mutating func finish() -> [RunEvent] {
        guard let index = items.firstIndex(where: { $0.state == .current }) else { return [] }
        items[index].state = .done
        return [RunEvent(kind: .finished, title: items[index].title)]
    }

    /// Done with the item being talked about, on to the next one waiting. Refused when the
    /// page was out of date and the item is no longer current, so a double tap never skips one.
    public mutating func moveOn(from id: UUID) throws(RunRefusal) -> [RunEvent] {
        guard current?.id == id else { throw .notCurrent }
        var events = finish()
        if let next { events += try start(next.id) }
        return events
    }

    /// Parking the item being talked about moves on to the next one too.
    public mutating func parkAndMoveOn(_ id: UUID) throws(RunRefusal) -> [RunEvent] {
        let wasCurrent = current?.id == id
        var events = try park(id)
        if wasCurrent, let next { events += try start(next.id) }
        return events
    }

    public mutating func skip(_ id: UUID) throws(RunRefusal) -> [RunEvent] {
        try close(id, as: .skipped, event: .skipped)
    }

    public mutating func park(_ id: UUID) throws(RunRefusal) -> [RunEvent] {
        try close(id, as: .parked, event: .parked)
    }

    public mutating func extend(_ id: UUID, by minutes: Int) throws(RunRefusal) -> [RunEvent] {
        guard Self.extensionRange.contains(minutes) else { throw .minutesOutOfRange }
        let index = try find(id)
        guard items[index].state != .done else { throw .alreadyDone }
        items[index].extraMinutes += minutes
        return [RunEvent(kind: .extended, title: items[index].title, minutes: minutes)]
    }

    /// Swaps a waiting item with the nearest waiting one in that direction. Items already
    /// talked about stay where they were, so the agenda still reads in the order things happened.
    public mutating func move(_ id: UUID, _ direction: MoveDirection) throws(RunRefusal) -> [RunEvent] {
        let index = try find(id)
        guard items[index].state == .waiting else { throw .notWaiting }
        let neighbour: Int?
        switch direction {
        case .up: neighbour = items[..<index].lastIndex { $0.state == .waiting }
        case .down: neighbour = items[(index + 1)...].firstIndex { $0.state == .waiting }
        }
        guard let neighbour else { return [] }
        items.swapAt(index, neighbour)
        return [RunEvent(kind: direction == .up ? .movedUp : .movedDown, title: items[neighbour].title)]
    }

    private mutating func close(
        _ id: UUID, as state: AgendaItemRunState, event: RunEvent.Kind
    ) throws(RunRefusal) -> [RunEvent] {
        let index = try find(id)
        if items[index].state == state { return [] }
        guard items[index].state != .done else { throw .alreadyDone }
        items[index].state = state
        return [RunEvent(kind: event, title: items[index].title)]
    }

    private func find(_ id: UUID) throws(RunRefusal) -> Int {
        guard let index = items.firstIndex(where: { $0.id == id }) else { throw .notFound }
        return index
    }
}
