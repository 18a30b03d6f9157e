import Foundation

/// Who sits where, as an order of places around the table (place 0 at the top, then
/// clockwise). Everyone has a place of their own; nobody is put at a far end.
public enum SeatingPlan {
    public struct Person: Sendable, Equatable {
        public var id: UUID
        public var kind: ParticipantKind
        /// Family with parental responsibility sit nearest the student.
        public var isParent: Bool
        /// An interpreter sits beside the person they help.
        public var helps: UUID?

        public init(id: UUID, kind: ParticipantKind, isParent: Bool = false, helps: UUID? = nil) {
            self.id = id
            self.kind = kind
            self.isParent = isParent
            self.helps = helps
        }
    }

    /// The default arrangement: the student at the top with their family on either side,
    /// then agencies and staff around the rest; each interpreter next to the person they help.
    public static func arrange(_ people: [Person]) -> [UUID] {
        let ids = Set(people.map(\.id))
        let interpreters = people.filter { person in person.helps.map(ids.contains) ?? false }
        let seated = people.filter { person in !interpreters.contains { $0.id == person.id } }
        let students = seated.filter { $0.kind == .student }
        let family =
            seated.filter { $0.kind == .family && $0.isParent } + seated.filter { $0.kind == .family && !$0.isParent }
        let others = seated.filter { $0.kind == .agency } + seated.filter { $0.kind == .staff }

        // Family alternate left and right of the student(s), parents closest.
        var left: [UUID] = []
        var right: [UUID] = []
        for (index, person) in family.enumerated() {
            if index % 2 == 0 { right.append(person.id) } else { left.append(person.id) }
        }
        var ring = left.reversed() + students.map(\.id) + right
        // Staff fill the rest of the circle, so no group sits apart facing the others.
        ring += others.map(\.id)
        for interpreter in interpreters {
            guard let position = ring.firstIndex(of: interpreter.helps!) else {
                ring.append(interpreter.id)
                continue
            }
            // On the student's left, the interpreter sits further left, so family stay close.
            let studentAt = students.first.flatMap { ring.firstIndex(of: $0.id) } ?? 0
            ring.insert(interpreter.id, at: position < studentAt ? position : position + 1)
        }
        // Turn the circle so the student has the first place, at the top of the picture.
        if let first = students.first, let at = ring.firstIndex(of: first.id) {
            ring = Array(ring[at...] + ring[..<at])
        }
        return ring
    }

    /// The saved order, kept in step with who is coming now: people no longer invited are
    /// dropped, new people are placed as `arrange` would place them at the end.
    public static func reconcile(saved: [UUID], with people: [Person]) -> [UUID] {
        let ids = Set(people.map(\.id))
        var order = saved.filter { ids.contains($0) }
        for id in arrange(people) where !order.contains(id) { order.append(id) }
        return order
    }

    /// Moves one person to another place; whoever sat there takes their old place, and
    /// everyone else stays where they were.
    public static func move(_ id: UUID, to place: Int, in order: [UUID]) -> [UUID] {
        guard let from = order.firstIndex(of: id), order.indices.contains(place) else { return order }
        var order = order
        order.swapAt(from, place)
        return order
    }

    /// Centres of `count` places around an ellipse in a `width` × `height` picture, place 0
    /// at the top, going clockwise.
    public static func places(count: Int, width: Double, height: Double) -> [(x: Double, y: Double)] {
        guard count > 0 else { return [] }
        let radiusX = width / 2 - 70
        let radiusY = height / 2 - 50
        return (0..<count).map { index in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            return (width / 2 + radiusX * cos(angle), height / 2 + radiusY * sin(angle))
        }
    }
}
