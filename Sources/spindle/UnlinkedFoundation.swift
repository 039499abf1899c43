import Glibc

/// What BigInt's conversions to and from Foundation's `Data` and `Decimal` call in the release
/// build. Package.swift (`unlinkedFoundationSymbols`) binds the FoundationEssentials symbols those
/// conversions use to this function, so that FoundationEssentials is not linked into `spindle`.
/// Spindle does not import Foundation and never calls the conversions; reaching this means a
/// change started using them, and the list in Package.swift must go.
@_cdecl("spindle_unlinked_foundation_entry")
public func unlinkedFoundationEntry() -> Never {
    fputs("spindle: internal error: a Foundation conversion of BigInt was called, "
        + "but FoundationEssentials is not linked into this build\n", stderr)
    abort()
}
