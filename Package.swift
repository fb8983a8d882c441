// swift-tools-version:6.0
import PackageDescription

/// Gongbao: Chinese bulletins and reports → typed, traceable, validated figures.
///
/// Two production dependencies only: ArgumentParser (CLI) and Yams (lexicon and rule files).
/// libxml2 is a system library, installed by `make setup` (apt `libxml2-dev`).
let package = Package(
    name: "Gongbao",
    products: [
        .library(name: "Gongbao", targets: ["Gongbao"]),
        .executable(name: "gongbao", targets: ["GongbaoCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Gongbao",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "GongbaoCLI",
            dependencies: ["Gongbao", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "GongbaoTests",
            dependencies: ["Gongbao"],
            exclude: ["Fixtures", "Specs"]
        ),
    ]
)
