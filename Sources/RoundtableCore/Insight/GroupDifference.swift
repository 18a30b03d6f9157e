import Foundation

/// A difference between a group and everyone else, said in a plain sentence: "families who
/// needed an interpreter rated 'clear' 2.1 points lower than others in Spring term 2026–27".
/// A hidden group (`Suppression`) is never compared, not even as "about the same".
public enum GroupDifference {
    /// Differences smaller than this are said as "about the same as".
    public static let sameWithin = 0.05

    /// - Parameters:
    ///   - group: the group's name as a subject ("families who needed an interpreter").
    ///   - measure: what was measured, as a verb phrase ("rated 'clear'").
    ///   - unit: the unit, plural ("points").
    ///   - period: the period the figures count.
    ///   - higher, lower: how a difference reads after its amount ("more often", "less often").
    ///   - decimals: how the amount is written (whole percentage points read more easily).
    /// - Returns: nil when either side is hidden.
    public static func sentence(
        group: String, _ groupMean: Suppression.Cell<Double>, others othersMean: Suppression.Cell<Double>,
        measure: String, unit: String = "points", period: InsightPeriod, othersName: String = "others",
        higher: String = "higher", lower: String = "lower", decimals: Int = 1
    ) -> String? {
        guard let mine = groupMean.value, let theirs = othersMean.value else { return nil }
        let difference = mine - theirs
        let amount = String(format: "%.\(decimals)f", abs(difference))
        let comparison =
            if abs(difference) < (decimals == 0 ? 0.5 : sameWithin) {
                "about the same as \(othersName)"
            } else {
                "\(amount) \(Double(amount) == 1 ? singular(unit) : unit) \(difference > 0 ? higher : lower) than \(othersName)"
            }
        return "\(capitalised(group)) \(measure) \(comparison) \(period.inWords)."
    }

    static func singular(_ unit: String) -> String { unit.hasSuffix("s") ? String(unit.dropLast()) : unit }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
