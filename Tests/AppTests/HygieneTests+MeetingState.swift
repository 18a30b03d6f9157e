import Foundation
import Testing

@testable import RoundtableCore

/// What a meeting's state allows is decided once, by `MeetingLifecycle` in Core. A state
/// compared anywhere else is a second answer that can drift from the table in
/// `MeetingLifecycleTests`. Agenda items' `runState` is not the meeting's state: Core's
/// `AgendaRun` owns its rules, and App only looks up which item is current.
extension HygieneTests {
    static var meetingStateCases: String { MeetingState.allCases.map { "\($0)" }.joined(separator: "|") }

    /// The forms the checks took before they moved to Core.
    static var meetingStateComparisons: [NSRegularExpression] {
        [
            // meeting.state == .draft, resolved.2.state != .cancelled
            #"\bstate\s*[!=]=\s*\.("# + meetingStateCases + #")\b"#,
            // .closed == meeting.state
            #"\.("# + meetingStateCases + #")\s*[!=]=\s*[\w.$]*\bstate\b"#,
            // switch meeting.state {
            #"\bswitch\s+[\w.$]*\bstate\s*\{"#,
            // [.recordShared, .followedUp].contains(meeting.state), .contains(\.state)
            #"contains\(\s*[\\\w.$]*\bstate\b"#,
            // .filter(\.$state == .inProgress), \.$state ~~ [.closed, .recordShared]: lists come from Core
            #"\\\.\$state\s*(==|!=|~~|!~)(?!\s*MeetingLifecycle\.)"#,
            // [.inProgress, .closed]: a hand-written list of states
            #"\[\s*\.("# + meetingStateCases + #")\s*,\s*\.("# + meetingStateCases + #")\b"#,
        ].map { try! NSRegularExpression(pattern: $0) }
    }

    static func comparesMeetingState(_ line: String) -> Bool {
        let range = NSRange(line.startIndex..., in: line)
        return meetingStateComparisons.contains { $0.firstMatch(in: line, range: range) != nil }
    }

    @Test("The scanner finds the state comparisons App used to make, and passes what it should")
    func meetingStateScanner() {
        let before = [
            "guard context.meeting.state == .draft else {",
            "guard context.meeting.state != .cancelled else { throw AppError.notFound }",
            "guard resolved.2.state == .shared || resolved.2.state == .ready else { throw LinkStop.gone }",
            "} else if state != .inProgress {",
            "        switch meeting.state {",
            "guard [.recordShared, .followedUp].contains(meeting.state) else { return nil }",
            "[.inProgress, .closed, .recordShared, .followedUp].contains(meeting.state)",
            "meetings.filter { [.closed].contains(\\.state) }",
            ".filter(\\.$state != .cancelled).filter(\\.$startsAt != nil)",
            ".filter(\\.$state ~~ [.closed, .recordShared])",
        ]
        for line in before { #expect(Self.comparesMeetingState(line), "\(line)") }
        let fine = [
            "guard context.meeting.lifecycle.allows(.share) else {",
            "items.first { $0.runState == .current }",
            "if runItem.state == .current && item.runState != .current { item.startedAt = now }",
            ".filter(\\.$runState == .current).first()",
            ".filter(\\.$state !~ MeetingLifecycle.states(where: \\.isCancelled))",
            "entry.effectiveLabel == .shared ? .staffOnly : .shared",
        ]
        for line in fine { #expect(!Self.comparesMeetingState(line), "\(line)") }
    }

    @Test("Outside Core, no source file compares a meeting's state: it asks MeetingLifecycle")
    func noMeetingStateComparisons() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("RoundtableCore/") }
        #expect(files.count > 100)
        #expect(files.contains("RoundtableViews/Meetings/MeetingPage.swift"))
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where Self.comparesMeetingState(String(line)) {
                Issue.record("\(file):\(number + 1) compares a meeting's state; ask meeting.lifecycle: \(line)")
            }
        }
    }
}
