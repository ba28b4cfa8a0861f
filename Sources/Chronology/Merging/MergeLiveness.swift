/// Which accounts a merge rule could join to another one at all, told from vendors, titles, formats
/// and ids alone, so that the merger reads update times only for those.
///
/// An account is live when another account of its vendor has its title in another format, or has
/// its title with an id made from a file name on either side, or (the vendor named) one of the two
/// has such an id and the other has no title. Every pair a rule joins is a pair of live accounts.
struct MergeLiveness {
    private struct TitleGroup {
        var format: String
        var formats = 1
        var count = 0
        var synthetic = 0
    }

    private struct VendorGroup {
        var count = 0
        var synthetic = 0
        var untitled = 0
        var syntheticUntitled = 0
    }

    private var titles: [String: TitleGroup] = [:]
    private var vendors: [String: VendorGroup] = [:]

    /// Counts the accounts that are not postmortem documents.
    init(_ accounts: [MergeAccount]) {
        for account in accounts where !account.isDocument {
            let format = account.incident.sourceFormat.rawValue
            if !account.title.isEmpty {
                let key = account.vendor + "|" + account.title
                var group = titles[key] ?? TitleGroup(format: format)
                if group.format != format { group.formats = 2 }
                group.count += 1
                if account.syntheticID { group.synthetic += 1 }
                titles[key] = group
            }
            var vendor = vendors[account.vendor, default: VendorGroup()]
            vendor.count += 1
            if account.syntheticID { vendor.synthetic += 1 }
            if account.title.isEmpty { vendor.untitled += 1 }
            if account.syntheticID && account.title.isEmpty { vendor.syntheticUntitled += 1 }
            vendors[account.vendor] = vendor
        }
    }

    /// Whether a rule could join `account` (not a document) to another account.
    func isLive(_ account: MergeAccount) -> Bool {
        if !account.title.isEmpty, let group = titles[account.vendor + "|" + account.title] {
            if group.formats > 1 { return true }
            if group.count > 1, account.syntheticID || group.synthetic > 0 { return true }
        }
        guard !account.vendor.isEmpty, let vendor = vendors[account.vendor] else { return false }
        switch (account.syntheticID, account.title.isEmpty) {
        case (true, true): return vendor.count > 1
        case (true, false): return vendor.untitled > 0
        case (false, true): return vendor.synthetic > 0
        case (false, false): return vendor.syntheticUntitled > 0
        }
    }
}
