import Foundation
import ZIPFoundation

/// Roster exports often arrive as one zip file. This unpacks it into a temporary folder and
/// finds the folder inside that holds the CSV files.
enum RosterArchive {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case noRoster

        var description: String {
            switch self {
            case .unreadable(let name): "\(name) could not be opened as a zip file"
            case .noRoster: "the zip file has no users.csv in it"
            }
        }
    }

    /// The folder to read the roster from, and a folder to delete afterwards (if any).
    static func folder(for path: URL) throws -> (roster: URL, cleanUp: URL?) {
        guard path.pathExtension.lowercased() == "zip" else { return (path, nil) }
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.unzipItem(at: path, to: target)
        } catch {
            try? FileManager.default.removeItem(at: target)
            throw Failure.unreadable(path.lastPathComponent)
        }
        // The files may sit at the top of the zip or in one folder inside it.
        let candidates =
            [target]
            + ((try? FileManager.default.contentsOfDirectory(at: target, includingPropertiesForKeys: nil)) ?? [])
        guard
            // A delta may have no users.csv (only enrollments changed), but always has its manifest.
            let found = candidates.first(where: { folder in
                ["users.csv", "manifest.csv"].contains {
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
                }
            })
        else {
            try? FileManager.default.removeItem(at: target)
            throw Failure.noRoster
        }
        return (found, target)
    }
}
