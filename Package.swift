// swift-tools-version: 6.0
import PackageDescription

// Modules, one responsibility each; dependencies point down this list (see docs/architecture.md):
// DossierModel -> DossierInput, DossierExtraction -> CLua/CLuaSupport -> DossierScripting
// -> DossierRunner -> dossier (the CLI).
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierRunner", targets: ["DossierRunner"]),
    ],
    dependencies: [
        // Subcommands, typed options, help and completions: the standard Swift CLI parser.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "DossierModel"),
        .target(name: "DossierInput", dependencies: ["DossierModel"]),
        .target(
            name: "DossierExtraction",
            dependencies: ["DossierModel"],
            resources: [.copy("Resources")]
        ),
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        .target(name: "CLuaSupport", dependencies: ["CLua"]),
        .target(
            name: "DossierScripting",
            dependencies: ["CLua", "CLuaSupport", "DossierModel", "DossierExtraction"]
        ),
        .target(
            name: "DossierRunner",
            dependencies: ["DossierModel", "DossierInput", "DossierExtraction", "DossierScripting"],
            resources: [.copy("Scripts"), .copy("Editor")]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierRunner", "DossierInput", "DossierModel", "DossierScripting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "DossierTrainer",
            dependencies: ["DossierExtraction"]
        ),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(name: "DossierInputTests", dependencies: ["DossierInput"]),
        .testTarget(
            name: "DossierExtractionTests",
            dependencies: ["DossierExtraction"],
            // Fixture articles are read in place through #filePath, not bundled.
            exclude: ["Understanding/Fixtures"]
        ),
        .testTarget(name: "DossierScriptingTests", dependencies: ["DossierScripting"]),
        .testTarget(name: "DossierRunnerTests", dependencies: ["DossierRunner"]),
        .testTarget(name: "DossierCLITests", dependencies: ["dossier"]),
    ]
)
