import RoundtableCore
import Vapor

/// `roundtable translations`: prints every participant phrase still waiting for a native
/// speaker's review, per language, with its English, as Markdown a school can hand over.
struct TranslationsCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }

    var help: String {
        "Prints the translations waiting for a native speaker's review (docs/TRANSLATION-REVIEW.md)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        // Straight to standard output: the console would style or wrap the Markdown.
        FileHandle.standardOutput.write(Data(Catalog.reviewList().utf8))
    }
}
