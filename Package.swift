// swift-tools-version: 6.1
import PackageDescription

// Stages as targets: read (Ingest) → reconcile (Chronology) → measure (Metrics) → render (Reporting) or
// check (Completeness, rules over what the stages produced); Utilities (civil dates, XML escaping,
// Parallel) serves them all. Pipeline wires the one path for every command; Archive keeps what was read
// between runs (SQLite through GRDB); Pull fetches status pages over HTTP into it; PostmortemCLI holds the
// commands and the executable only calls it.
let package = Package(
    name: "Postmortem",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "postmortem", targets: ["postmortem"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Markdown", targets: ["Markdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "Utilities"),
        .target(name: "IncidentModel"),
        .target(name: "Markdown"),
        .target(name: "Chronology", dependencies: ["IncidentModel", "Utilities"]),
        .target(
            name: "Ingest",
            dependencies: [
                "CLibXML2", "Markdown", "IncidentModel", "Utilities",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "Metrics", dependencies: ["IncidentModel"]),
        .target(name: "Reporting", dependencies: ["IncidentModel", "Metrics", "Utilities"]),
        .target(
            name: "Completeness",
            dependencies: ["IncidentModel", "Chronology", "Metrics", "Utilities"]
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "IncidentModel", "Chronology", "Ingest", "Metrics", "Reporting", "Completeness", "Utilities",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Archive",
            dependencies: [
                "Pipeline", "IncidentModel", "Ingest", "Reporting", "Utilities",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", moduleAliases: ["Metrics": "SwiftMetrics"]),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Pull",
            dependencies: [
                "Archive", "Pipeline", "Ingest", "IncidentModel",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "PostmortemCLI",
            dependencies: [
                "Pipeline", "Archive", "Pull", "IncidentModel", "Chronology", "Ingest", "Metrics", "Reporting", "Completeness",
                "Utilities", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "postmortem", dependencies: ["PostmortemCLI"]),
        .target(name: "TestSupport", dependencies: ["IncidentModel"], path: "Tests/TestSupport"),
        .testTarget(name: "IncidentModelTests", dependencies: ["IncidentModel", "TestSupport"]),
        .testTarget(name: "UtilitiesTests", dependencies: ["Utilities"]),
        .testTarget(
            name: "MarkdownTests",
            dependencies: [
                "Markdown", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ChronologyTests",
            dependencies: [
                "Chronology", "IncidentModel", "Utilities", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "IncidentModel", "TestSupport"]),
        .testTarget(
            name: "MetricsTests",
            dependencies: [
                "Metrics", "IncidentModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "Reporting", "Metrics", "IncidentModel", "Pipeline", "TestSupport",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .testTarget(name: "CompletenessTests", dependencies: ["Completeness", "Pipeline", "TestSupport"]),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Reporting", "Utilities", "TestSupport", "ArchiveTestSupport",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ArchiveTestSupport",
            dependencies: ["Archive", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ArchiveTestSupport"),
        .testTarget(
            name: "ArchiveTests",
            dependencies: [
                "Archive", "Pipeline", "Reporting", "IncidentModel", "Chronology", "TestSupport", "ArchiveTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "PullTests",
            dependencies: [
                "Pull", "Archive", "Pipeline", "Ingest", "PostmortemCLI", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "PostmortemCLITests",
            dependencies: [
                "PostmortemCLI", "Reporting", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
