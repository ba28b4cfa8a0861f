/// A named clock: the minutes between two lifecycle events, with a stated definition.
public enum Clock: String, Sendable, Hashable, Codable, CaseIterable {
    /// Time to detect: detected − impact start.
    case ttd
    /// Time to first public update: first update − impact start.
    case ttfu
    /// Time to resolve: resolved (restored, per the postmortem) − impact start.
    case ttr
    /// Public duration: public resolved (the first `resolved` update of the final run; later
    /// resolved posts are follow-ups) − first public update.
    case publicDuration = "public_duration"

    /// The two events the clock runs between.
    public var span: (from: LifecycleEvent.Kind, to: LifecycleEvent.Kind) {
        switch self {
        case .ttd: (.impactStart, .detected)
        case .ttfu: (.impactStart, .firstUpdate)
        case .ttr: (.impactStart, .resolved)
        case .publicDuration: (.firstUpdate, .publicResolved)
        }
    }

    /// The definition, as printed in reports.
    public var definition: String {
        switch self {
        case .ttd: "time to detect: detected − impact start"
        case .ttfu: "time to first public update: first public update − impact start"
        case .ttr: "time to resolve: resolved (service restored) − impact start"
        case .publicDuration:
            "public duration: first resolved update of the final run (later resolved posts are follow-ups) − "
                + "first public update"
        }
    }
}
