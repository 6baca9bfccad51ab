import CSQLite

/// A SQLite database through the C API: statements are prepared once and reused, the way
/// a program that queries plans in SQL would use it.
public final class SQLiteDatabase {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let handle: OpaquePointer

    /// Opens (or creates) the database file at `path`; `":memory:"` for an in-memory one.
    public init(path: String) throws {
        var db: OpaquePointer?
        let status = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw Failure(description: "\(path): \(message)")
        }
        handle = db
    }

    /// An in-memory copy of the database file at `path` (SQLite's online backup).
    public static func inMemoryCopy(of path: String) throws -> SQLiteDatabase {
        let source = try SQLiteDatabase(path: path)
        let memory = try SQLiteDatabase(path: ":memory:")
        guard let backup = sqlite3_backup_init(memory.handle, "main", source.handle, "main") else {
            throw Failure(description: "backup of \(path): \(String(cString: sqlite3_errmsg(memory.handle)))")
        }
        let step = sqlite3_backup_step(backup, -1)
        sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE else { throw Failure(description: "backup of \(path) failed (\(step))") }
        return memory
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw Failure(description: "\(message) in: \(sql.prefix(200))")
        }
    }

    public func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in: \(sql)")
        }
        return SQLiteStatement(statement, database: self)
    }
}

/// A prepared statement: bind, step through the rows, reset, and run again.
public final class SQLiteStatement {
    let statement: OpaquePointer
    let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// SQLite copies bound text at once (SQLITE_TRANSIENT), so `value` may go away after.
    public func bind(_ index: Int32, _ value: String?) {
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_text(statement, index, value, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }

    public func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(statement, index, Int64(value)) }

    public func bind(_ index: Int32, _ value: Int?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(statement, index) }
    }

    public func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(statement, index, value) }

    /// Steps to the next row; false when there is none.
    public func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteDatabase.Failure(description: String(cString: sqlite3_errmsg(database.handle)))
        }
    }

    /// Runs a statement that returns no rows, then resets it for the next use.
    public func run() throws {
        defer { reset() }
        _ = try step()
    }

    public func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    public func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

    public var columnCount: Int32 { sqlite3_column_count(statement) }
}

/// The SQLite library's version, as linked.
public enum SQLiteVersion {
    public static var text: String { String(cString: sqlite3_libversion()) }
}

extension SQLiteDatabase {
    /// SQLite's plan for `sql` (`EXPLAIN QUERY PLAN`), one line a step, indented by depth as
    /// the sqlite3 shell draws it: what the comments on the expert SQL forms quote.
    public func queryPlan(_ sql: String) throws -> [String] {
        let statement = try prepare("EXPLAIN QUERY PLAN " + sql)
        var depth: [Int: Int] = [0: -1]
        var lines: [String] = []
        while try statement.step() {
            let id = statement.int(0), parent = statement.int(1)
            let level = (depth[parent] ?? -1) + 1
            depth[id] = level
            lines.append(String(repeating: "  ", count: level) + statement.text(3))
        }
        return lines
    }
}
