import FieldStore

/// Finds the enrollment a token's text names, the one way every entry point checks a token:
/// its shape, its secret against the stored verifier in constant time, then revocation.
///
/// The sync API reads the token from `Authorization`; the review pages from a sign-in form.
public enum TokenCheck {
    public enum Outcome: Sendable, Equatable {
        case valid(EnrolledToken)
        /// Not shaped like a token, unknown, or a wrong secret: callers say only "not valid".
        case invalid
        case revoked
    }

    /// What `text` is as a token; store failures surface as the `HTTPError`s of `StoreFailure`.
    public static func check(_ text: String, gate: StoreGate) throws -> Outcome {
        guard let parsed = TokenCodec.parse(text) else { return .invalid }
        guard let token = try StoreFailure.mapped({ try gate.withStore { try $0.token(selector: parsed.selector) } }),
              TokenCodec.verify(secret: parsed.secret, against: token.verifierHash) else { return .invalid }
        return token.isRevoked ? .revoked : .valid(token)
    }
}
