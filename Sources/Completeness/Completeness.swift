/// The check stage: postmortem completeness rules and their findings.
public enum Completeness {}
