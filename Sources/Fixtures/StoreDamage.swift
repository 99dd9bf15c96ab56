import Foundation

/// Damage done to a store on purpose, to show it is refused.
public enum StoreDamage {
    public struct Failed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Overwrites the b-tree page header of the store's last automatic index with bytes no page
    /// type has (0xFF), the damage `PRAGMA quick_check` finds, after moving every committed page
    /// out of the write-ahead log into the file. The page is found with Python's sqlite3 (a reader
    /// independent of SegBench's): `SELECT rootpage FROM sqlite_master WHERE type = 'index'`.
    public static func damageAnIndexPage(_ path: String) throws {
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
            page_size = db.execute('PRAGMA page_size').fetchone()[0]
            root = db.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND sql IS NULL ORDER BY rootpage DESC").fetchone()[0]
            db.close()
            with open(sys.argv[1], 'r+b') as f:
                f.seek((root - 1) * page_size)
                f.write(b'\\xff' * 16)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "\(path): python3 could not damage the store") }
    }
}
