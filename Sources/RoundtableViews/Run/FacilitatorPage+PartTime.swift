import Foundation
import RoundtableCore

extension FacilitatorPage {
    /// Who comes for part of the meeting, so the facilitator takes their items while they are
    /// there: "Ms Rossi, special needs coordinator: joins for the first 20 minutes (15:30–15:50)".
    var partTimeFact: Component {
        let lines = people.compactMap { person in
            PartWindowText.staff(person.window, lengthMinutes: lengthMinutes, startsAt: startsAt).map {
                "\(person.name), \(person.role.lowercased()): \($0.prefix(1).lowercased() + $0.dropFirst())"
            }
        }
        if lines.isEmpty { return EmptyComponent() }
        return Fact(key: "For part of it") {
            El("ul", .class("list")) { for line in lines { El("li") { T(line) } } }
        }
    }
}
