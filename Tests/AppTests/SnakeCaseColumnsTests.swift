import SQLKit
import Testing

@testable import App

@Suite("Column names for row properties")
struct SnakeCaseColumnsTests {
    @Test(
        "camelCase properties read snake_case columns",
        arguments: [
            ("id", "id"), ("schoolId", "school_id"),
            ("learnsEnglishAsAdditionalLanguage", "learns_english_as_additional_language"),
            ("legal_family_name", "legal_family_name"), ("yearGroup", "year_group"),
        ])
    func columns(property: String, column: String) {
        #expect(SQLRowDecoder.KeyDecodingStrategy.snakeCased(property) == column)
    }
}
