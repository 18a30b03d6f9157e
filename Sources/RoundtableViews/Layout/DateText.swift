import Foundation
import RoundtableCore

/// Dates and times as pages show them. On a page the school's time zone and "now" come
/// from the render context; emails and other texts made outside a page pass them in.
public enum DateText {
    public static func dateTime(_ date: Date) -> String { dateTime(date, timeZone: RenderContext.current.timeZone) }

    public static func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .abbreviated, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }

    /// A date of birth with the age: "4 March 2014 (12 years old)". Birthdays are calendar
    /// dates, so they are read in UTC, as stored.
    /// A date of birth alone, short enough for a table: "3 May 2014".
    public static func birthDate(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .abbreviated, time: .omitted, locale: Locale(identifier: "en_GB"),
                timeZone: TimeZone(identifier: "UTC")!))
    }

    public static func birthday(_ date: Date, now: Date = RenderContext.current.now) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let age = calendar.dateComponents([.year], from: date, to: now).year ?? 0
        let text = date.formatted(
            Date.FormatStyle(
                date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: calendar.timeZone))
        return "\(text) (\(age) years old)"
    }

    /// A calendar day stored as midnight UTC (a consent date), read as that same day.
    public static func day(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: TimeZone(identifier: "UTC")!
            ))
    }

    public static func date(_ date: Date) -> String { Self.date(date, timeZone: RenderContext.current.timeZone) }

    public static func date(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(
            Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }
}

extension DateText {
    /// "14:05": a time of day in the school's time zone.
    public static func time(_ date: Date) -> String { time(date, timeZone: RenderContext.current.timeZone) }

    public static func time(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(
            Date.FormatStyle(date: .omitted, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }
}

extension DateText {
    /// "5 Dec 2026": a day short enough for a chart's axis, in the school's time zone.
    public static func short(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .abbreviated, time: .omitted, locale: Locale(identifier: "en_GB"),
                timeZone: RenderContext.current.timeZone))
    }
}
