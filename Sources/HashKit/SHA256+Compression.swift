extension SHA256 {
    /// Runs the SHA-256 compression function (FIPS 180-4 §6.2.2) over whole 64-byte blocks.
    ///
    /// Static with the state `inout`, so a hasher can compress straight out of its own `pending`
    /// buffer; the message schedule lives in stack memory, so no block allocates.
    static func compress(_ state: inout [UInt32], blocks: UnsafeRawBufferPointer) {
        precondition(blocks.count % blockByteCount == 0, "SHA-256 compresses whole blocks only")
        guard let base = blocks.baseAddress else { return }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            roundConstants.withUnsafeBufferPointer { constants in
                state.withUnsafeMutableBufferPointer { hash in
                    var offset = 0
                    while offset < blocks.count {
                        prepareSchedule(schedule, block: base + offset)
                        runRounds(hash: hash, schedule: schedule, constants: constants)
                        offset += blockByteCount
                    }
                }
            }
        }
    }

    /// Expands one block into the 64-word message schedule W (§6.2.2 step 1).
    @inline(__always)
    static func prepareSchedule(_ w: UnsafeMutableBufferPointer<UInt32>, block: UnsafeRawPointer) {
        for t in 0..<16 {
            // Unaligned because callers' buffers (e.g. a slice of a request body) may start anywhere.
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
        }
        for t in 16..<64 {
            w[t] = smallSigma1(w[t - 2]) &+ w[t - 7] &+ smallSigma0(w[t - 15]) &+ w[t - 16]
        }
    }

    /// Applies the 64 rounds to one scheduled block and folds the result into `hash` (§6.2.2 steps 2–4).
    @inline(__always)
    static func runRounds(
        hash: UnsafeMutableBufferPointer<UInt32>,
        schedule w: UnsafeMutableBufferPointer<UInt32>,
        constants k: UnsafeBufferPointer<UInt32>
    ) {
        var a = hash[0], b = hash[1], c = hash[2], d = hash[3]
        var e = hash[4], f = hash[5], g = hash[6], h = hash[7]
        for t in 0..<64 {
            let t1 = h &+ bigSigma1(e) &+ choose(e, f, g) &+ k[t] &+ w[t]
            let t2 = bigSigma0(a) &+ majority(a, b, c)
            h = g
            g = f
            f = e
            e = d &+ t1
            d = c
            c = b
            b = a
            a = t1 &+ t2
        }
        hash[0] &+= a
        hash[1] &+= b
        hash[2] &+= c
        hash[3] &+= d
        hash[4] &+= e
        hash[5] &+= f
        hash[6] &+= g
        hash[7] &+= h
    }

    // The six logical functions of §4.1.2.

    @inline(__always)
    static func choose(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { (x & y) ^ (~x & z) }

    @inline(__always)
    static func majority(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { (x & y) ^ (x & z) ^ (y & z) }

    @inline(__always)
    static func bigSigma0(_ x: UInt32) -> UInt32 { rotateRight(x, 2) ^ rotateRight(x, 13) ^ rotateRight(x, 22) }

    @inline(__always)
    static func bigSigma1(_ x: UInt32) -> UInt32 { rotateRight(x, 6) ^ rotateRight(x, 11) ^ rotateRight(x, 25) }

    @inline(__always)
    static func smallSigma0(_ x: UInt32) -> UInt32 { rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3) }

    @inline(__always)
    static func smallSigma1(_ x: UInt32) -> UInt32 { rotateRight(x, 17) ^ rotateRight(x, 19) ^ (x &>> 10) }

    @inline(__always)
    static func rotateRight(_ x: UInt32, _ count: UInt32) -> UInt32 { (x &>> count) | (x &<< (32 - count)) }
}
