// swift-tools-version:6.0
import PackageDescription

// The folders under Sources/ are the pipeline, in order:
//   Diagnostics → PlanGraph → PlanFiles (YAML → graph)
//   QuerySyntax (text → tokens → syntax tree)
//   planq (thin executable wiring)
let package = Package(
    name: "planq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planq", targets: ["planq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "Diagnostics"),
        .target(name: "PlanGraph", dependencies: ["Diagnostics"]),
        .target(name: "PlanFiles", dependencies: ["PlanGraph", "Diagnostics", "Yams"]),
        .target(name: "QuerySyntax", dependencies: ["Diagnostics"]),
        .target(name: "Rendering"),
        // libedit's el_set/history are variadic C functions, which Swift cannot call;
        // the shim wraps each use in a plain C function.
        .target(name: "CLineEdit", linkerSettings: [.linkedLibrary("edit")]),
        .executableTarget(
            name: "planq",
            dependencies: [
                "PlanFiles", "PlanGraph", "Diagnostics", "CLineEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "PlanGraphTests", dependencies: ["PlanGraph"]),
        .testTarget(
            name: "PlanFilesTests",
            dependencies: ["PlanFiles", "PlanGraph", "Diagnostics"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "QuerySyntaxTests", dependencies: ["QuerySyntax", "Diagnostics"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering"]),
    ]
)
