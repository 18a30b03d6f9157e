import Foundation

/// A room or place as typed into the form, checked.
public struct SpaceForm: Sendable, Equatable {
    public var name = ""
    public var capacity = ""
    public var table = ""
    public var movableSeats = ""
    public var naturalLight = ""
    public var privacy = ""
    public var stepFree = ""
    /// "yes" when the room is at the school (not off-site).
    public var atSchool = ""
    public var equipment = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var name: String
        public var facts: SpaceFacts
        public var equipment: String?
    }

    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let name = Text.clean(self.name)
        if name.isEmpty { errors.add("name", "Enter the room's name, as people at school call it") }
        if name.count > 100 { errors.add("name", "Use 100 characters or fewer") }
        let capacity = Int(self.capacity.trimmingCharacters(in: .whitespaces))
        if capacity == nil || !(1...200).contains(capacity!) {
            errors.add("capacity", "Enter how many people can sit comfortably, from 1 to 200")
        }
        let table = TableShape(rawValue: self.table)
        if table == nil { errors.add("table", "Choose the table") }
        func yesNo(_ value: String, _ field: String, _ message: String) -> Bool? {
            switch value {
            case "yes": return true
            case "no": return false
            default:
                errors.add(field, message)
                return nil
            }
        }
        let movable = yesNo(movableSeats, "movable_seats", "Say whether the seats can be moved")
        let light = yesNo(naturalLight, "natural_light", "Say whether the room has daylight")
        let privacy = SpacePrivacy(rawValue: self.privacy)
        if privacy == nil { errors.add("privacy", "Choose how private the room is") }
        let stepFree = yesNo(self.stepFree, "step_free", "Say whether the room can be reached without steps")
        let atSchool = yesNo(self.atSchool, "at_school", "Say whether the room is at the school")
        let equipment = self.equipment.trimmingCharacters(in: .whitespacesAndNewlines)
        if equipment.count > 500 { errors.add("equipment", "Use 500 characters or fewer") }
        guard errors.isEmpty, let capacity, let table, let movable, let light, let privacy, let stepFree, let atSchool
        else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                name: name,
                facts: SpaceFacts(
                    capacity: capacity, table: table, movableSeats: movable, naturalLight: light, privacy: privacy,
                    stepFree: stepFree, offSite: !atSchool),
                equipment: equipment.isEmpty ? nil : equipment))
    }
}
