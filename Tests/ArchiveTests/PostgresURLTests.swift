import Testing

@testable import Archive

/// `--db` values naming PostgreSQL: the URL forms, what is refused, and the placeholders.
@Suite struct PostgresURLTests {
    @Test func aTCPURLAndASocketURL() throws {
        let tcp = try PostgresURL("postgres://pm:secret@db.example:6543/archive")
        #expect(tcp.user == "pm" && tcp.password == "secret" && tcp.host == "db.example" && tcp.port == 6543)
        #expect(tcp.database == "archive" && tcp.socketFolder == nil)
        #expect(tcp.display == "postgres://pm@db.example:6543/archive", "messages never show the password")
        let socket = try PostgresURL("postgresql://postgres@/pm?host=/tmp/pg")
        #expect(socket.socketFolder == "/tmp/pg" && socket.port == 5432 && socket.database == "pm")
        #expect(try PostgresURL(socket.description) == socket)
        #expect(try PostgresURL("postgres://u@localhost/pm").port == 5432)
    }

    @Test(arguments: [
        "postgres://localhost/pm", "postgres://u@localhost/", "postgres://u@localhost/a/b",
        "postgres://u@localhost/pm?sslmode=require",
    ])
    func aURLWithoutAUserOrADatabaseIsRefusedSayingWhatWasExpected(_ value: String) {
        #expect(throws: ArchiveLocation.Unsupported.self) { try ArchiveLocation.validate(value) }
        do {
            _ = try PostgresURL(value)
            Issue.record("expected \(value) to be refused")
        } catch {
            #expect(error.description.hasPrefix("--db \(value): "))
        }
    }

    @Test func placeholdersAreNumberedOutsideQuotes() {
        #expect(PostgresValues.numbered("SELECT ? , '?', \"a?\" WHERE x = ?") == "SELECT $1 , '?', \"a?\" WHERE x = $2")
        #expect(PostgresValues.numbered("SELECT 1") == "SELECT 1")
    }

    @Test func instantsAreReadFromTheCSVForm() {
        #expect(PostgresValues.instant("2025-01-10T16:37:05Z")?.timeIntervalSince1970 == 1_736_527_025)
        #expect(PostgresValues.instant("2025-02-30T16:37:05Z") == nil)
        #expect(PostgresValues.instant("2025-01-10 16:37") == nil)
    }

    @Test func thePostgresSchemaHasEveryVersion() {
        #expect(PostgresSchema.migrations.count == ArchiveSchema.version)
    }
}
