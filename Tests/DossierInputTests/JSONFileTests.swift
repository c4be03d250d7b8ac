import DossierModel
import Testing
@testable import DossierInput

@Suite(".json files")
struct JSONFileTests {
    @Test("one object with text is one document, id from the record or the path")
    func object() throws {
        let fixture = try Fixture()
        let withID = try fixture.write("a.json", "{\n  \"id\": \"art-7\",\n  \"text\": \"Body\",\n  \"title\": \"T\"\n}\n")
        let withoutID = try fixture.write("b.json", "{\"text\": \"Other\"}")
        let result = events([withID, withoutID])
        #expect(result.documents.map(\.id) == ["art-7", withoutID])
        #expect(result.documents.first?.metadata.title == "T")
    }

    @Test("an array of objects is one document per element")
    func array() throws {
        let fixture = try Fixture()
        let path = try fixture.write("all.json", "[{\"text\": \"one\"}, {\"text\": 3}, {\"id\": 9, \"text\": \"three\"}]")
        let result = events([path])
        #expect(result.count == 3)
        #expect(result[0].document?.id == "\(path)#1")
        #expect(result[1].source == "\(path) record 2")
        #expect(result[2].document?.id == "9")
    }

    @Test("invalid JSON is skipped with the parser's problem and a hint")
    func invalid() throws {
        let fixture = try Fixture()
        let path = try fixture.write("bad.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n")
        let reason = try #require(events([path]).first?.skipReason)
        #expect(reason.hasPrefix("not valid JSON ("))
        #expect(reason.contains(".jsonl"))
    }
}
