import Foundation
import IncidentModel
import Reporting

/// One rendered row waiting to be written in order: its sort key, the input it came from, and its
/// text; encoded to bytes when it goes to a spill file.
struct SortedRow {
    var key: ChronologicalKey
    var input: Int
    var text: String

    /// The bytes the row takes in memory and on disk, roughly, for the memory budget.
    var weight: Int { text.utf8.count + key.vendor.utf8.count + key.id.utf8.count + key.place.file.utf8.count + 64 }

    /// Orders by key, then input (equal keys come from one input read twice).
    static func before(_ lhs: SortedRow, _ rhs: SortedRow) -> Bool {
        if lhs.key != rhs.key { return lhs.key < rhs.key }
        return lhs.input < rhs.input
    }

    /// Appends the encoded row: every field length-prefixed, the instant as its bit pattern.
    func encode(into bytes: inout [UInt8]) {
        func integer(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) } }
        func string(_ value: String) {
            integer(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }
        func optional(_ value: Int?) {
            integer(value == nil ? 0 : 1)
            integer(value ?? 0)
        }
        integer(key.windowStart == nil ? 0 : 1)
        integer(Int(bitPattern: UInt(key.windowStart?.timeIntervalSinceReferenceDate.bitPattern ?? 0)))
        string(key.vendor)
        string(key.id)
        string(key.place.file)
        optional(key.place.line)
        optional(key.place.column)
        integer(key.place.element == nil ? 0 : 1)
        string(key.place.element ?? "")
        integer(input)
        string(text)
    }

    /// Decodes the row at `offset` in `bytes`, moving `offset` past it; `nil` when the bytes end
    /// before the row does (read more and try again).
    static func decode(_ bytes: [UInt8], at offset: inout Int) -> SortedRow? {
        var cursor = offset
        func integer() -> Int? {
            guard cursor + 8 <= bytes.count else { return nil }
            var value: Int64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[cursor..<cursor + 8]) }
            cursor += 8
            return Int(Int64(littleEndian: value))
        }
        func string() -> String? {
            guard let count = integer(), count >= 0, cursor + count <= bytes.count else { return nil }
            defer { cursor += count }
            return String(decoding: bytes[cursor..<cursor + count], as: UTF8.self)
        }
        func optional() -> Int?? {
            guard let flag = integer(), let value = integer() else { return nil }
            return .some(flag == 0 ? nil : value)
        }
        guard let hasStart = integer(), let bits = integer(), let vendor = string(), let id = string(),
            let file = string(), let line = optional(), let column = optional(), let hasElement = integer(),
            let element = string(), let input = integer(), let text = string()
        else { return nil }
        offset = cursor
        let start =
            hasStart == 0
            ? nil : Date(timeIntervalSinceReferenceDate: Double(bitPattern: UInt64(UInt(bitPattern: bits))))
        let place = SourcePlace(file: file, line: line, column: column, element: hasElement == 0 ? nil : element)
        return SortedRow(
            key: ChronologicalKey(windowStart: start, vendor: vendor, id: id, place: place), input: input, text: text)
    }
}
