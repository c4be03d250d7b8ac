import DossierModel
import Foundation
import Testing
@testable import DossierInput

@Suite("Folders")
struct FolderTests {
    @Test("folders are read recursively in path order, with ids relative to the folder")
    func recursionAndOrder() throws {
        let fixture = try Fixture()
        try fixture.write("corpus/b.txt", "B")
        try fixture.write("corpus/a/z.md", "# Z")
        try fixture.write("corpus/a.txt", "A")
        try fixture.write("corpus/a/b/deep.html", "<p>Deep</p>")
        try fixture.write("corpus/C.txt", "C")
        let result = events([fixture.path("corpus")])
        #expect(result.documents.map(\.id) == ["C.txt", "a.txt", "a/b/deep.html", "a/z.md", "b.txt"])
        #expect(result.documents.map(\.text) == ["C", "A", "Deep", "Z", "B"])
        #expect(result.documents[2].origin.path == fixture.path("corpus") + "/a/b/deep.html")
    }

    @Test("a trailing slash on the folder does not change ids or double the separator")
    func trailingSlash() throws {
        let fixture = try Fixture()
        try fixture.write("examples/articles/a.txt", "Text")
        let document = try #require(events([fixture.path("examples") + "/"]).first?.document)
        #expect(document.id == "articles/a.txt")
        #expect(document.origin.path == fixture.path("examples") + "/articles/a.txt")
    }

    @Test("a relative folder input gives ids relative to it; a relative file keeps its path as given")
    func relativeFolder() throws {
        let fixture = try Fixture()
        try fixture.write("examples/articles/a.txt", "Text")
        // A path relative to the working directory, built without changing it (tests run
        // in parallel, and other suites may rely on the working directory).
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relativeRoot = String(repeating: "../", count: depth) + fixture.root.path.drop(while: { $0 == "/" })
        let examples = relativeRoot + "/examples/"
        let document = try #require(events([examples]).first?.document)
        #expect(document.id == "articles/a.txt")
        #expect(document.origin.path == examples + "articles/a.txt")
        let file = try #require(events([examples + "articles/a.txt"]).first?.document)
        #expect(file.id == examples + "articles/a.txt")
    }

    @Test("hidden files and folders are ignored")
    func hidden() throws {
        let fixture = try Fixture()
        try fixture.write("corpus/.git/objects/x.txt", "secret")
        try fixture.write("corpus/.DS_Store", "junk")
        try fixture.write("corpus/visible.txt", "Visible")
        let result = events([fixture.path("corpus")])
        #expect(result.map(\.source) == [fixture.path("corpus/visible.txt")])
    }

    @Test("unsupported files in folders are skipped with a reason; .json and extension-less files are read")
    func unsupported() throws {
        let fixture = try Fixture()
        try fixture.write("corpus/photo.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        try fixture.write("corpus/report.pdf", "%PDF-1.4")
        try fixture.write("corpus/README", "Plain words")
        try fixture.write("corpus/one.json", "{\"text\": \"From JSON\"}")
        let result = events([fixture.path("corpus")])
        #expect(result.map(\.source) == ["README", "one.json", "photo.png", "report.pdf"].map { fixture.path("corpus/\($0)") })
        #expect(result.documents.map(\.text) == ["Plain words", "From JSON"])
        #expect(result[2].skipReason?.hasPrefix("unsupported file type (.png)") == true)
        #expect(result[3].skipReason?.hasPrefix("unsupported file type (.pdf)") == true)
    }

    @Test("symbolic links to folders are reported and not followed; links to files are read")
    func symlinks() throws {
        let fixture = try Fixture()
        try fixture.write("corpus/sub/a.txt", "A")
        try fixture.write("elsewhere/b.txt", "B")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: fixture.path("corpus/sub/loop"), withDestinationPath: fixture.path("corpus"))
        try manager.createSymbolicLink(atPath: fixture.path("corpus/link.txt"), withDestinationPath: fixture.path("elsewhere/b.txt"))
        try manager.createSymbolicLink(atPath: fixture.path("corpus/broken.txt"), withDestinationPath: fixture.path("nowhere"))
        let result = events([fixture.path("corpus")])
        #expect(result.count == 4)
        #expect(result[0].failureReason?.contains("broken symbolic link") == true)
        #expect(result[1].document?.id == "link.txt")
        #expect(result[2].document?.id == "sub/a.txt")
        #expect(result[3].source == fixture.path("corpus/sub/loop"))
        #expect(result[3].skipReason?.contains("not followed") == true)
    }

    @Test("an empty folder is accounted for")
    func emptyFolder() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(atPath: fixture.path("none"), withIntermediateDirectories: true)
        let result = events([fixture.path("none")])
        #expect(result.count == 1)
        #expect(result[0].skipReason?.contains("no files") == true)
    }

    @Test("files are read lazily, one at a time, as iteration asks")
    func lazy() throws {
        let fixture = try Fixture()
        try fixture.write("corpus/a.txt", "A")
        try fixture.write("corpus/b.txt", "B")
        var iterator = DocumentSource(inputs: [fixture.path("corpus")]).makeIterator()
        #expect(iterator.next()?.document?.id == "a.txt")
        // b.txt is replaced after a.txt was delivered: the new content proves it was not
        // read up front.
        try fixture.write("corpus/b.txt", "B changed")
        #expect(iterator.next()?.document?.text == "B changed")
        #expect(iterator.next() == nil)
    }
}
