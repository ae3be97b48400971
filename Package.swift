// swift-tools-version: 6.0
import PackageDescription

/// NewsGraph: German news articles in, a knowledge graph as JSON-LD out.
///
/// Stages live in their own modules and never import each other; they meet only in the
/// document model of `NewsGraphCore`. `Pipeline` wires them and runs batches; the
/// `newsgraph` executable only parses arguments.
let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .executable(name: "newsgraph-bench", targets: ["newsgraph-bench"]),
        .library(name: "NewsGraphPipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "NewsGraphCore"),
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .target(name: "Segmentation", dependencies: ["NewsGraphCore", "CICU"]),
        .target(name: "EntityRecognition", dependencies: ["NewsGraphCore"]),
        .target(name: "QuantityExtraction", dependencies: ["NewsGraphCore"]),
        .target(name: "RelationLinking", dependencies: ["NewsGraphCore"]),
        .target(name: "JSONLD", dependencies: ["NewsGraphCore"]),
        .target(
            name: "Pipeline",
            dependencies: [
                "NewsGraphCore", "Segmentation", "EntityRecognition", "QuantityExtraction", "RelationLinking",
                "JSONLD",
            ]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: ["Pipeline", "NewsGraphCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "newsgraph-bench",
            dependencies: [
                "Pipeline", "NewsGraphCore", "Segmentation", "EntityRecognition", "QuantityExtraction", "RelationLinking",
                "JSONLD",
            ]),
        // libFuzzer target; build it only with `scripts/fuzz.sh` (needs `-sanitize=fuzzer`).
        .executableTarget(name: "newsgraph-fuzz", dependencies: ["Pipeline", "NewsGraphCore", "JSONLD"]),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "NewsGraphCore"]),
        .testTarget(name: "EntityRecognitionTests", dependencies: ["EntityRecognition", "Segmentation", "NewsGraphCore"]),
        .testTarget(
            name: "QuantityExtractionTests", dependencies: ["QuantityExtraction", "Segmentation", "NewsGraphCore"]
        ),
        .testTarget(
            name: "RelationLinkingTests",
            dependencies: ["RelationLinking", "EntityRecognition", "QuantityExtraction", "Segmentation", "NewsGraphCore"]
        ),
        .testTarget(name: "JSONLDTests", dependencies: ["JSONLD", "NewsGraphCore"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "NewsGraphCore"]),
    ]
)
