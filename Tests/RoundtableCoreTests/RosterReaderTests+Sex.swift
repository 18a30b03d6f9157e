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
        #expect(sex["st1"] == "female")
        #expect(sex["st2"] == "male")
        #expect((sex["st3"] ?? nil) == nil)
        #expect((sex["p1"] ?? nil) == nil)
        #expect(roster.people.first { $0.sourcedID == "st1" }?.birthDate != nil)
        #expect(roster.problems.isEmpty)
    }
}
