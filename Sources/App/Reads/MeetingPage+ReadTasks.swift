import Foundation
import RoundtableCore
import RoundtableViews

extension MeetingPage {
    /// The plain facts `PlanningTasks` decides the task list from, as the page already read
    /// them: no query of its own.
    func planningFacts(lifecycle: MeetingLifecycle, roomWarnings: Int, letterFindings: Int?) -> PlanningFacts {
        let budget = AgendaBudget.check(itemMinutes: agenda.items.map(\.minutes), boundary: lengthMinutes)
        let overTime: Bool
        if case .over = budget { overTime = true } else { overTime = false }
        return PlanningFacts(
            lifecycle: lifecycle, hasPurpose: !purpose.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            hasTime: startsAt != nil, needsRoom: room.needsRoom, hasRoom: room.room != nil,
            invitesStudentOrFamily: people.contains { $0.kind == .student || $0.kind == .family },
            peopleCount: people.count, notReplied: delivery?.rows.filter { $0.chase != nil }.count ?? 0,
            failedDeliveries: delivery?.rows.filter { $0.state == .failed }.count ?? 0,
            agendaItems: agenda.items.count, agendaOverTime: overTime, hasGroundRules: !groundRules.isEmpty,
            notesWritten: [viewsPlan, inclusionNotes, difficultNotes].compactMap { $0 }.count,
            hasLetter: letterFindings != nil, letterFindings: letterFindings ?? 0, letterIsStale: !staleLetter.isEmpty,
            roomClash: clashes.contains { $0.room != nil },
            timeClash: clashes.contains { $0.includesYou || !$0.staffNames.isEmpty },
            preparationSteps: preparation?.steps.count ?? 0, preparationDone: preparation?.done.count ?? 0,
            hasReflection: !biasCheck.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
