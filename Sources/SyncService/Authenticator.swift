import FieldCore
import FieldStore
import HTTPKit

/// Checks the bearer token and the device of a sync request, binding a new token to its first device.
struct Authenticator: Sendable {
    let gate: StoreGate
    let log: ServerLog

    func authenticate(_ request: HTTPRequest) throws -> AuthenticatedDevice {
        let claimed = request.headers[SyncProtocol.deviceHeader]
        do {
            return try check(request, claimedDevice: claimed)
        } catch let error as HTTPError {
            log.refusal(error.code, device: claimed.flatMap { DeviceID.isValid($0) ? $0 : "invalid" }, path: request.path)
            throw error
        }
    }

    private func check(_ request: HTTPRequest, claimedDevice: String?) throws -> AuthenticatedDevice {
        let token = try validToken(request)
        guard let claimedDevice else {
            throw HTTPError(.badRequest, code: "missing_device", message: "name the device in the \(SyncProtocol.deviceHeader) header")
        }
        guard DeviceID.isValid(claimedDevice) else {
            throw HTTPError(.badRequest, code: "invalid_device", message: "the \(SyncProtocol.deviceHeader) header is not a valid device id")
        }
        let device = DeviceID(claimedDevice)
        // Bind on first use only; afterwards the comparison needs no write.
        let bound = try token.deviceID ?? StoreFailure.mapped { try gate.withStore { try $0.bindDevice(device, toToken: token.id) } }
        guard bound == device else {
            throw HTTPError(.forbidden, code: "device_mismatch", message: "this token belongs to another device; ask your admin to enroll this one")
        }
        return AuthenticatedDevice(token: token, device: device)
    }

    /// The enrolled token the request carries, or 401.
    func validToken(_ request: HTTPRequest) throws -> EnrolledToken {
        guard let header = request.headers["Authorization"] else {
            throw Self.unauthorized("missing_token", "send 'Authorization: Bearer TOKEN'")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Self.unauthorized("invalid_token", "the token is not valid")
        }
        switch try TokenCheck.check(String(parts[1]), gate: gate) {
        case .valid(let token): return token
        case .invalid: throw Self.unauthorized("invalid_token", "the token is not valid")
        case .revoked: throw Self.unauthorized("revoked_token", "this token has been revoked")
        }
    }

    static func unauthorized(_ code: String, _ message: String) -> HTTPError {
        var headers = HTTPHeaders()
        headers.set("WWW-Authenticate", "Bearer realm=\"fieldkit\"")
        return HTTPError(.unauthorized, code: code, message: message, headers: headers)
    }
}
