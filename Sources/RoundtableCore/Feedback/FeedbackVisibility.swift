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
