import ArgumentParser
import Chronology
import Completeness
import Reporting

// The options that take one of a fixed set of values: `CaseIterable` gives ArgumentParser the list
// that `--help` shows, a wrong value's error names, and shell completion offers.

extension CheckFormat: ExpressibleByArgument {}
extension TimelineRenderer.Format: ExpressibleByArgument {}
extension ReportWriter.Format: ExpressibleByArgument {}
extension ReportOptions.Details: ExpressibleByArgument {}
extension ReconcileOptions.ZoneLabels: ExpressibleByArgument {}
