import Foundation

/// The plan of a meeting as typed into the planner, checked. A draft may leave the date
/// open; everything it does say must make sense.
public struct MeetingPlanForm: Sendable, Equatable {
    public var purpose = ""
    public var requestedBy = RequestedBy.school.rawValue
    public var urgency = Urgency.routine.rawValue
    public var format = MeetingFormat.inPerson.rawValue
    public var videoLink = ""
    public var fallbackPlan = ""
    /// `2026-12-03`, as a date input sends it (or day first, as people type it).
    public var date = ""
    /// `16:30`.
    public var startTime = ""
    public var lengthMinutes = ""
    public var groundRules = ""
    public var viewsPlan = ""
    public var inclusionNotes = ""
    public var difficultNotes = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var purpose: String
        public var requestedBy: RequestedBy
        public var urgency: Urgency
        public var format: MeetingFormat
        public var videoLink: String?
        public var fallbackPlan: String?
        public var startsAt: Date?
        public var lengthMinutes: Int
        public var groundRules: [String]
        public var viewsPlan: String?
        public var inclusionNotes: String?
        public var difficultNotes: String?
    }

    public static let lengthRange = 10...180

    public func check(now: Date, timeZone: TimeZone) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let purpose = self.purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        if purpose.isEmpty {
            errors.add("purpose", "Say in a sentence or two why you are meeting. Everyone invited will read it.")
        } else if purpose.count > 600 {
            errors.add("purpose", "Use 600 characters or fewer")
        }
        let requestedBy = RequestedBy(rawValue: self.requestedBy)
        if requestedBy == nil { errors.add("requested_by", "Choose who asked for the meeting") }
        let urgency = Urgency(rawValue: self.urgency)
        if urgency == nil { errors.add("urgency", "Choose how soon the meeting needs to happen") }
        let format = MeetingFormat(rawValue: self.format)
        if format == nil { errors.add("format", "Choose how people will meet") }
        let link = videoLink.trimmingCharacters(in: .whitespaces)
        let fallback = fallbackPlan.trimmingCharacters(in: .whitespacesAndNewlines)
        if let format, format.needsLink {
            if link.isEmpty {
                errors.add("video_link", "Enter the link people will use to join the call")
            } else if !Self.isWebLink(link) {
                errors.add("video_link", "Enter the whole link, starting with https://")
            }
            if fallback.isEmpty {
                errors.add(
                    "fallback_plan", "Say what happens if the call does not work, for example “we will phone you”")
            }
        } else if !link.isEmpty && !Self.isWebLink(link) {
            errors.add("video_link", "Enter the whole link, starting with https://")
        }

        var startsAt: Date?
        let dateText = date.trimmingCharacters(in: .whitespaces)
        let timeText = startTime.trimmingCharacters(in: .whitespaces)
        if !dateText.isEmpty || !timeText.isEmpty {
            let day = StudentForm.parseDate(dateText)
            let time = Self.parseTime(timeText)
            if day == nil { errors.add("date", "Enter the date as day, month and year, like 3/12/2026") }
            if time == nil { errors.add("start_time", "Enter the start time on the 24-hour clock, like 15:30") }
            if let day, let time {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = timeZone
                let parts = Calendar.gregorianUTC.dateComponents([.year, .month, .day], from: day)
                let start = calendar.date(
                    from: DateComponents(
                        year: parts.year, month: parts.month, day: parts.day, hour: time.hour, minute: time.minute))
                if let start, start < now {
                    errors.add("date", "Choose a date and time that have not passed yet")
                } else {
                    startsAt = start
                }
            }
        }
        let length = Int(lengthMinutes.trimmingCharacters(in: .whitespaces))
        if length == nil || !Self.lengthRange.contains(length!) {
            errors.add("length_minutes", "Enter the length in minutes, from 10 to 180")
        }
        for (field, text) in [
            ("ground_rules", groundRules), ("views_plan", viewsPlan), ("inclusion_notes", inclusionNotes),
            ("difficult_notes", difficultNotes), ("fallback_plan", fallbackPlan),
        ] where text.count > 2000 {
            errors.add(field, "Use 2000 characters or fewer")
        }
        guard errors.isEmpty, let requestedBy, let urgency, let format, let length else {
            return .failure(FieldErrorsBox(errors))
        }
        func optional(_ text: String) -> String? {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        return .success(
            Checked(
                purpose: purpose, requestedBy: requestedBy, urgency: urgency, format: format,
                videoLink: optional(link), fallbackPlan: optional(fallback), startsAt: startsAt,
                lengthMinutes: length,
                groundRules: groundRules.split(whereSeparator: \.isNewline).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty },
                viewsPlan: optional(viewsPlan), inclusionNotes: optional(inclusionNotes),
                difficultNotes: optional(difficultNotes)))
    }

    static func isWebLink(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host else {
            return false
        }
        return (scheme == "https" || scheme == "http") && host.contains(".") && !text.contains(" ")
    }

    /// `15:30`, `9:05`, `15.30`.
    public static func parseTime(_ text: String) -> (hour: Int, minute: Int)? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." }).map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1], (0...23).contains(hour),
            (0...59).contains(minute)
        else { return nil }
        return (hour, minute)
    }
}

/// One agenda item as typed.
public struct AgendaItemForm: Sendable, Equatable {
    public var title = ""
    public var minutes = ""
    public var notes = ""

    public init(title: String = "", minutes: String = "", notes: String = "") {
        self.title = title
        self.minutes = minutes
        self.notes = notes
    }

    public struct Checked: Sendable, Equatable {
        public var title: String
        public var minutes: Int
        public var notes: String?

        public init(title: String, minutes: Int, notes: String?) {
            self.title = title
            self.minutes = minutes
            self.notes = notes
        }
    }

    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let title = Text.clean(self.title)
        if title.isEmpty { errors.add("title", "Enter what the item is about") }
        if title.count > 200 { errors.add("title", "Use 200 characters or fewer") }
        let minutes = Int(self.minutes.trimmingCharacters(in: .whitespaces))
        if minutes == nil || !(1...120).contains(minutes!) {
            errors.add("minutes", "Enter the minutes for this item, from 1 to 120")
        }
        let notes = self.notes.trimmingCharacters(in: .whitespacesAndNewlines)
        if notes.count > 1000 { errors.add("notes", "Use 1000 characters or fewer") }
        guard errors.isEmpty, let minutes else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(title: title, minutes: minutes, notes: notes.isEmpty ? nil : notes))
    }
}
