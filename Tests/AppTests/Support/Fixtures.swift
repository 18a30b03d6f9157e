import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Two organisations side by side, so every test can check that nothing crosses over.
///
/// Oak Trust (the installed one) has Oak Primary and Oak Secondary; Elm District has Elm
/// High. Everyone's password is `Fixtures.password`.
struct Fixtures {
    static let password = "Lantern-Harbour-Meadow-7"

    var oak: Organisation
    var elm: Organisation
    var oakPrimary: School
    var oakSecondary: School
    var elmHigh: School
    var oakAdmin: User
    var primaryLeader: User
    var primaryStaff: User
    var secondaryLeader: User
    var secondaryStaff: User
    var elmAdmin: User
    var elmLeader: User

    static func make(on app: Application) async throws -> Fixtures {
        let db = app.db
        let hash = try app.roundtable.passwords.hash(password)
        func org(_ name: String) async throws -> Organisation {
            let organisation = Organisation(name: name)
            try await organisation.create(on: db)
            return organisation
        }
        func school(_ name: String, _ organisation: Organisation) async throws -> School {
            let school = School(organisationID: organisation.id!, name: name)
            try await school.create(on: db)
            return school
        }
        func user(
            _ name: String, _ email: String, _ role: StaffRole, _ organisation: Organisation, _ school: School?
        )
            async throws -> User
        {
            let user = User(
                organisationID: organisation.id!, schoolID: school?.id, name: name, email: EmailAddress(email)!,
                passwordHash: hash, role: role)
            try await user.create(on: db)
            return user
        }
        let oak = try await org("Oak Trust")
        let elm = try await org("Elm District")
        let oakPrimary = try await school("Oak Primary", oak)
        let oakSecondary = try await school("Oak Secondary", oak)
        let elmHigh = try await school("Elm High", elm)
        try await Installation(organisationID: oak.id!, completedAt: Date()).create(on: db)
        return Fixtures(
            oak: oak, elm: elm, oakPrimary: oakPrimary, oakSecondary: oakSecondary, elmHigh: elmHigh,
            oakAdmin: try await user("Olive Admin", "olive@oak.example", .organisationAdmin, oak, nil),
            primaryLeader: try await user("Priya Leader", "priya@oak.example", .schoolLeader, oak, oakPrimary),
            primaryStaff: try await user("Pat Staff", "pat@oak.example", .staff, oak, oakPrimary),
            secondaryLeader: try await user("Sam Leader", "sam@oak.example", .schoolLeader, oak, oakSecondary),
            secondaryStaff: try await user("Sol Staff", "sol@oak.example", .staff, oak, oakSecondary),
            elmAdmin: try await user("Eve Admin", "eve@elm.example", .organisationAdmin, elm, nil),
            elmLeader: try await user("Ezra Leader", "ezra@elm.example", .schoolLeader, elm, elmHigh))
    }

    var everyone: [User] {
        [oakAdmin, primaryLeader, primaryStaff, secondaryLeader, secondaryStaff, elmAdmin, elmLeader]
    }
}

extension Fixtures {
    /// A governor of Oak Primary (or, with no school, of the whole of Oak Trust) who can sign in.
    func governor(school: School? = nil, on app: Application) async throws -> User {
        let ofSchool = school != nil
        let user = User(
            organisationID: oak.id!, schoolID: school?.id, name: ofSchool ? "Gwen Hartley" : "Ravi Menon",
            email: EmailAddress(ofSchool ? "governor@oak.example" : "trustee@oak.example")!,
            passwordHash: try app.roundtable.passwords.hash(Fixtures.password),
            role: ofSchool ? .governor : .organisationGovernor)
        try await user.create(on: app.db)
        return user
    }
}

extension TestBrowser {
    /// Signs in as the user and checks that it worked.
    @discardableResult
    func signIn(_ user: User, password: String = Fixtures.password) async throws -> TestingHTTPResponse {
        let response = try await submit("/sign-in", ["email": user.email, "password": password])
        guard response.status == .seeOther, cookies[StaffSessionMiddleware.cookieName] != nil else {
            throw SignInFailed(status: response.status.code)
        }
        return response
    }
}

struct SignInFailed: Error {
    var status: UInt
}

extension StaffContext {
    /// The context a signed-in request would have for `user`, for calling services directly.
    static func of(_ user: User, on db: any Database) async throws -> StaffContext {
        let organisation = try #require(try await Organisation.find(user.$organisation.id, on: db))
        let school = try await user.$school.id.asyncMap { try await School.find($0, on: db) } ?? nil
        return StaffContext(user: user, session: nil, organisation: organisation, school: school)
    }
}
