/// How the HTTP fuzz target reads its input: three control bytes, then the bytes a client sends.
///
/// Byte 0 picks the decoder's limits (bits 0-1) and how the stream is read (bits 2-3: 0 to 2 mean
/// two reads split where bytes 1-2 say, 3 means one byte per read, the slowest client there is).
/// Bytes 1-2 are a big-endian number taken modulo the stream's length plus one: the split point.
/// Seed files start with printable control bytes (e.g. "0AA") so they stay readable.
struct HTTPFuzzInput {
    /// The decoder limits under test; small ones make every limit reachable by short inputs.
    struct Limits {
        let maxHeaderBytes: Int
        let maxHeaderCount: Int
        let maxBodyBytes: Int

        static let profiles = [
            Limits(maxHeaderBytes: 16 * 1024, maxHeaderCount: 100, maxBodyBytes: 8 * 1024 * 1024),  // the server's defaults
            Limits(maxHeaderBytes: 64, maxHeaderCount: 4, maxBodyBytes: 16),
            Limits(maxHeaderBytes: 256, maxHeaderCount: 8, maxBodyBytes: 0),
            Limits(maxHeaderBytes: 1024, maxHeaderCount: 16, maxBodyBytes: 100),
        ]
    }

    let limits: Limits
    /// Everything the client sends, in order.
    let stream: [UInt8]
    /// `stream` cut into the reads the server sees; joined they are `stream`.
    let reads: [[UInt8]]

    /// Nil when the input is too short to hold the control bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 3 else { return nil }
        let control = bytes[0]
        limits = Limits.profiles[Int(control & 0b11)]
        stream = Array(bytes[3...])
        if (control >> 2) & 0b11 == 3 {
            reads = stream.map { [$0] }
        } else {
            let split = (Int(bytes[1]) << 8 | Int(bytes[2])) % (stream.count + 1)
            reads = [Array(stream[..<split]), Array(stream[split...])]
        }
    }
}
