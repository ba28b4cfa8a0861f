/// The read stage: status-page exports and postmortem documents into incidents.
public enum Ingest {}
