import Foundation

/// Reads a wall-clock time in a tz region to an instant, with a documented rule for DST changes.
///
/// - A time that does not exist (the hour skipped when clocks go forward, `02:30` in New York on
///   2025-03-09) is read with the offset in force just before the change, so it lands where a clock
///   that was not moved forward would be (`02:30 EST` = 07:30Z, shown as 03:30 EDT).
/// - A time that happens twice (the hour repeated when clocks go back, `01:30` on 2025-11-02) is
///   read as its first occurrence, in daylight time (05:30Z).
/// Both cases are reported as a `Transition` so the caller can attach a diagnostic.
struct RegionalClock: Sendable {
    /// A DST change met while reading.
    enum Transition: Sendable, Hashable {
        /// The time was skipped; the offsets before and after.
        case gap(before: Int, after: Int)
        /// The time happened twice; the other instant it could mean.
        case overlap(other: Date)
    }

    /// The result of a reading.
    struct Reading: Sendable, Hashable {
        var instant: Date
        var offsetSeconds: Int
        var isDaylight: Bool
        var transition: Transition?
    }

    let zone: TimeZone

    init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
    }

    /// The instant of a local time in the region.
    func read(_ local: LocalDateTime) -> Reading {
        let asUTC = Double(local.secondsAsUTC) + Double(local.clock.nanosecond) / 1e9
        let probes = [asUTC - 129_600, asUTC, asUTC + 129_600]
        var offsets: [Int] = []
        for probe in probes {
            let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: probe))
            if !offsets.contains(offset) { offsets.append(offset) }
        }
        let valid = offsets.filter { offset in
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: asUTC - Double(offset))) == offset
        }.sorted(by: >)
        if let first = valid.first {
            let instant = Date(timeIntervalSince1970: asUTC - Double(first))
            let transition: Transition? =
                valid.count > 1 ? .overlap(other: Date(timeIntervalSince1970: asUTC - Double(valid[1]))) : nil
            return Reading(
                instant: instant, offsetSeconds: first, isDaylight: zone.isDaylightSavingTime(for: instant),
                transition: transition)
        }
        let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: probes[0]))
        let after = zone.secondsFromGMT(for: Date(timeIntervalSince1970: probes[2]))
        let instant = Date(timeIntervalSince1970: asUTC - Double(before))
        return Reading(
            instant: instant, offsetSeconds: before, isDaylight: zone.isDaylightSavingTime(for: instant),
            transition: .gap(before: before, after: after))
    }

    /// Whether the region keeps daylight time at an instant.
    func isDaylight(at instant: Date) -> Bool { zone.isDaylightSavingTime(for: instant) }

    /// The region's offset at an instant.
    func offset(at instant: Date) -> Int { zone.secondsFromGMT(for: instant) }

    /// The region's standard (non-daylight) offset at an instant.
    func standardOffset(at instant: Date) -> Int {
        zone.secondsFromGMT(for: instant) - Int(zone.daylightSavingTimeOffset(for: instant))
    }
}
