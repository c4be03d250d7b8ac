#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, as far as reading inputs cares.
enum FileKind: Equatable {
    case regular
    case directory
    /// A symbolic link; `target` is what it points to, or nil when the link is broken.
    indirect case symlink(target: FileKind?)
    /// FIFO, socket or device: readable as a stream when named explicitly.
    case other
}

/// Thin wrappers over the POSIX calls, so failures carry `errno`'s wording.
enum FileSystem {
    /// The kind of `path` itself (links not followed).
    static func kind(ofLink path: String) throws(SystemError) -> FileKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw SystemError.fromErrno() }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            return .symlink(target: try? kind(following: path))
        }
        return kind(of: info)
    }

    /// The kind of what `path` names, links followed.
    static func kind(following path: String) throws(SystemError) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SystemError.fromErrno() }
        return kind(of: info)
    }

    private static func kind(of info: stat) -> FileKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The names in a directory, without `.` and `..`.
    static func entries(of path: String) throws(SystemError) -> [String] {
        guard let directory = opendir(path) else { throw SystemError.fromErrno() }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw SystemError.fromErrno() }
                return names
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }
}

/// `directory/name`, without doubling a trailing slash.
func joinPath(_ directory: String, _ name: String) -> String {
    if directory.isEmpty || directory == "." { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
}
