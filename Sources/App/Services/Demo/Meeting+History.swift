import Foundation
import RoundtableCore

extension Meeting {
    /// A meeting made already closed, for the demo's and the district's history: held at `held`
    /// for `minutes`, closed at `closedAt`, led and planned by `lead`, routine, with nothing
    /// planned around it. What happened in it is written beside it by the caller.
    static func history(
        school schoolID: UUID, type: MeetingType, requestedBy: RequestedBy, format: MeetingFormat, lead: UUID,
        held: Date, minutes: Int, closedAt: Date, sharedAt: Date?
    ) -> Meeting {
        let meeting = Meeting()
        meeting.id = UUID()
        meeting.$school.id = schoolID
        meeting.type = type
        meeting.state = .closed
        meeting.purpose = "To see together how things are going and agree what happens next"
        meeting.requestedBy = requestedBy
        meeting.urgency = .routine
        meeting.format = format
        meeting.startsAt = held
        meeting.lengthMinutes = minutes
        meeting.groundRules = []
        meeting.preparationDone = []
        meeting.seating = []
        meeting.$createdBy.id = lead
        meeting.$lead.id = lead
        meeting.calendarSequence = 0
        meeting.startedAt = held
        meeting.closedAt = closedAt
        meeting.recordSharedAt = sharedAt
        meeting.runRevision = 0
        return meeting
    }
}

extension SchoolTermRecord {
    convenience init(school schoolID: UUID, name: String, start: SchoolDay, end: SchoolDay, savedAt: Date) {
        self.init()
        self.$school.id = schoolID
        self.name = name
        self.startDay = start.description
        self.endDay = end.description
        self.savedAt = savedAt
    }
}
