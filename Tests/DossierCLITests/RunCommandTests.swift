import Foundation
import Testing

@Suite("dossier run", .serialized)
struct RunCommandTests {
    static let echo = """
    return dossier.report {
      name = "echo",
      description = "Prints each document's id and first sentence.",
      categories = { "debug" },
      args = { prefix = { type = "string", default = ">", help = "put before each line" },
               count = { type = "integer", help = "a number" } },
      on_document = function(doc, ctx) print(ctx.args.prefix, doc.id, doc.sentences[1] and doc.sentences[1].text) end,
    }
    """

    @Test("runs a script over files and folders and prints a summary on stderr")
    func runsOverFolder() throws {
        let folder = CLI.folder()
        folder.write("echo.lua", Self.echo)
        folder.write("articles/one.txt", "Alpha beta. Gamma.")
        folder.write("articles/two.html", "<html><body><p>Delta &amp; epsilon.</p><script>x()</script></body></html>")
        let result = try CLI.run(["run", "echo.lua", "articles"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == ">\tone.txt\tAlpha beta.\n>\ttwo.html\tDelta & epsilon.\n")
        #expect(result.stderr.contains("dossier: 2 documents read, 0 skipped, 0 failed; 1 script run in"))
    }

    @Test("--arg values are typed and validated; usage errors exit 64")
    func arguments() throws {
        let folder = CLI.folder()
        folder.write("echo.lua", Self.echo)
        let ok = try CLI.run(["run", "echo.lua", "--arg", "prefix=*", "-", "--quiet"], stdin: "Hello there.", in: folder)
        #expect(ok.status == 0)
        #expect(ok.stdout == "*\tstdin\tHello there.\n")
        #expect(ok.stderr.isEmpty)
        let unknown = try CLI.run(["run", "echo.lua", "--arg", "prefx=*"], stdin: "x", in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown argument 'prefx' (did you mean 'prefix'?)"))
        let wrongType = try CLI.run(["run", "echo.lua", "--arg", "count=many"], stdin: "x", in: folder)
        #expect(wrongType.status == 64)
        #expect(wrongType.stderr.contains("expects a whole number"))
        let malformed = try CLI.run(["run", "echo.lua", "--arg", "novalue"], stdin: "x", in: folder)
        #expect(malformed.status == 64)
    }

    @Test("exit code 1 when a document fails, and the rest still runs")
    func failureExitCode() throws {
        let folder = CLI.folder()
        folder.write("fails.lua", "return { on_document = function(doc) if doc.id == 'a.txt' then error('boom') end print(doc.id) end }")
        folder.write("in/a.txt", "A.")
        folder.write("in/b.txt", "B.")
        let result = try CLI.run(["run", "fails.lua", "in"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "b.txt\n")
        #expect(result.stderr.contains("fails.lua:1: boom"))
        #expect(result.stderr.contains("failed a.txt:"))
    }

    @Test("a missing script is a usage error")
    func missingScript() throws {
        let result = try CLI.run(["run", "nowhere.lua"], stdin: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("script not found: nowhere.lua"))
    }

    @Test("--output writes the file and nothing to stdout; --format csv")
    func outputFile() throws {
        let folder = CLI.folder()
        folder.write("rows.lua", "return { on_document = function(doc, ctx) ctx.out:row { id = doc.id, n = #doc.sentences } end }")
        let result = try CLI.run(["run", "rows.lua", "-", "--format", "csv", "--output", "out.csv"], stdin: "One. Two.", in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8) == "id,n\r\nstdin,2\r\n")
    }

    @Test("--timeout stops a runaway script with a clear message")
    func timeout() throws {
        let folder = CLI.folder()
        folder.write("spin.lua", "return { on_document = function(doc) while true do end end }")
        let result = try CLI.run(["run", "spin.lua", "--timeout", "0.2"], stdin: "x", in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("spin.lua:1: time limit exceeded"))
        #expect(result.stderr.contains("document 'stdin'"))
    }

    @Test("the bundled overview report runs by name over the example articles")
    func exampleReport() throws {
        let result = try CLI.run(["run", "overview", "examples/articles"], in: CLI.repository)
        #expect(result.status == 0)
        #expect(result.stdout.contains("2024-03-12-tashkent-talks.txt"))
        #expect(result.stdout.contains("wire-2021-06-02-call"))
        #expect(result.stderr.contains("6 documents read, 0 skipped, 0 failed"))
    }
}

@Suite("examples")
struct ExampleTests {
    @Test("the example report in examples/reports runs over the example articles as the README shows")
    func firstSentences() throws {
        let result = try CLI.run(["run", "examples/reports/first-sentences.lua", "examples/articles", "--arg", "width=40", "--format", "csv", "--quiet"], in: CLI.repository)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n")
        #expect(lines.first == "id,sentence")
        #expect(lines.count == 7)
        #expect(lines.contains { $0.hasPrefix("wire-2019-04-26-forum,") })
    }
}

@Suite("briefing")
struct BriefingTests {
    @Test("dossier run without a script runs the bundled briefing: meetings, people and roles, memberships, timeline, numbers")
    func defaultBriefing() throws {
        let result = try CLI.run(["run", "examples/articles", "--quiet"], in: CLI.repository)
        #expect(result.status == 0)
        for heading in ["Who met whom", "People and roles", "Memberships", "Timeline", "The numbers"] {
            #expect(result.stdout.contains(heading + "\n"))
        }
        #expect(result.stdout.contains("Antony Blinken and Dmytro Kuleba"))
        #expect(result.stdout.contains("Kassym-Jomart Tokayev"))
        #expect(result.stdout.contains("secretary of state (US)"))
    }

    @Test("the briefing renders as CSV and HTML too")
    func formats() throws {
        let html = try CLI.run(["run", "briefing", "examples/articles", "--format", "html", "--quiet"], in: CLI.repository)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<h1>Who met whom</h1>"))
    }
}

@Suite("bundled reports", .serialized)
struct BundledReportTests {
    @Test("every bundled report runs over the example articles and writes its table", arguments: [
        ("meetings", "date,kind,participants,place,cameo,doc", "Antony Blinken and Dmytro Kuleba"),
        ("people", "name,roles,nationality,articles,mentions", "Antony Blinken,secretary of state (US)"),
        ("organizations", "name,acronym,part_of,members,articles", "Association of Southeast Asian Nations,ASEAN"),
        ("timeline", "date,kind,who,place,doc", "relations_established,India and Uzbekistan"),
        ("mentions", "name,kind,mentions,articles", "country"),
        ("export", "doc,id,kind,name,aliases,corpus_id", "country:kz"),
        ("overview", "id,date,place,sentences,title", "wire-2019-04-26-forum"),
    ])
    func runs(_ name: String, _ header: String, _ expected: String) throws {
        let result = try CLI.run(["run", name, "examples/articles", "--format", "csv", "--quiet"], in: CLI.repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(header + "\r\n"))
        #expect(result.stdout.contains(expected))
    }
}

@Suite("several reports")
struct SeveralReportsTests {
    @Test("-s runs several reports over one parse; JSON Lines records name their script")
    func twoReports() throws {
        let result = try CLI.run(["run", "-s", "meetings", "-s", "people", "examples/articles", "--format", "jsonl"], in: CLI.repository)
        #expect(result.status == 0)
        #expect(result.stdout.contains("{\"script\":\"meetings\""))
        #expect(result.stdout.contains("{\"script\":\"people\""))
        #expect(result.stderr.contains("6 documents read, 0 skipped, 0 failed; 2 scripts run"))
    }
}

@Suite("dossier list")
struct ListCommandTests {
    @Test("list shows every bundled script with its description and where they are")
    func list() throws {
        let result = try CLI.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("overview ") && $0.contains("One line per article") })
        #expect(result.stdout.contains("[summary]"))
        #expect(result.stdout.contains("Bundled scripts are in "))
    }

