/// Every finding each failing rule fixture gets, read off the fixture by hand: rule, line, column, message.
///
/// `RuleFixtureTests` compares the checker's findings with these exactly, in order.
enum RuleFixtureFindings {
    /// One expected finding.
    struct Expected: Equatable, CustomStringConvertible {
        var rule: String
        var line: Int
        var column: Int
        var message: String

        init(_ rule: String, _ line: Int, _ column: Int, _ message: String) {
            self.rule = rule
            self.line = line
            self.column = column
            self.message = message
        }

        var description: String { "\(rule) \(line):\(column) \(message)" }
    }

    /// `<rule name>/<fixture>.md` → its findings, in the order the checker gives them.
    static let expected: [String: [Expected]] = [
        "action-items.owner/fail.md": [
            Expected("PM017", 64, 1, "action item \"Alert on lease renewal failures, not only queue age\" has no owner")
        ],
        "action-items.status/fail-bug-cell-without-status.md": [
            Expected(
                "PM019", 63, 1,
                "action item \"Reload the trust bundle when it changes on disk\" has no status (the table has no Status column)"
            )
        ],
        "action-items.status/fail.md": [
            Expected(
                "PM019", 63, 1,
                "action item \"Reload the trust bundle when it changes on disk\" has no status (the table has no Status column)"
            ),
            Expected(
                "PM019", 64, 1,
                "action item \"Alert on lease renewal failures, not only queue age\" has no status (the table has no Status column)"
            ),
        ],
        "action-items.ticket/fail-open-item-without-bug.md": [
            Expected(
                "PM018", 63, 1, "action item \"Reload the trust bundle when it changes on disk\" has no ticket or link")
        ],
        "action-items.ticket/fail.md": [
            Expected(
                "PM018", 64, 1,
                "action item \"Alert on lease renewal failures, not only queue age\" has no ticket or link")
        ],
        "consistency.date/fail-no-date-anywhere.md": [
            Expected(
                "PM023", 31, 3,
                "the timeline has no date: add `date:` to the front matter or a date line above the times")
        ],
        "consistency.date/fail.md": [
            Expected(
                "PM021", 25, 58,
                "the impact window has \"11:40 UTC\" (2025-03-04T11:40:00Z), which is not a time in the timeline"),
            Expected("PM023", 35, 3, "\"Mar 14, 2025\" is on 2025-03-14, but the incident is on 2025-03-04"),
        ],
        "consistency.duration/fail.md": [
            Expected("PM022", 18, 66, "\"3 hours 10 minutes\" does not match the timeline, which spans 2 h 25 min")
        ],
        "consistency.times/fail.md": [
            Expected(
                "PM021", 23, 11,
                "the impact window has \"2025-03-04 09:25 UTC to 2025-03-04 11:05 UTC\" (2025-03-04T09:25:00Z), which is not a time in the timeline"
            )
        ],
        "impact.window/fail.md": [
            Expected("PM012", 23, 14, "the Impact section states one time (\"09:15 UTC\"); it needs a start and an end")
        ],
        "language.blame/fail.md": [
            Expected(
                "PM020", 52, 106,
                "blame language \"human error\": describe the conditions that made the action possible"),
            Expected(
                "PM020", 52, 132, "blame language \"forgot\": describe the conditions that made the action possible"),
        ],
        "section.action-items/fail.md": [
            Expected("PM007", 59, 1, "the Action items section \"Action items\" is empty")
        ],
        "section.customer-communication/fail.md": [
            Expected(
                "PM010", 14, 1,
                "no Customer communication section: expected a heading such as \"Customer communication\", \"Customer communications\", \"Communication\""
            )
        ],
        "section.detection/fail.md": [
            Expected(
                "PM004", 14, 1,
                "no Detection section: expected a heading such as \"Detection\", \"How we detected\", \"How it was detected\""
            )
        ],
        "section.impact/fail.md": [
            Expected(
                "PM002", 14, 1,
                "no Impact section: expected a heading such as \"Impact\", \"Customer impact\", \"User impact\"")
        ],
        "section.lessons-learned/fail.md": [
            Expected(
                "PM009", 14, 1,
                "no Lessons learned section: expected a heading such as \"Lessons learned\", \"Lessons learnt\", \"Lessons\""
            )
        ],
        "section.resolution/fail-remediation-items-only.md": [
            Expected(
                "PM006", 14, 1,
                "no Resolution section: expected a heading such as \"Resolution\", \"Mitigation\", \"Recovery\"")
        ],
        "section.resolution/fail.md": [
            Expected(
                "PM006", 14, 1,
                "no Resolution section: expected a heading such as \"Resolution\", \"Mitigation\", \"Recovery\"")
        ],
        "section.root-cause/fail.md": [
            Expected(
                "PM005", 14, 1,
                "no Root cause section: expected a heading such as \"Root cause\", \"Root causes\", \"Root cause analysis\""
            )
        ],
        "section.summary/fail.md": [
            Expected(
                "PM001", 14, 1,
                "no Summary section: expected a heading such as \"Summary\", \"Executive summary\", \"Incident summary\""
            )
        ],
        "section.timeline/fail.md": [
            Expected(
                "PM003", 14, 1,
                "no Timeline section: expected a heading such as \"Timeline\", \"Chronology\", \"Sequence of events\""),
            Expected(
                "PM021", 25, 58,
                "the impact window has \"11:40 UTC\" (2025-03-04T11:40:00Z), which is not a time in the timeline"),
        ],
        "section.trigger/fail.md": [
            Expected(
                "PM008", 14, 1, "no Trigger section: expected a heading such as \"Trigger\", \"Triggers\", \"Leadup\"")
        ],
        "text.placeholder/fail-todo-in-action-text.md": [
            Expected("PM011", 63, 3, "the placeholder \"TODO\" has not been filled in")
        ],
        "text.placeholder/fail.md": [
            Expected(
                "PM011", 47, 1,
                "the placeholder \"<fill in: how we found out, and how long after the start>\" has not been filled in")
        ],
        "timeline.milestones/fail-no-impact-wording.md": [
            Expected("PM016", 28, 1, "the timeline has no impact start entry (and the front matter no impact_start)")
        ],
        "timeline.milestones/fail.md": [
            Expected("PM016", 30, 1, "the timeline has no detection entry (and the front matter no detected)")
        ],
        "timeline.order/fail.md": [
            Expected(
                "PM015", 40, 3,
                "\"09:48\" (2025-03-04T09:48:00Z) is earlier than the entry before it, \"10:20\" (2025-03-04T10:20:00Z)"
            )
        ],
        "timeline.time/fail.md": [
            Expected("PM013", 39, 3, "timeline entry \"The incident channel is opened.\" has no time")
        ],
        "timeline.zone/fail-one-entry-without-zone.md": [
            Expected("PM014", 35, 3, "\"1:31 AM\" has no zone and the timeline declares none"),
            Expected(
                "PM015", 35, 3,
                "\"1:31 AM\" (2025-03-04T01:31:00Z) is earlier than the entry before it, \"1:15 am pst\" (2025-03-04T09:15:00Z)"
            ),
        ],
        "timeline.zone/fail.md": [
            Expected(
                "PM014", 30, 1,
                "the timeline declares no zone and none of its 7 timed entries names one (\"09:15\" to \"11:40\")")
        ],
    ]
}
