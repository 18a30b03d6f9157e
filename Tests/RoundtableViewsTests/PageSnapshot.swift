import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Draws pages from fixed view models in a fixed render context, so their HTML is the same
/// on every machine and every run.
enum PageSnapshot {
    /// Thursday 3 December 2026, 09:00 UTC: a school morning.
    static let now = Date(timeIntervalSince1970: 1_796_374_800)
    static let london = TimeZone(identifier: "Europe/London")!
    static let staffFrame = StaffFrame(
        name: "Ms Amina Patel", roleLabel: "Head of year", siteName: "Larkfield Academy",
        areas: [.home, .meetings, .students])

    static func context(staff: StaffFrame? = staffFrame) -> RenderContext {
        RenderContext(
            csrfToken: "test-form-token", timeZone: london, now: now, frame: staff,
            assets: AssetVersions(stylesheet: "css1", voiceScript: "js1", liveScript: "js2"))
    }

    /// The whole page, one element per line, so a snapshot diff shows what changed.
    static func html(_ page: any HTMLPage, staff: StaffFrame? = staffFrame) -> String {
        PageShell.render(page, in: context(staff: staff)).replacingOccurrences(of: "><", with: ">\n<")
    }
}

/// On CI (`CI` set) nothing is ever written: a missing or changed snapshot fails. Locally the
/// library's default applies (a missing snapshot is written, and its test fails once), and
/// `SNAPSHOT_TESTING_RECORD=failed` rewrites the ones that changed. Same rule as AppTests.
let snapshotRecording: SnapshotTestingConfiguration.Record? = {
    let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? ""
    return ["", "0", "false", "no"].contains(value) ? nil : .never
}()
