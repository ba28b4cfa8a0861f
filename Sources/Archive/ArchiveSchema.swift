import GRDB

/// The archive's versioned tables: source documents (a path and the bytes it held, each distinct
/// content stored once), the accounts read from them, the revisions of each incident, and (v2) what
/// `postmortem pull` fetched: each fetch of a URL that stored a body, and each URL's validators for
/// its next conditional request; (v3) the index of merged incidents a period query reads
/// (``MergedIncidents``).
///
/// Only what was read is versioned here; the tables analysts query (`incidents`, `updates`,
/// `timeline`, `components`, `diagnostics`) are rebuilt from these by every import
/// (``DerivedTables``), so their columns always match the CSV files of the build that wrote them.
enum ArchiveSchema {
    /// The newest schema version this build writes (`PRAGMA user_version`).
    static let version = 3

    /// The numbered migrations; each ends by setting `user_version`, so an older build can refuse an
    /// archive a newer one wrote.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: source documents, accounts, revisions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE source_content (
                        checksum TEXT PRIMARY KEY,
                        size INTEGER NOT NULL,
                        content BLOB NOT NULL
                    );
                    CREATE TABLE source_document (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        path TEXT NOT NULL,
                        checksum TEXT NOT NULL REFERENCES source_content(checksum),
                        format TEXT,
                        imported_at TEXT NOT NULL,
                        in_derived BOOLEAN NOT NULL DEFAULT 0,
                        UNIQUE (path, checksum)
                    );
                    CREATE INDEX source_document_path ON source_document(path);
                    CREATE TABLE source_incident (
                        document_id INTEGER NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,
                        seq INTEGER NOT NULL,
                        vendor TEXT NOT NULL,
                        incident_id TEXT NOT NULL,
                        first_at TEXT,
                        last_at TEXT,
                        account BLOB NOT NULL,
                        PRIMARY KEY (document_id, seq)
                    );
                    CREATE INDEX source_incident_key ON source_incident(vendor, incident_id);
                    CREATE INDEX source_incident_period ON source_incident(first_at, last_at);
                    CREATE TABLE incident_revision (
                        vendor TEXT NOT NULL,
                        incident_id TEXT NOT NULL,
                        revision INTEGER NOT NULL,
                        recorded_at TEXT NOT NULL,
                        change TEXT NOT NULL,
                        documents TEXT NOT NULL,
                        updates_added INTEGER NOT NULL,
                        updates_removed INTEGER NOT NULL,
                        updates_edited INTEGER NOT NULL,
                        status_before TEXT,
                        status_after TEXT,
                        impact_before TEXT,
                        impact_after TEXT,
                        replaced TEXT,
                        PRIMARY KEY (vendor, incident_id, revision)
                    );
                    PRAGMA user_version = 1;
                    """)
        }
        migrator.registerMigration("v2: fetches and their validators") { db in
            try db.execute(
                sql: """
                    CREATE TABLE fetch (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id INTEGER REFERENCES source_document(id) ON DELETE SET NULL,
                        url TEXT NOT NULL,
                        fetched_at TEXT NOT NULL,
                        status INTEGER NOT NULL,
                        etag TEXT,
                        last_modified TEXT
                    );
                    CREATE INDEX fetch_url ON fetch(url);
                    CREATE TABLE fetch_validator (
                        url TEXT PRIMARY KEY,
                        etag TEXT,
                        last_modified TEXT,
                        checksum TEXT NOT NULL,
                        fetched_at TEXT NOT NULL
                    );
                    PRAGMA user_version = 2;
                    """)
        }
        migrator.registerMigration("v3: merged incidents for period queries") { db in
            try db.execute(
                sql: """
                    CREATE TABLE merged_incident (
                        seq INTEGER PRIMARY KEY,
                        vendor TEXT NOT NULL,
                        incident_id TEXT NOT NULL,
                        window_start REAL,
                        window_last REAL,
                        earliest REAL
                    );
                    CREATE INDEX merged_incident_window ON merged_incident(window_start, window_last);
                    CREATE TABLE merged_account (
                        incident_seq INTEGER NOT NULL,
                        document_id INTEGER NOT NULL,
                        seq INTEGER NOT NULL
                    );
                    CREATE INDEX merged_account_incident ON merged_account(incident_seq);
                    CREATE TABLE derived_state (settings TEXT NOT NULL);
                    PRAGMA user_version = 3;
                    """)
        }
        return migrator
    }
}
