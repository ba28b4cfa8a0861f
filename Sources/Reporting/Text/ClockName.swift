import Metrics

extension Clock {
    /// The clock's name in plain words: `time to resolve`.
    public var plainName: String {
        switch self {
        case .ttd: "time to detect"
        case .ttfu: "time to first public update"
        case .ttr: "time to resolve"
        case .publicDuration: "public duration"
        }
    }
}
