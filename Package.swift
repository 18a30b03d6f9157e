// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Roundtable",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "roundtable", targets: ["Run"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/pointfreeco/swift-tagged.git", from: "0.10.0"),
        // Tests only: pages, emails and calendar files are compared with committed snapshots.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        // Already in the graph through Vapor; named here because the SMTP client uses them.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "RoundtableCore",
            resources: [.copy("Resources/common-passwords.txt")],
            swiftSettings: swiftSettings
        ),
        // Every page: view models and the views that draw them. It cannot see Fluent or Vapor,
        // so a view can only show what its view model holds.
        .target(
            name: "RoundtableViews",
            dependencies: ["RoundtableCore", .product(name: "Tagged", package: "swift-tagged")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "App",
            dependencies: [
                "RoundtableCore",
                "RoundtableViews",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "Run",
            dependencies: ["App"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundtableCoreTests",
            dependencies: ["RoundtableCore"],
            swiftSettings: swiftSettings
        ),
        // Every page drawn from a fixed view model, as committed snapshots: a change to a page's
        // words or layout is a diff in review. Needs neither a database nor a server.
        .testTarget(
            name: "RoundtableViewsTests",
            dependencies: [
                "RoundtableViews",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
    ]
)

var swiftSettings: [SwiftSetting] {
    [.swiftLanguageMode(.v6)]
}
