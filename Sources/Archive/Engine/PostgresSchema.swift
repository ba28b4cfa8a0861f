/// The archive's versioned tables on PostgreSQL: those of ``ArchiveSchema`` with PostgreSQL's types
/// (`timestamptz` instants, `boolean`, `bytea`, `bigint` identities), the version in `schema_version`:
/// v1 the documents, accounts and revisions, v2 what `postmortem pull` fetched (`fetch` is a keyword in
/// PostgreSQL's SQL, so that table's name is always quoted).
enum PostgresSchema {
    /// The migrations, by version (index + 1): each a list of statements run in one transaction.
    static let migrations: [[String]] = [
        [
            "CREATE TABLE schema_version (version integer NOT NULL)",
            """
            CREATE TABLE source_content (
                checksum text PRIMARY KEY,
                size bigint NOT NULL,
                content bytea NOT NULL
            )
            """,
            """
            CREATE TABLE source_document (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                path text NOT NULL,
                checksum text NOT NULL REFERENCES source_content(checksum),
                format text,
                imported_at timestamptz NOT NULL,
                in_derived boolean NOT NULL DEFAULT false,
                UNIQUE (path, checksum)
            )
            """,
            "CREATE INDEX source_document_path ON source_document(path)",
            """
            CREATE TABLE source_incident (
                document_id bigint NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,
                seq integer NOT NULL,
                vendor text NOT NULL,
                incident_id text NOT NULL,
                first_at timestamptz,
                last_at timestamptz,
                account bytea NOT NULL,
                PRIMARY KEY (document_id, seq)
            )
            """,
            "CREATE INDEX source_incident_key ON source_incident(vendor, incident_id)",
            "CREATE INDEX source_incident_period ON source_incident(first_at, last_at)",
            """
            CREATE TABLE incident_revision (
                vendor text NOT NULL,
                incident_id text NOT NULL,
                revision integer NOT NULL,
                recorded_at timestamptz NOT NULL,
                change text NOT NULL,
                documents text NOT NULL,
                updates_added integer NOT NULL,
                updates_removed integer NOT NULL,
                updates_edited integer NOT NULL,
                status_before text,
                status_after text,
                impact_before text,
                impact_after text,
                replaced text,
                PRIMARY KEY (vendor, incident_id, revision)
            )
            """,
        ],
        [
            """
            CREATE TABLE "fetch" (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id bigint REFERENCES source_document(id) ON DELETE SET NULL,
                url text NOT NULL,
                fetched_at timestamptz NOT NULL,
                status integer NOT NULL,
                etag text,
                last_modified text
            )
            """,
            #"CREATE INDEX fetch_url ON "fetch"(url)"#,
            """
            CREATE TABLE fetch_validator (
                url text PRIMARY KEY,
                etag text,
                last_modified text,
                checksum text NOT NULL,
                fetched_at timestamptz NOT NULL
            )
            """,
        ],
        [
            """
            CREATE TABLE merged_incident (
                seq bigint PRIMARY KEY,
                vendor text NOT NULL,
                incident_id text NOT NULL,
                window_start double precision,
                window_last double precision,
                earliest double precision
            )
            """,
            "CREATE INDEX merged_incident_window ON merged_incident(window_start, window_last)",
            """
            CREATE TABLE merged_account (
                incident_seq bigint NOT NULL,
                document_id bigint NOT NULL,
                seq integer NOT NULL
            )
            """,
            "CREATE INDEX merged_account_incident ON merged_account(incident_seq)",
            "CREATE TABLE derived_state (settings text NOT NULL)",
        ],
    ]
}
