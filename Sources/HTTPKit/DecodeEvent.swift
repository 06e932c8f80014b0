/// What `HTTPRequestDecoder` needs or has produced after looking at the buffer.
enum DecodeEvent: Sendable {
    /// Read more bytes, then decode again.
    case needMoreData
    /// The head asked for `Expect: 100-continue` and the body fits: send "100 Continue", then decode again.
    case continueExpected
    /// A complete request; its bytes have been consumed from the buffer.
    case request(HTTPRequest)
}
