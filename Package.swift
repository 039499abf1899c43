// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Spindle",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Spindle", targets: ["Spindle"]),
        .executable(name: "spindle", targets: ["spindle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .target(name: "SpindleSyntax"),
        .target(
            name: "Spindle",
            dependencies: ["SpindleSyntax", .product(name: "BigInt", package: "BigInt")]
        ),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .executableTarget(
            name: "spindle",
            dependencies: ["Spindle", "CReadline"]
        ),
        .testTarget(name: "SpindleSyntaxTests", dependencies: ["SpindleSyntax"]),
        .testTarget(name: "SpindleTests", dependencies: ["Spindle"], exclude: ["Cases"]),
        .testTarget(name: "SpindleSampleTests"),
    ],
    swiftLanguageModes: [.v5]
)
