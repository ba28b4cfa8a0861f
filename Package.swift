// swift-tools-version: 6.1
import PackageDescription

// Stages as targets: read (Ingest) → reconcile (Chronology) → measure (Metrics) → render (Reporting) or
// check (Completeness, rules over what the stages produced). Pipeline wires the one path for every
// command; the executable is a thin CLI.
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
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "IncidentModel"),
        .target(name: "Markdown"),
        .target(name: "Chronology", dependencies: ["IncidentModel"]),
        .target(
            name: "Ingest",
            dependencies: [
                "CLibXML2", "Markdown", "IncidentModel",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "Metrics", dependencies: ["IncidentModel"]),
        .target(name: "Reporting", dependencies: ["IncidentModel", "Metrics"]),
        .target(
            name: "Completeness",
            dependencies: ["IncidentModel", "Chronology", "Metrics"]
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "IncidentModel", "Chronology", "Ingest", "Metrics", "Reporting", "Completeness",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "postmortem",
            dependencies: [
                "Pipeline", "IncidentModel", "Chronology", "Ingest", "Metrics", "Reporting", "Completeness",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["IncidentModel"], path: "Tests/TestSupport"),
        .testTarget(name: "IncidentModelTests", dependencies: ["IncidentModel", "TestSupport"]),
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
                "Chronology", "IncidentModel", "TestSupport",
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
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
    ]
)
