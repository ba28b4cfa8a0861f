// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Postmortem's readers, one per reader family. A separate package so that
// `swift build` / `swift test` of the main package never builds them. Build (see run.sh):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
let package = Package(
    name: "PostmortemFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Postmortem", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "Pipeline", package: "Postmortem")]
        ),
        .executableTarget(name: "FuzzFeeds", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport"]),
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: ["FuzzSupport", .product(name: "Markdown", package: "Postmortem")]
        ),
    ]
)
