import RoundtableCore

extension Meeting {
    /// What the meeting's state allows. Pages, services and queries ask it rather than
    /// comparing states, so they cannot disagree (a test keeps state comparisons out of App).
    var lifecycle: MeetingLifecycle { MeetingLifecycle(state) }
}
