import Foundation

/// Reading what a school wrote about someone's access needs.
public enum AccessNeeds {
    /// Whether the words say the person cannot manage steps. Schools write this freely
    /// ("uses a wheelchair", "no stairs please"), so a few common phrasings are recognised;
    /// the planner shows the needs in full beside the warning either way.
    public static func needsStepFree(_ text: String) -> Bool {
        let folded = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return ["step-free", "step free", "wheelchair", "stairs", "steps", "mobility", "lift", "walking frame"]
            .contains { folded.contains($0) }
    }
}
