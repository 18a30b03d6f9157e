import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The pages before and around signing in, and the error page.
@Suite(.snapshots(record: snapshotRecording))
struct AccountPageSnapshotTests {
    @Test func signIn() {
        assertSnapshot(of: PageSnapshot.html(SignInPage(next: "/meetings"), staff: nil), as: .lines)
    }

    @Test func signInRefusedKeepsTheEmail() {
        var errors = FieldErrors()
        errors.add("password", "The email address or password is not right.")
        let page = SignInPage(email: "amina.patel@larkfield.example", notice: .signedOut, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines)
    }

    @Test func setupFromTheNetworkAsksForTheCode() {
        var errors = FieldErrors()
        errors.add("setup_code", "Enter the setup code from the server's log.")
        let page = SetupPage(
            input: .init(organisationName: "Northfield Trust", schoolName: "Larkfield Academy", adminName: "Jo Reid"),
            errors: errors, needsCode: true)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines)
    }

    @Test func choosingAFirstPassword() {
        let page = SetPasswordPage(
            token: "welcome-token", personName: "Sam Okafor", email: "sam.okafor@larkfield.example", isReset: false,
            organisationName: "Northfield Trust")
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines)
    }

    @Test func choosingANewPasswordThatIsTooCommon() {
        var errors = FieldErrors()
        errors.add("password", "This password is one of the most common. Choose another.")
        let page = SetPasswordPage(
            token: "reset-token", personName: "Sam Okafor", email: "sam.okafor@larkfield.example", isReset: true,
            organisationName: "Northfield Trust", errors: errors)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines)
    }

    @Test func linkNoLongerWorks() {
        assertSnapshot(of: PageSnapshot.html(LinkNotValidPage(), staff: nil), as: .lines)
    }

    @Test func unexpectedErrorShowsOnlyAReference() {
        let page = ErrorPage(
            title: "Something went wrong", message: "Please try again in a moment.", reference: "req-4f2a")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
