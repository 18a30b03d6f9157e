import Foundation

extension InvitationCheck {
    /// What the plan now says, for `staleDetails`.
    public struct PlanNow: Sendable, Equatable {
        public var startsAt: Date
        public var lengthMinutes: Int
        /// The room's name now, if any.
        public var placeName: String?
        /// The school's other rooms: a letter naming one of them names the wrong place.
        public var otherPlaces: [String]
        public var timeZone: TimeZone

        public init(
            startsAt: Date, lengthMinutes: Int, placeName: String? = nil, otherPlaces: [String] = [],
            timeZone: TimeZone
        ) {
            self.startsAt = startsAt
            self.lengthMinutes = lengthMinutes
            self.placeName = placeName
            self.otherPlaces = otherPlaces
            self.timeZone = timeZone
        }
    }

    /// The times, dates, weekdays and rooms a letter states that the plan no longer says: after
    /// the time or place changed, "15:45" or "3:45 pm" in a letter for a meeting now at 4:30 pm.
    /// A time is right if it is the start or the end; a date if it is the meeting's day. Each
    /// stale mention once, as the letter writes it, in the order it appears.
    public static func staleDetails(in letter: String, plan: PlanNow) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = plan.timeZone
        let start = calendar.dateComponents([.hour, .minute, .day, .month, .weekday], from: plan.startsAt)
        let end = calendar.dateComponents(
            [.hour, .minute], from: plan.startsAt.addingTimeInterval(TimeInterval(plan.lengthMinutes * 60)))
        let rightTimes: Set<Int> = [
            (start.hour ?? 0) * 60 + (start.minute ?? 0), (end.hour ?? 0) * 60 + (end.minute ?? 0),
        ]
        var found: [(at: String.Index, text: String)] = []
        for match in letter.matches(of: timePattern) {
            let (whole, before, hourText, minuteText, meridiem) = match.output
            guard before.isEmpty, var hour = Int(hourText) else { continue }
            let text = whole.trimmingCharacters(in: .whitespaces)
            let minute = minuteText.flatMap { Int($0) } ?? 0
            let candidates: [Int]
            if let meridiem {
                guard (1...12).contains(hour) else { continue }
                let pm = meridiem.lowercased().hasPrefix("p")
                hour = hour % 12 + (pm ? 12 : 0)
                candidates = [hour * 60 + minute]
            } else {
                // "4.30" could be morning or afternoon; right if either is.
                guard minuteText != nil, hour < 24 else { continue }
                candidates = hour <= 12 ? [hour * 60 + minute, (hour % 12 + 12) * 60 + minute] : [hour * 60 + minute]
            }
            if rightTimes.isDisjoint(with: candidates) { found.append((match.range.lowerBound, String(text))) }
        }
        for match in letter.matches(of: dayMonthPattern) {
            let (text, dayText, monthText) = match.output
            if let day = Int(dayText), let month = monthNumber(monthText), day != start.day || month != start.month {
                found.append((match.range.lowerBound, String(text)))
            }
        }
        for match in letter.matches(of: monthDayPattern) {
            let (text, monthText, dayText) = match.output
            if let day = Int(dayText), let month = monthNumber(monthText), day != start.day || month != start.month {
                found.append((match.range.lowerBound, String(text)))
            }
        }
        for match in letter.matches(of: weekdayPattern) {
            let name = match.output.1.lowercased()
            if let index = weekdays.firstIndex(of: name), index + 1 != start.weekday {
                found.append((match.range.lowerBound, String(match.output.0)))
            }
        }
        let lower = letter.lowercased()
        for place in plan.otherPlaces where place != plan.placeName && place.count >= 3 {
            if let range = lower.range(of: place.lowercased()) {
                // Not when the right room's name contains it ("Room 1" inside "Room 14").
                let right = plan.placeName.map { lower.range(of: $0.lowercased()) } ?? nil
                if let right, right.contains(range.lowerBound) { continue }
                found.append((range.lowerBound, String(letter[range])))
            }
        }
        var seen: Set<String> = []
        return found.sorted { $0.at < $1.at }.map(\.text).filter { seen.insert($0.lowercased()).inserted }
    }

    // "15:45", "3:45 pm", "3.45pm", "4 pm"; not a price ("£1.50") or part of a longer number.
    // Swift's regexes have no lookbehind: the character before is captured and checked instead.
    static var timePattern: Regex<(Substring, Substring, Substring, Substring?, Substring?)> {
        #/
        ([\d£$€.:,]??)
        ([01]?\d|2[0-3]) (?:[:.]([0-5]\d))? \s? ([ap](?:\.m\.|m))?
        (?![\d:])
        /#.ignoresCase()
    }

    static var dayMonthPattern: Regex<(Substring, Substring, Substring)> {
        #/
        \b(\d{1,2}) (?:st|nd|rd|th)? \s+ (?:of\s+)?
        (January|February|March|April|May|June|July|August|September|October|November|December
        |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b
        /#.ignoresCase()
    }

    static var monthDayPattern: Regex<(Substring, Substring, Substring)> {
        #/
        \b(January|February|March|April|May|June|July|August|September|October|November|December)
        \s+ (\d{1,2}) (?:st|nd|rd|th)?\b
        /#.ignoresCase()
    }

    static var weekdayPattern: Regex<(Substring, Substring)> {
        #/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/#.ignoresCase()
    }

    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    static func monthNumber(_ name: Substring) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: String(name.prefix(3)).lowercased()).map { $0 + 1 }
    }
}
