// swift-tools-version:6.0
import PackageDescription

/// Members of a module are visible only in files that import it: BigInt
/// imports Foundation, and without this its string extensions would leak
/// into Spindle and link Foundation (and ICU) into every program.
let ownImportsOnly: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

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
        .target(name: "SpindleSyntax", swiftSettings: ownImportsOnly),
        .target(
            name: "Spindle",
            dependencies: ["SpindleSyntax", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: ownImportsOnly
        ),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .executableTarget(
            name: "spindle",
            dependencies: ["Spindle", "CReadline"],
            swiftSettings: ownImportsOnly
        ),
        .testTarget(name: "SpindleSyntaxTests", dependencies: ["SpindleSyntax"]),
        .testTarget(name: "SpindleTests", dependencies: ["Spindle"], exclude: ["Cases"]),
        .testTarget(name: "SpindleSampleTests"),
    ],
    swiftLanguageModes: [.v5]
)
