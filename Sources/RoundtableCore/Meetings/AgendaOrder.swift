import Foundation

/// Moving an agenda item to a place people count from 1, and the form that changes an item.
public enum AgendaOrder {
    /// `ids` with `item` moved to `position` (1 is the first); nil when the item is not among
    /// them or the position is outside 1...count.
    public static func move(_ item: UUID, to position: Int, in ids: [UUID]) -> [UUID]? {
        guard let index = ids.firstIndex(of: item), (1...ids.count).contains(position) else { return nil }
        var order = ids
        order.remove(at: index)
        order.insert(item, at: position - 1)
        return order
    }
}

/// Changing an agenda item: its words and minutes as when it was added, and where it goes.
public struct AgendaItemEditForm: Sendable, Equatable {
    public var item: AgendaItemForm
    /// "1"..."n", as the list of positions sends it.
    public var position: String

    public init(item: AgendaItemForm = .init(), position: String = "") {
        self.item = item
        self.position = position
    }

    public struct Checked: Sendable, Equatable {
        public var item: AgendaItemForm.Checked
        public var position: Int
    }

    /// `count`: how many items the agenda has, this one included.
    public func check(count: Int) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        var item: AgendaItemForm.Checked?
        switch self.item.check() {
        case .success(let value): item = value
        case .failure(let box): errors = box.errors
        }
        let position = Int(self.position.trimmingCharacters(in: .whitespaces))
        if position == nil || !(1...max(1, count)).contains(position!) {
            errors.add("position", count > 1 ? "Choose a place from 1 to \(count)" : "Choose place 1")
        }
        guard errors.isEmpty, let item, let position else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(item: item, position: position))
    }
}

extension AgendaItemEditForm {
    /// An item a participant added keeps their words: the school may give it more or fewer
    /// minutes and another place, but rewording it would put words in their mouth.
    public static func mayChangeWords(addedByParticipant: Bool) -> Bool { !addedByParticipant }
}
