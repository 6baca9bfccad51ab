// swift-tools-version:6.0
import PackageDescription

// The folders under Sources/ are the pipeline, in order:
//   Diagnostics → PlanModel → PlanFiles (YAML → graph)
//   QuerySyntax (text → tokens → syntax tree) → QueryBinding (names resolved against the graph)
//   → QueryEvaluation (answers, using the graph's indexes) → Rendering (table, JSON, CSV, …)
//   planq (thin executable wiring)
let package = Package(
    name: "planq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planq", targets: ["planq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(name: "Diagnostics"),
        // One seeded generator (SplitMix64): the benchmark's plan sets and the tests' random cases.
        .target(name: "SeededRandom"),
        // The words and the calendar plans and queries share: node kinds, roles, actor kinds (and
        // their Dutch aliases); days and periods.
        .target(name: "PlanWords"),
        .target(name: "PlanModel", dependencies: ["Diagnostics", "PlanWords"]),
        .target(name: "PlanFiles", dependencies: ["PlanModel", "Diagnostics", "Yams"]),
        .target(name: "PlanSnapshot", dependencies: ["PlanFiles", "PlanModel", "Diagnostics"]),
        .target(name: "QuerySyntax", dependencies: ["Diagnostics", "PlanWords"]),
        .target(name: "QueryBinding", dependencies: ["QuerySyntax", "PlanModel", "Diagnostics"]),
        // The answer as named columns and rows of cells: made by evaluation, read by the renderers.
        .target(name: "Answers"),
        .target(name: "QueryEvaluation", dependencies: ["QueryBinding", "QuerySyntax", "PlanModel", "Answers"]),
        .target(name: "Rendering", dependencies: ["Diagnostics", "Answers"]),
        // Source documents (ELZ action plans, transition plans) → plan files: `planq import`.
        .target(name: "PlanImport", dependencies: ["PlanModel", "Diagnostics"]),
        // Pictures for slides and browsers (SVG, DOT, Mermaid, HTML), laid out by planq itself;
        // the overview page's template is embedded, so the binary works from anywhere.
        .target(name: "Drawing", dependencies: ["PlanModel", .product(name: "Mustache", package: "swift-mustache")],
                exclude: ["Templates"]),
        // Running statements: shared by -e, -f, standard input and the interactive shell.
        .target(name: "Session", dependencies: ["QueryEvaluation", "QueryBinding", "QuerySyntax", "PlanModel",
                                                "PlanFiles", "Rendering", "Diagnostics", "Drawing"]),
        // libedit's el_set/history are variadic C functions, which Swift cannot call;
        // the shim wraps each use in a plain C function.
        // libedit's own libraries are named too, for a static link (`-static-executable`, README).
        .target(name: "CLineEdit", linkerSettings: [.linkedLibrary("edit"), .linkedLibrary("tinfo", .when(platforms: [.linux])),
                                                    .linkedLibrary("bsd", .when(platforms: [.linux])),
                                                    .linkedLibrary("md", .when(platforms: [.linux]))]),
        // The interactive shell: line editing, history, completion, Ctrl-C.
        .target(name: "Shell", dependencies: ["Session", "CLineEdit", "QuerySyntax", "QueryBinding", "PlanModel",
                                              "Diagnostics", "Rendering"]),
        .executableTarget(
            name: "planq",
            dependencies: [
                "PlanFiles", "PlanModel", "PlanSnapshot", "Diagnostics", "CLineEdit", "Session", "Rendering", "Shell", "PlanImport",
            ]
            // Not linked `-no-pie`: glibc then warns on stderr ("direct reference to protected
            // function … may break pointer equality") the first time a path reaches such a
            // function of the Swift runtime, as reading a file through Yams did. Position
            // independence costs this build ≈ 6,500 relocations at start (readelf); the
            // README's static executable is position-dependent without the flag.
        ),
        // Fuzzing (scripts/fuzz): the targets' code, and five executables that run libFuzzer
        // when built with -sanitize=fuzzer and replay inputs otherwise.
        .target(name: "FuzzTargets", dependencies: ["Session", "PlanFiles", "PlanModel", "QuerySyntax", "QueryBinding",
                                                    "QueryEvaluation", "Rendering", "Diagnostics", "PlanImport", "CFuzzDriver"]),
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "planq-fuzz-query", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "planq-fuzz-plan", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "planq-fuzz-diff", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "planq-fuzz-files", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "planq-fuzz-import", dependencies: ["FuzzTargets"]),
        // Benchmarks: prints timings, never asserts them (see README, "Performance"). PlanBench holds the
        // plan-set generator, the SQLite baseline (SQLite's C API, libsqlite3-dev) and the reference queries.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "PlanBench", dependencies: ["CSQLite", "PlanFiles", "PlanModel", "QuerySyntax", "QueryBinding",
                                                  "QueryEvaluation", "Diagnostics", "SeededRandom"]),
        .executableTarget(name: "planq-bench", dependencies: ["PlanBench", "PlanFiles", "PlanModel", "Session",
                                                             "Shell", "Diagnostics"]),
        // A test's random cases come from one seed, $PLANQ_TEST_SEED or new per run, named in its failures.
        .target(name: "TestRandom", dependencies: ["SeededRandom", "Diagnostics"], path: "Tests/TestRandom"),
        .testTarget(name: "SeededRandomTests", dependencies: ["SeededRandom", "TestRandom", "Diagnostics"]),
        .testTarget(name: "PlanSnapshotTests", dependencies: ["PlanSnapshot", "PlanFiles", "PlanModel", "SeededRandom", "TestRandom"]),
        .testTarget(name: "BenchTests", dependencies: ["PlanBench", "PlanFiles", "PlanModel", "PlanSnapshot", "QueryBinding", "QuerySyntax", "Diagnostics"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "SeededRandom", "TestRandom"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "SeededRandom", "TestRandom"]),
        .testTarget(
            name: "PlanFilesTests",
            dependencies: ["PlanFiles", "PlanModel", "Diagnostics", "SeededRandom", "TestRandom"],
            exclude: ["Fixtures"]
        ),
        // Also drives the built planq (`planq import`).
        .testTarget(name: "PlanImportTests", dependencies: ["PlanImport", "PlanFiles", "PlanModel", "Diagnostics", "planq",
                                                          "SeededRandom"]),
        .testTarget(name: "QuerySyntaxTests", dependencies: ["QuerySyntax", "Diagnostics", "PlanWords", "SeededRandom"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "Diagnostics", "SeededRandom", "TestRandom"]),
        // Binding and evaluation on their own: tables of query → resolved names or errors, query → ids.
        // The example plans loaded once and a query bound against them, for the two test targets below.
        .target(name: "QueryTestSupport", dependencies: ["QueryBinding", "QuerySyntax", "PlanFiles", "PlanModel",
                                                         "Diagnostics"], path: "Tests/QueryTestSupport"),
        .testTarget(name: "QueryBindingTests", dependencies: ["QueryBinding", "QuerySyntax", "PlanFiles", "PlanModel",
                                                             "Diagnostics", "QueryTestSupport"]),
        .testTarget(name: "QueryEvaluationTests", dependencies: ["QueryEvaluation", "QueryBinding", "QuerySyntax",
                                                                "PlanFiles", "PlanModel", "Diagnostics", "QueryTestSupport",
                                                                "SeededRandom", "TestRandom"]),
        // Drives the built planq executable: exit statuses, scripts, files written.
        .testTarget(name: "CLITests", dependencies: ["planq"], exclude: ["Fixtures"]),
        // Also drives the built planq on a pseudo-terminal (Terminal/pty_session.py).
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Session", "PlanFiles", "PlanModel", "planq"],
                    exclude: ["Terminal"]),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzTargets", "PlanFiles"]),
        // Pictures: XML, Graphviz, Mermaid structure, and headless Chromium on the built planq.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .testTarget(name: "DrawingTests", dependencies: ["Drawing", "PlanFiles", "PlanModel", "Session", "Diagnostics",
                                                        "CZlib", "planq"],
                    exclude: ["References", "Fixtures"]),
        .testTarget(name: "SessionTests", dependencies: ["Session", "PlanFiles", "PlanSnapshot", "PlanModel", "Diagnostics", "QuerySyntax",
                                                        "SeededRandom", "TestRandom"],
                    exclude: ["Golden", "Fixtures"]),
    ]
)
