/// The read stage: status-page exports and postmortem documents into incidents.
///
/// The entry point is ``IncidentReader``; the format of an input is sniffed from its content.
public enum Ingest {}
