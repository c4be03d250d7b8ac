import Foundation
import Testing

@Suite("dossier repl", .serialized)
struct ReplCommandTests {
    @Test("expressions print their values, statements run, unfinished statements continue, errors show file:line")
    func session() throws {
        let folder = CLI.folder()
        folder.write("a.txt", "Kazakhstan and Pakistan signed a treaty in Almaty.")
        folder.write("b.txt", "A second article.")
        let commands = "doc.id\n#docs\nx = 0\nfor i = 1, 3 do\n  x = x + i\nend\nx\nprint('hi', docs[2].id)\nerror('boom')\n"
        let result = try CLI.run(["repl", "."], stdin: commands, in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("a.txt\n2\n6\nhi\tb.txt\nstdin:1: boom\n"))
    }

    @Test("the sandbox applies at the prompt too")
    func sandbox() throws {
        let folder = CLI.folder()
        folder.write("a.txt", "Text.")
        let result = try CLI.run(["repl", "."], stdin: "io\n\nos.execute\n", in: folder)
        #expect(result.stdout == "nil\nnil\n")
    }

    @Test("standard input cannot be an input")
    func noStandardInput() throws {
        let result = try CLI.run(["repl", "-"], stdin: "")
        #expect(result.status == 64)
    }
}
