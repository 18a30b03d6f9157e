import Foundation
import Testing

@testable import RoundtableCore

extension RosterReaderTests {
    @Test("demographics.csv gives sex in the standard's words only; a row with sex and no birthday still counts")
    func sexFromDemographics() throws {
        let demographics = """
            sourcedId,status,birthDate,sex
            st1,active,2014-03-01,Female
            st2,active,,male
            st3,active,2014-01-01,unspecified
            p1,active,,prefers not to say

            """
        let url = try Self.folder(["orgs.csv": Self.orgs, "users.csv": Self.users11, "demographics.csv": demographics])
        let roster = try OneRosterReader.read(folder: url)
        let sex = Dictionary(uniqueKeysWithValues: roster.people.map { ($0.sourcedID, $0.sex) })
        #expect(sex["st1"] == .given(.female))
        #expect(sex["st2"] == .given(.male))
        // Given, but not as one of the standard's words: it clears an earlier value.
        #expect(sex["st3"] == .given(nil))
        #expect(sex["p1"] == .given(nil))
        #expect(RosterSex.given(nil).stored(keeping: "female") == nil)
        #expect(RosterSex.absent.stored(keeping: "female") == "female")
        #expect(roster.people.first { $0.sourcedID == "st1" }?.birthDate != nil)
        #expect(roster.problems.isEmpty)
    }
}
