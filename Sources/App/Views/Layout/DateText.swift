import Foundation
import RoundtableCore

/// Dates and times as pages show them, in the school's time zone.
enum DateText {
    /// The school's time zone, from the same configuration the server started with.
    static let timeZone =
        (try? AppConfiguration.parse(ProcessInfo.processInfo.environment).timeZone) ?? .current

    static func dateTime(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .abbreviated, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }

    /// A date of birth with the age: "4 March 2014 (12 years old)". Birthdays are calendar
    /// dates, so they are read in UTC, as stored.
    static func birthday(_ date: Date, now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let age = calendar.dateComponents([.year], from: date, to: now).year ?? 0
        let text = date.formatted(
            Date.FormatStyle(
                date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: calendar.timeZone))
        return "\(text) (\(age) years old)"
    }

    /// A calendar day stored as midnight UTC (a consent date), read as that same day.
    static func day(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: TimeZone(identifier: "UTC")!
            ))
    }

    static func date(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }
}

extension DateText {
    /// "14:05": a time of day in the school's time zone.
    static func time(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(date: .omitted, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }
}
