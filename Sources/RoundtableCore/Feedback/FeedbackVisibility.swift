import Foundation

/// Who reads how a meeting felt for its participants: the person who led it and the school's
/// leaders, as the participants are told on the questions' page. Nobody else, not even staff
/// who took part or who read the record: the answers are about them too. With no lead named
/// the answers stay with the leaders (the more private choice).
public enum FeedbackVisibility {
    public static func maySee(viewer: Actor, meeting: MeetingRef) -> Bool {
        if let lead = meeting.leadID, lead == viewer.userID { return true }
        return viewer.role >= .schoolLeader && AccessPolicy.reaches(viewer, meeting.school)
    }

    /// Who sees an alert and may close it: its owner, while they still work at that school,
    /// and the school's leaders and the organisation's administrators.
    public static func maySeeAlert(viewer: Actor, ownerID: UUID, school: SchoolRef) -> Bool {
        guard AccessPolicy.reaches(viewer, school) else { return false }
        return viewer.userID == ownerID || viewer.role >= .schoolLeader
    }

    /// Whose alerts a list of them may hold, before `maySeeAlert` decides each: a leader's
    /// list is every alert of the schools they reach (`nil`); anyone else's, their own.
    public static func alertOwnerFilter(for viewer: Actor) -> UUID? {
        viewer.role >= .schoolLeader ? nil : viewer.userID
    }
}

extension FeedbackScale {
    /// A score as staff read it: "Mostly (8 of 10)". Faces keep the words the child chose
    /// from; numbers get the nearest of the same five words.
    public func words(for score: Int) -> String {
        let english = ["Not at all", "Not really", "A bit", "Mostly", "Yes, a lot"]
        let band: Int
        switch self {
        case .faces: band = min(max(score, 1), 5) - 1
        case .zeroToTen: band = min(max(score, 0), 10) * 5 / 11
        }
        return "\(english[band]) (\(score) of \(range.upperBound))"
    }
}
