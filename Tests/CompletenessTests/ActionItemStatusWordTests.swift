import Completeness
import Foundation
import IncidentModel
import Testing

/// `TODO` or `DONE` where an action item's status goes is its status, not a placeholder, and a bug
/// number is a ticket, in lists as in the SRE book's table.
@Suite struct ActionItemStatusWordTests {
    static func codes(_ items: String) throws -> [String] {
        let text = "## Action items\n\n\(items)\n"
        let itemCodes: Set<String> = ["PM011", "PM017", "PM018", "PM019"]
        return try CheckSupport.findings(text).map(\.code).filter(itemCodes.contains).sorted()
    }

    @Test func listItemWithBugNumberAndTodoIsComplete() throws {
        #expect(try Self.codes("- Use a second cluster to balance load (owner: @martym, Bug 5554823, TODO)").isEmpty)
        #expect(try Self.codes("- Use a second cluster to balance load (owner: @martym, OPS-12, Status: TODO)").isEmpty)
    }

    @Test func listItemWithoutTicketIsFlaggedButItsTodoIsNoPlaceholder() throws {
        #expect(try Self.codes("- Use a second cluster to balance load (owner: @martym, TODO)") == ["PM018"])
    }

    @Test func todoInTheItemTextIsStillAPlaceholder() throws {
        #expect(try Self.codes("- TODO: decide how to balance load (owner: @martym, OPS-12, open)") == ["PM011"])
    }

    @Test func finishedItemNeedsNoTicket() throws {
        #expect(try Self.codes("- [x] Update the playbook (owner: @jennifer)").isEmpty)
        #expect(try Self.codes("- [ ] Update the playbook (owner: @jennifer)") == ["PM018"])
    }

    @Test func todoInTheOwnerColumnIsNoOwner() throws {
        let table = "| Action | Owner | Bug |\n|---|---|---|\n| Update the playbook | TODO | Bug 42 **DONE** |"
        #expect(try Self.codes(table) == ["PM011", "PM017"])
    }
}
