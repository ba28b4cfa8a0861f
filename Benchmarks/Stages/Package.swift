// swift-tools-version: 6.1
import PackageDescription

// Times each stage of `postmortem incidents` / `report` separately on one input, so the benchmark can
// say where the time goes. A separate package: the main package's build and tests never build it.
//   swift build -c release --package-path Benchmarks/Stages
let package = Package(
    name: "PostmortemStages",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Postmortem", path: "../..")],
    targets: [
        .executableTarget(
            name: "StageTimer",
            dependencies: [.product(name: "Pipeline", package: "Postmortem")]
        ),
        // Only the read stage (`--stream` through `read(contentsOf:each:)`), for profiles and peak RSS.
        .executableTarget(
            name: "FeedReadTimer",
            dependencies: [.product(name: "Pipeline", package: "Postmortem")]
        ),
    ]
)
