import Foundation

/// Only regular files are read: a FIFO blocks its reader until someone writes, a character
/// device such as /dev/zero never ends. The check follows symbolic links (`stat`) and says what
/// the path is when it is not a regular file, and why a link leads nowhere.
///
/// It lives here, in the lowest module that reads files, and every other reader of a user's
/// files uses it too (checksums, datasets.json and methods.json, CHAOS's PNG slices).
public enum FileCheck {
    /// The file's size in bytes, after checking it is a readable regular file; otherwise a
    /// `NIfTIError` whose `reason` says what the path is.
    public static func regularFile(_ path: String) throws -> Int {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            let code = errno
            switch code {
            case ENOENT:
                if path.unicodeScalars.contains("\u{FFFD}") {
                    throw NIfTIError(path: path, problem: .unreadable(
                        "no file has this name as given; the name holds U+FFFD, so the original name was probably not valid UTF-8 and cannot be addressed: rename the file"))
                }
                throw NIfTIError(path: path, problem: .missing)
            case ELOOP: throw NIfTIError(path: path, problem: .badLink("symlink loop in the path"))
            case ENOTDIR: throw NIfTIError(path: path, problem: .unreadable("a component of the path is not a directory"))
            default: throw NIfTIError(path: path, problem: .unreadable(String(cString: strerror(code))))
            }
        }
        var target = stat()
        if stat(path, &target) != 0 {
            let code = errno
            let isLink = (link.st_mode & S_IFMT) == S_IFLNK
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            switch code {
            case ELOOP: throw NIfTIError(path: path, problem: .badLink("symlink loop (the link → \(destination) leads back to itself)"))
            case ENOENT where isLink: throw NIfTIError(path: path, problem: .badLink("dangling symlink → \(destination) (the target does not exist)"))
            default: throw NIfTIError(path: path, problem: .unreadable(String(cString: strerror(code))))
            }
        }
        switch target.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw NIfTIError(path: path, problem: .isDirectory)
        case S_IFIFO: throw NIfTIError(path: path, problem: .notRegularFile("is a FIFO (named pipe)"))
        case S_IFCHR: throw NIfTIError(path: path, problem: .notRegularFile("is a character device"))
        case S_IFBLK: throw NIfTIError(path: path, problem: .notRegularFile("is a block device"))
        case S_IFSOCK: throw NIfTIError(path: path, problem: .notRegularFile("is a socket"))
        default: throw NIfTIError(path: path, problem: .notRegularFile("is not a regular file (mode \(String(target.st_mode, radix: 8)))"))
        }
        guard access(path, R_OK) == 0 else {
            throw NIfTIError(path: path, problem: .unreadable("permission denied"))
        }
        return Int(target.st_size)
    }
}