    @Test("an unknown script name lists the bundled ones")
    func unknownName() throws {
        let result = try CLI.run(["run", "nope"], stdin: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("one of: briefing, export, meetings, mentions, organizations, overview, people, timeline"))
    }

    @Test("help works for a bundled script by name")
    func helpByName() throws {
        let result = try CLI.run(["help", "overview"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("width <integer>"))
    }
}

@Suite("dossier help")
struct HelpCommandTests {
    @Test("help SCRIPT prints the script's metadata and arguments")
    func scriptHelp() throws {
        let folder = CLI.folder()
        folder.write("echo.lua", RunCommandTests.echo)
        let result = try CLI.run(["help", "echo.lua"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("echo  [debug]\n\nPrints each document's id and first sentence."))
        #expect(result.stdout.contains("prefix <string>  put before each line (default: >)"))
    }

    @Test("help for a subcommand still shows its usage")
    func subcommandHelp() throws {
        let result = try CLI.run(["help", "run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: dossier run"))
    }

    @Test("help for a broken script exits 1 with file:line")
    func brokenScriptHelp() throws {
        let folder = CLI.folder()
        folder.write("bad.lua", "return {\n oops\n")
        let result = try CLI.run(["help", "bad.lua"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.lua:3:") || result.stderr.contains("bad.lua:2:"))
    }

    @Test("--version prints the host and API versions")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.stdout.contains("Lua API 1"))
    }
}
