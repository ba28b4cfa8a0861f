import Foundation

/// Reads bytes from an open file descriptor, retrying interrupted reads.
public enum InputFile {
    /// The chunk size for reading a file to its end.
    static let chunk = 1 << 16

    /// Up to `limit` bytes from the descriptor's offset (to the end when `limit` is `nil`), or `nil`
    /// when reading fails (a folder, an I/O error).
    public static func read(_ descriptor: Int32, upTo limit: Int?) -> Data? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: min(limit ?? chunk, chunk))
        while limit.map({ data.count < $0 }) ?? true {
            let wanted = min(buffer.count, (limit ?? Int.max) - data.count)
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }
}
