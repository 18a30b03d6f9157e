import Foundation

/// A student's recorded details as typed into the form, checked.
public struct StudentForm: Sendable, Equatable {
    public var givenName = ""
    public var familyName = ""
    public var preferredName = ""
    /// As a date input sends it (2014-05-03), or as people type it (3/5/2014, day first).
    public var dateOfBirth = ""
    public var yearGroup = ""
    /// The form (tutor group), like "7A".
    public var formGroup = ""
    public var mainLanguage = ""
    public var otherLanguage = ""
    public var specialNeeds = false
    public var disadvantaged = false
    public var additionalLanguage = false
    public var whatHelpsMe = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var givenName: String
        public var familyName: String
        public var preferredName: String?
        public var dateOfBirth: Date?
        public var yearGroup: Int
        public var formGroup: String?
        public var homeLanguages: [String]
        public var specialNeeds: Bool
        public var disadvantaged: Bool
        public var additionalLanguage: Bool
        public var whatHelpsMe: String?
    }

    /// Years a school might call its classes: reception (0) to the last year of school.
    public static let yearRange = 0...14

    /// The checked values, or the problems in the order the fields appear. `today` bounds
    /// the date of birth.
    public func check(today: Date) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let given = Text.clean(givenName)
        let family = Text.clean(familyName)
        let preferred = Text.clean(preferredName)
        if given.isEmpty { errors.add("given_name", "Enter the student's first name") }
        if given.count > 100 { errors.add("given_name", "Use 100 characters or fewer") }
        if family.isEmpty { errors.add("family_name", "Enter the student's last name") }
        if family.count > 100 { errors.add("family_name", "Use 100 characters or fewer") }
        if preferred.count > 100 { errors.add("preferred_name", "Use 100 characters or fewer") }

        var birthday: Date?
        if !dateOfBirth.trimmingCharacters(in: .whitespaces).isEmpty {
            if let date = Self.parseDate(dateOfBirth) {
                let earliest = Calendar.gregorianUTC.date(byAdding: .year, value: -25, to: today)!
                if date > today {
                    errors.add("date_of_birth", "Enter a date of birth in the past")
                } else if date < earliest {
                    errors.add("date_of_birth", "Enter a date of birth within the last 25 years")
                } else {
                    birthday = date
                }
            } else {
                errors.add("date_of_birth", "Enter the date of birth as day, month and year, like 3/5/2014")
            }
        }
        let year = Int(yearGroup.trimmingCharacters(in: .whitespaces))
        if year == nil || !Self.yearRange.contains(year!) {
            errors.add("year_group", "Enter the year group as a number from 0 to 14")
        }
        let form = Text.clean(formGroup)
        if form.count > 20 { errors.add("form_group", "Use 20 characters or fewer, like 7A") }
        if mainLanguage.isEmpty && !otherLanguage.isEmpty {
            errors.add("main_language", "Choose the main language first")
        }
        let helps = whatHelpsMe.trimmingCharacters(in: .whitespacesAndNewlines)
        if helps.count > 1000 { errors.add("what_helps_me", "Use 1000 characters or fewer") }
        guard errors.isEmpty, let year else { return .failure(FieldErrorsBox(errors)) }
        var languages: [String] = []
        for code in [mainLanguage, otherLanguage] where !code.isEmpty && !languages.contains(code) {
            languages.append(code)
        }
        return .success(
            Checked(
                givenName: given, familyName: family, preferredName: preferred.isEmpty ? nil : preferred,
                dateOfBirth: birthday, yearGroup: year, formGroup: form.isEmpty ? nil : form,
                homeLanguages: languages, specialNeeds: specialNeeds,
                disadvantaged: disadvantaged, additionalLanguage: additionalLanguage,
                whatHelpsMe: helps.isEmpty ? nil : helps))
    }

    /// `2014-05-03` (what a date input sends) or `3/5/2014`, `3.5.2014`, `3-5-2014` (day
    /// first, as schools in most of the world write it). Midnight UTC of that day.
    public static func parseDate(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            .map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let (year, month, day) = a > 31 ? (a, b, c) : (c, b, a)
        guard year >= 1900, (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Calendar.gregorianUTC.date(from: components),
            Calendar.gregorianUTC.component(.day, from: date) == day
        else { return nil }
        return date
    }

    /// The value to put back in a date input.
    public static func inputValue(_ date: Date?) -> String {
        guard let date else { return "" }
        let parts = Calendar.gregorianUTC.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

extension Calendar {
    /// Dates of birth and consent are days, not instants: kept as midnight UTC.
    public static let gregorianUTC: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

/// Text as people type it into one-line fields.
public enum Text {
    /// Trimmed, with runs of spaces (and stray tabs or line breaks) made one space and
    /// control characters dropped; see `SingleLine`.
    public static func clean(_ text: String) -> String {
        SingleLine.clean(text)
    }
}
