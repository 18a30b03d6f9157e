import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension InsightPage {
    /// Whose figures: the school asked for (else the viewer's own, else the whole organisation
    /// for an administrator), or "not found" when the viewer may not read them (Core's
    /// `viewInsight` rules). Returns the schools counted and the one shown, if one.
    static func scope(
        for staff: StaffContext, requested: UUID?, on db: any SQLDatabase
    ) async throws -> (schools: [UUID], school: SchoolRow?, places: [Place]) {
        let organisationID = try staff.organisation.requireID()
        let mayReadAll = AccessPolicy.allows(staff.actor, .viewOrganisationInsight(organisationID: organisationID))
        let all = mayReadAll ? try await SchoolRow.all(in: organisationID, on: db) : []
        // Only places the viewer may open: an organisation governor sees the whole only.
        let places =
            mayReadAll
            ? [Place(id: nil, name: "Whole organisation")]
                + all.filter { AccessPolicy.allows(staff.actor, .viewInsight($0.ref)) }.map {
                    Place(id: $0.schoolID, name: $0.name)
                } : []
        guard let id = requested ?? staff.user.$school.id else {
            guard mayReadAll else { throw AppError.notFound }
            return (all.map(\.id), nil, places)
        }
        let school: SchoolRow? =
            if let own = staff.school, own.id == id { try SchoolRow(own) } else {
                try await SchoolRow.find(id, in: organisationID, on: db)
            }
        guard let school, AccessPolicy.allows(staff.actor, .viewInsight(school.ref)) else { throw AppError.notFound }
        return ([school.id], school, places)
    }

    /// What the page shows: the period asked for (the one under way by default), its figures
    /// counted by Core and suppressed there, and links to the periods either side.
    static func read(
        for staff: StaffContext, query: InsightQuery, now: Date, timeZone: TimeZone, recountInterval: TimeInterval,
        on db: any SQLDatabase
    ) async throws -> (page: InsightPage, report: InsightReport?) {
        let (schools, school, places) = try await scope(for: staff, requested: query.school, on: db)
        let today = SchoolDay(now, in: timeZone)
        // One kind of period per place (Core says which and why): a school's terms, the
        // organisation's school years. Anything else asked for in the address is not offered.
        let offered = InsightPeriod.offered(forOrganisation: school == nil)
        let kind = query.period.flatMap { offered.contains($0) ? $0 : nil } ?? offered[0]
        var terms: [SchoolTerm] = []
        if let school { terms = try await SchoolTermsPage.terms(of: school.id, on: db).map(\.term) }
        let day = min(query.day ?? today, today)
        let place = Place(id: school?.schoolID, name: school?.name ?? "Whole organisation")
        let termDates: SiteRoute? =
            if let school, AccessPolicy.allows(staff.actor, .manageSchoolSettings(school.ref)) {
                .schoolTerms(school: school.schoolID)
            } else { nil }
        guard let period = InsightPeriod.chosen(kind: kind, day: day, terms: terms) else {
            let page = InsightPage(
                place: place, places: places, kind: kind, day: nil, periodLabel: nil, termDates: termDates, report: nil)
            return (page, nil)
        }
        // Stored figures (`InsightReports`): one row, counted again on a schedule.
        let stored = try await InsightReports.report(
            organisation: try staff.organisation.requireID(), school: school?.id, schools: schools, period: period,
            now: now, timeZone: timeZone, on: db)
        let report = stored?.report
        let settling = InsightRecount.stillSettling(periodEnd: period.days.upperBound, today: today)
        let counted = stored.map {
            InsightPage.Counted(at: $0.countedAt, everyMinutes: settling ? Int(recountInterval / 60) : nil)
        }
        let page = InsightPage(
            place: place, places: places, kind: kind, day: period.days.lowerBound,
            periodLabel: period.heading,
            previousDay: period.previousDay(terms: terms), nextDay: period.nextDay(terms: terms, today: today),
            termDates: termDates, report: report, counted: counted, beingCounted: stored == nil, only: query.only)
        return (page, report)
    }
}
