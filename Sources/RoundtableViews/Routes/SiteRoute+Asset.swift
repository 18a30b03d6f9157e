import Foundation

/// The stylesheet and scripts under `/assets`. The version in the query changes with the
/// file, so browsers may keep each one for good.
public enum AssetRoute: Sendable, Equatable {
    case stylesheet(version: String)
    case voiceScript(version: String)
    case liveScript(version: String)

    public enum Template: Hashable, Sendable, CaseIterable {
        case stylesheet, voiceScript, liveScript

        public var segments: [PathSegment] {
            switch self {
            case .stylesheet: ["assets", "app.css"]
            case .voiceScript: ["assets", "voice.js"]
            case .liveScript: ["assets", "live.js"]
            }
        }
    }

    var address: RouteAddress<Template> {
        switch self {
        case .stylesheet(let version): RouteAddress(.stylesheet, query: [("v", version)])
        case .voiceScript(let version): RouteAddress(.voiceScript, query: [("v", version)])
        case .liveScript(let version): RouteAddress(.liveScript, query: [("v", version)])
        }
    }
}
