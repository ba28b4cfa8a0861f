/// Union–find over indices, with path halving; groups accounts of one incident.
struct DisjointSets {
    private var parent: [Int]

    /// Creates `count` singleton sets.
    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The representative of `index`'s set.
    mutating func find(_ index: Int) -> Int {
        var current = index
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    /// Joins the sets of `a` and `b`, keeping the smaller index as representative (stable output).
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
