/// The one error shape every endpoint uses: `{"error":{"code":"...","message":"..."}}`.
public struct ErrorBody: Sendable, Equatable {
    public struct Detail: Sendable, Equatable {
        public let code: String
        public let message: String
    }

    public let error: Detail

    public init(code: String, message: String) {
        error = Detail(code: code, message: message)
    }
}
