import Foundation

/// How one person took part, for the record and for the school's insight on who joins in.
public enum Presence: String, Sendable, CaseIterable, Codable {
    case present
    case byVideo = "by_video"
    case byPhone = "by_phone"
    case absent

    public var label: String {
        switch self {
        case .present: "There in person"
        case .byVideo: "Joined by video"
        case .byPhone: "Joined by phone"
        case .absent: "Not there"
        }
    }

    public var tookPart: Bool { self != .absent }
}

public struct Attendance: Sendable, Equatable, Codable {
    public var presence: Presence
    /// Set when an interpreter helped this person; the language they interpreted.
    public var interpreterLanguage: String?

    public init(presence: Presence, interpreterLanguage: String? = nil) {
        self.presence = presence
        self.interpreterLanguage = interpreterLanguage
    }

    public var withInterpreter: Bool { interpreterLanguage != nil }
}

/// Attendance as ticked on the facilitator's page.
public struct AttendanceForm: Sendable, Equatable {
    public var presence = ""
    public var withInterpreter = false
    public var interpreterLanguage = ""

    public init(presence: String = "", withInterpreter: Bool = false, interpreterLanguage: String = "") {
        self.presence = presence
        self.withInterpreter = withInterpreter
        self.interpreterLanguage = interpreterLanguage
    }

    public func check() -> Result<Attendance, FieldErrorsBox> {
        var errors = FieldErrors()
        let presence = Presence(rawValue: self.presence)
        if presence == nil { errors.add("presence", "Choose how this person took part") }
        let language = Text.clean(interpreterLanguage)
        if withInterpreter {
            if presence == .absent {
                errors.add("with_interpreter", "Untick the interpreter, or choose how this person took part")
            }
            if language.isEmpty { errors.add("interpreter_language", "Enter the language the interpreter used") }
            if language.count > 60 { errors.add("interpreter_language", "Use 60 characters or fewer") }
        }
        guard errors.isEmpty, let presence else { return .failure(FieldErrorsBox(errors)) }
        return .success(Attendance(presence: presence, interpreterLanguage: withInterpreter ? language : nil))
    }
}
