/// The reconcile stage: every written time read to a UTC instant, with provenance.
public enum Chronology {}
