// swift-tools-version:6.0
import PackageDescription

/// Members of a module are visible only in files that import it: BigInt
/// imports Foundation, and without this its string extensions would leak
/// into Spindle and link Foundation (and ICU) into every program.
let ownImportsOnly: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// BigInt's conversions to and from Foundation's `Data` and `Decimal` use these FoundationEssentials
/// symbols. Spindle never calls those conversions, so the release link binds the symbols to one
/// trap in the `spindle` target (`UnlinkedFoundation.swift`) and FoundationEssentials stays out
/// of the executable: 3.9 MB less code, 0.8 MB less read-only data, and fewer protocol
/// conformances for the Swift runtime to scan (0.3–0.8 MB lower peak RSS).
let unlinkedFoundationSymbols = [
    "$s20FoundationEssentials13__DataStorageC5bytes6lengthACSVSg_Sitcfc",
    "$s20FoundationEssentials13__DataStorageCMa",
    "$s20FoundationEssentials15_NSDecimalRoundyySpyAA7DecimalVG_SPyADGSiAD12RoundingModeOtF",
    "$s20FoundationEssentials4DataV14RangeReferenceCMa",
    "$s20FoundationEssentials7DecimalV11descriptionSSvg",
    "$s20FoundationEssentials7DecimalV11significandACvg",
    "$s20FoundationEssentials7DecimalV14integerLiteralACSi_tcfC",
    "$s20FoundationEssentials7DecimalV23greatestFiniteMagnitudeACvau",
    "$s20FoundationEssentials7DecimalV2meoiyyACz_ACtFZ",
    "$s20FoundationEssentials7DecimalV4signs17FloatingPointSignOvg",
    "$s20FoundationEssentials7DecimalV6isZeroSbvg",
    "$s20FoundationEssentials7DecimalV6string6localeACSgSSh_AA6LocaleVSghtcfC",
    "$s20FoundationEssentials7DecimalV8exponentSivg",
    "$s20FoundationEssentials7DecimalV8isFiniteSbvg",
    "$s20FoundationEssentials7DecimalV9magnitudeACvg",
]
let withoutFoundation: [LinkerSetting] = [
    .unsafeFlags(
        unlinkedFoundationSymbols.flatMap { ["-Xlinker", "--defsym=\($0)=spindle_unlinked_foundation_entry"] },
        .when(configuration: .release)
    ),
]

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
            swiftSettings: ownImportsOnly,
            linkerSettings: withoutFoundation
        ),
        .testTarget(name: "SpindleSyntaxTests", dependencies: ["SpindleSyntax"]),
        .testTarget(name: "SpindleTests", dependencies: ["Spindle"], exclude: ["Cases"]),
        .testTarget(name: "SpindleSampleTests"),
    ],
    swiftLanguageModes: [.v5]
)
