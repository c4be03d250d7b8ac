/// Walks a folder input depth-first, lazily: one directory listing per level is held at a
/// time, never the whole tree. Files come out in byte order of their full relative path
/// (`a.txt` before `a/b.txt` before `b.txt`), the same order on every machine and run.
///
/// Hidden entries (names starting with `.`) are passed over silently: they are version
/// control data and editor files, not articles. Symbolic links to folders are reported
/// and not followed, which rules out loops; links to files are read.
struct DirectoryWalker {
    /// What the walk found next.
    enum Step {
        /// A file to read: its path for opening and its path relative to the root (the id).
        case file(path: String, relative: String)
        case event(InputEvent)
    }

    private struct Entry {
        var name: String
        var kind: FileKind
        var sortKey: [UInt8]
    }

    private struct Frame {
        var relative: String
        var entries: [Entry]
        var index = 0
    }

    private let root: String
    private var stack: [Frame] = []
    private var pending: [Step] = []
    private var foundAnything = false
    private var finished = false

    init(root: String) {
        self.root = root
        enter(relative: "")
    }

    mutating func next() -> Step? {
        while !finished {
            if !pending.isEmpty { return pending.removeFirst() }
            guard var frame = stack.popLast() else {
                finished = true
                if !foundAnything {
                    return .event(.skipped(source: root, reason: "folder has no files to read (hidden files are ignored)"))
                }
                return nil
            }
            guard frame.index < frame.entries.count else { continue }
            let entry = frame.entries[frame.index]
            frame.index += 1
            stack.append(frame)
            let relative = joinPath(frame.relative, entry.name)
            let path = joinPath(root, relative)
            foundAnything = true
            switch entry.kind {
            case .directory:
                enter(relative: relative)
            case .regular, .symlink(target: .regular):
                return .file(path: path, relative: relative)
            case .symlink(target: .directory):
                return .event(.skipped(source: path, reason: "symbolic link to a folder, not followed (to avoid loops); give it as an input of its own to read it"))
            case .symlink(target: nil):
                return .event(.failed(source: path, reason: "broken symbolic link (its target does not exist)"))
            case .symlink, .other:
                return .event(.skipped(source: path, reason: "not a regular file (device, socket or pipe)"))
            }
        }
        return nil
    }

    /// Lists a directory and pushes it; a listing failure becomes an event for that folder.
    private mutating func enter(relative: String) {
        let path = relative.isEmpty ? root : joinPath(root, relative)
        let names: [String]
        do {
            names = try FileSystem.entries(of: path)
        } catch {
            foundAnything = true
            pending.append(.event(.failed(source: path, reason: "cannot list folder: \(error.reason)")))
            return
        }
        var entries: [Entry] = []
        for name in names where !name.hasPrefix(".") {
            let entryPath = joinPath(path, name)
            guard let kind = try? FileSystem.kind(ofLink: entryPath) else {
                foundAnything = true
                pending.append(.event(.failed(source: entryPath, reason: "cannot inspect: it vanished or is not accessible")))
                continue
            }
            // Ordering folders as `name/` makes a depth-first walk match a sort of full paths.
            let key = Array(name.utf8) + (kind == .directory ? [UInt8(ascii: "/")] : [])
            entries.append(Entry(name: name, kind: kind, sortKey: key))
        }
        entries.sort { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
        stack.append(Frame(relative: relative, entries: entries))
    }
}
