/// A streaming SHA-256 hasher (FIPS 180-4).
///
/// Bytes can be fed in pieces as they arrive, so a request body or an audit chain
/// is hashed without first being gathered into one buffer.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("field ")
/// hasher.update("notes")
/// let digest = hasher.finalize()   // == SHA256.hash("field notes")
/// ```
public struct SHA256: Sendable {
    /// The length of a SHA-256 digest in bytes.
    public static let digestByteCount = 32

    /// The size of a message block; padding and compression work on whole blocks (§5.1.1).
    static let blockByteCount = 64

    /// The eight hash words H0...H7, updated after every block.
    var state: [UInt32]
    /// Holds the start of a block until enough input arrives to complete it.
    var pending: [UInt8]
    /// How many bytes of `pending` are in use, always less than a block.
    var pendingCount: Int
    /// The whole message length so far; padding records it in bits, modulo 2^64 as §5.1.1 allows.
    var messageByteCount: UInt64

    /// Creates a hasher for a new, empty message.
    public init() {
        state = Self.initialHashValue
        pending = [UInt8](repeating: 0, count: Self.blockByteCount)
        pendingCount = 0
        messageByteCount = 0
    }

    /// Appends bytes to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Appends bytes to the message without copying them first.
    ///
    /// Whole blocks are compressed straight from `bytes`; only a trailing partial block is kept.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        messageByteCount &+= UInt64(bytes.count)
        var remaining = bytes
        if pendingCount > 0 {
            remaining = fillPending(from: remaining)
            guard pendingCount == Self.blockByteCount else { return }
            compressPending()
        }
        let wholeBlockBytes = remaining.count - remaining.count % Self.blockByteCount
        if wholeBlockBytes > 0 {
            Self.compress(&state, blocks: UnsafeRawBufferPointer(rebasing: remaining[..<wholeBlockBytes]))
        }
        _ = fillPending(from: UnsafeRawBufferPointer(rebasing: remaining[wholeBlockBytes...]))
    }

    /// Appends the UTF-8 encoding of `text` to the message.
    public mutating func update(_ text: String) {
        var text = text
        // `withUTF8` only copies when the string is not already contiguous UTF-8 (e.g. bridged).
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Pads the message and returns its 32-byte digest.
    ///
    /// `consuming` because a padded hasher cannot take more input. `SHA256` is copyable, so a caller
    /// who still uses the variable afterwards gets an implicit copy: the variable keeps its
    /// unpadded state and can be updated further (handy for digests of growing prefixes).
    public consuming func finalize() -> [UInt8] {
        let bitLength = messageByteCount &* 8
        // 0x80, then zeros until 8 bytes short of a block boundary, then the length (§5.1.1).
        let zeroCount = (Self.blockByteCount + 55 - pendingCount) % Self.blockByteCount
        var padding = [UInt8](repeating: 0, count: 1 + zeroCount + 8)
        padding[0] = 0x80
        for index in 0..<8 {
            padding[padding.count - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * index))
        }
        update(padding)
        return digest()
    }

    /// Hashes `bytes` in one call.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Hashes the UTF-8 encoding of `text` in one call.
    public static func hash(_ text: String) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(text)
        return hasher.finalize()
    }

    /// Copies as much of `bytes` into `pending` as fits and returns the rest.
    private mutating func fillPending(from bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let count = min(bytes.count, Self.blockByteCount - pendingCount)
        guard count > 0 else { return bytes }
        pending.withUnsafeMutableBytes { buffer in
            let destination = UnsafeMutableRawBufferPointer(rebasing: buffer[pendingCount..<pendingCount + count])
            destination.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[..<count]))
        }
        pendingCount += count
        return UnsafeRawBufferPointer(rebasing: bytes[count...])
    }

    private mutating func compressPending() {
        pending.withUnsafeBytes { Self.compress(&state, blocks: $0) }
        pendingCount = 0
    }

    /// The hash words as big-endian bytes (§6.2.2 step 4).
    private func digest() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.digestByteCount)
        for word in state {
            bytes.append(UInt8(truncatingIfNeeded: word >> 24))
            bytes.append(UInt8(truncatingIfNeeded: word >> 16))
            bytes.append(UInt8(truncatingIfNeeded: word >> 8))
            bytes.append(UInt8(truncatingIfNeeded: word))
        }
        return bytes
    }
}
