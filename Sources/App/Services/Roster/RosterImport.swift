import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Applies a checked roster to one school: students, their families, staff, and who works
/// with whom. One transaction: everything or nothing. Importing the same files again changes
/// nothing; `tobedeleted` switches people off and never deletes them.
enum RosterImport {
    struct Counts: Codable, Sendable, Equatable {
        var created = 0
        var updated = 0
        var unchanged = 0
        var deactivated = 0

        var isEmpty: Bool { created + updated + unchanged + deactivated == 0 }
    }

    struct Summary: Codable, Sendable {
        var school: String
        var rosterSchool: String
        var applied: Bool
        var dryRun: Bool
        var students = Counts()
        var familyMembers = Counts()
        var staff = Counts()
        var familyLinks = Counts()
        var staffLinks = Counts()
        /// Staff in the roster without an email address: no account can be made for them.
        var staffWithoutEmail = 0
        var problems: [RosterProblem] = []
        var problemCount = 0
        /// Rows imported differently from what they say, and people switched off. Optional so
        /// that summaries stored before it existed still read.
        var notes: [RosterProblem]? = nil
        /// The roster was a delta export, applied on top of what was imported before.
        var delta: Bool? = nil

        mutating func note(_ note: RosterProblem) {
            var all = notes ?? []
            if all.count < OneRosterReader.problemLimit { all.append(note) }
            notes = all
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case chooseRosterSchool([Roster.Org])
        case unknownRosterSchool(String)
        case deltaBeforeImport

        var description: String {
            switch self {
            case .chooseRosterSchool(let schools):
                "The roster has \(schools.count) schools; choose one with --roster-school: "
                    + schools.map { "\($0.sourcedID) (\($0.name))" }.joined(separator: ", ")
            case .unknownRosterSchool(let id): "The roster has no school with sourcedId \(id)"
            case .deltaBeforeImport:
                "This is a delta export: it only holds what changed. Import a full export into this school first."
            }
        }
    }

    /// Thrown inside the transaction to undo a dry run after counting everything.
    private struct RollBack: Error { var summary: Summary }

    static func run(
        _ roster: Roster, into school: School, rosterSchool chosen: String?, skipInvalid: Bool, dryRun: Bool,
        context: AuditContext, on db: any Database, now: Date,
        progress: @escaping @Sendable (String) async -> Void = { _ in }
    ) async throws -> Summary {
        let rosterSchool = try pickRosterSchool(roster, school: school, chosen: chosen)
        let initial = Summary(
            school: school.name, rosterSchool: rosterSchool.sourcedID, applied: false, dryRun: dryRun,
            problems: roster.problems, problemCount: roster.problemCount,
            notes: roster.warnings.isEmpty ? nil : roster.warnings, delta: roster.isDelta ? true : nil)
        guard roster.problemCount == 0 || skipInvalid else { return initial }

        do {
            return try await db.transaction { db in
                var summary = initial
                var applier = try Applier(
                    roster: roster, school: school, rosterSchool: rosterSchool.sourcedID, now: now, sql: db.sql(),
                    progress: progress)
                try await applier.apply(into: &summary)
                if school.sourcedID == nil {
                    school.sourcedID = rosterSchool.sourcedID
                    try await school.save(on: db)
                }
                if dryRun { throw RollBack(summary: summary) }
                summary.applied = true
                try await AuditLog.record(
                    .rosterImported, on: db, context: context, schoolID: school.id,
                    organisationID: school.$organisation.id, subjectType: "school", subjectID: school.id,
                    summary: "Students: \(summary.students.created) new, \(summary.students.updated) changed, "
                        + "\(summary.students.deactivated) switched off; family members: "
                        + "\(summary.familyMembers.created) new, \(summary.familyMembers.updated) changed",
                    at: now)
                return summary
            }
        } catch let rollBack as RollBack {
            return rollBack.summary
        }
    }

    private static func pickRosterSchool(_ roster: Roster, school: School, chosen: String?) throws -> Roster.Org {
        let schools = roster.schools
        // A delta without orgs.csv applies to the school it was imported into before.
        if roster.isDelta && schools.isEmpty {
            guard let known = chosen ?? school.sourcedID else { throw Failure.deltaBeforeImport }
            return Roster.Org(sourcedID: known, name: school.name, type: "school")
        }
        if let chosen {
            guard let org = schools.first(where: { $0.sourcedID == chosen }) else {
                throw Failure.unknownRosterSchool(chosen)
            }
            return org
        }
        if let known = school.sourcedID, let org = schools.first(where: { $0.sourcedID == known }) { return org }
        if schools.count == 1 { return schools[0] }
        if let named = schools.first(where: { $0.name.caseInsensitiveCompare(school.name) == .orderedSame }) {
            return named
        }
        throw Failure.chooseRosterSchool(schools)
    }
}
