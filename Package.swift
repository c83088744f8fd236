// swift-tools-version: 6.0
import PackageDescription

/// Settings every target of ours shares: Swift 6 language mode with strict concurrency.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "tabletop",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tabletop", targets: ["tabletop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        // The organisation-wide history on PostgreSQL (issue 19).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // The manager's web dashboard, `tabletop serve` (issue 18 part 3).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "TabletopCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TabletopReports",
            dependencies: [
                "TabletopCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TabletopStore",
            dependencies: [
                "TabletopCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API for reading a column's bytes in place (history listing, issue 21).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),
        // GNU readline from Debian's libreadline-dev (installed by .ci/run). No pkgConfig: readline.pc
        // pulls in tinfo's -D_DEFAULT_SOURCE flags, which SwiftPM warns about on every build; the
        // headers are in /usr/include and the module map links the library.
        .systemLibrary(name: "CReadline"),
        // The drill itself, between the core and the edges: no terminal, no network.
        .target(
            name: "TabletopDrill",
            dependencies: ["TabletopCore", "TabletopStore", "TabletopReports"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TabletopShell",
            dependencies: ["TabletopCore", "TabletopStore", "TabletopDrill", "CReadline"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TabletopServer",
            dependencies: [
                "TabletopCore",
                "TabletopStore",
                "TabletopDrill",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // The manager's dashboard: thin routes over the history and the report renderers.
        .target(
            name: "TabletopServe",
            dependencies: [
                "TabletopCore",
                "TabletopStore",
                "TabletopReports",
                "TabletopServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "tabletop",
            dependencies: [
                "TabletopServe",
                "TabletopServer",
                "TabletopCore",
                "TabletopStore",
                "TabletopDrill",
                "TabletopShell",
                "TabletopReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TabletopFuzzing",
            dependencies: [
                "TabletopCore",
                "TabletopDrill",
                "TabletopStore",
                "TabletopServer",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "tabletop-fuzz",
            dependencies: ["TabletopFuzzing"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "tabletop-floor",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "tabletop-bench",
            dependencies: [
                "TabletopCore", "TabletopStore", "TabletopDrill", "TabletopServer",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopCoreTests",
            dependencies: ["TabletopCore", "TabletopFuzzing"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopReportsTests",
            dependencies: ["TabletopCore", "TabletopReports", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopDrillTests",
            dependencies: ["TabletopCore", "TabletopStore", "TabletopDrill"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopShellTests",
            dependencies: ["TabletopCore", "TabletopDrill", "TabletopShell"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopServerTests",
            dependencies: [
                "TabletopCore", "TabletopServer", "TabletopStore", "TabletopDrill",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopServeTests",
            dependencies: [
                "TabletopCore", "TabletopStore", "TabletopReports", "TabletopServe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabletopStoreTests",
            dependencies: ["TabletopCore", "TabletopStore", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "tabletopTests",
            dependencies: ["TabletopCore", "TabletopStore", "TabletopDrill", "TabletopReports"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
