/// Constants of the sync protocol that both sides must agree on. SyncProtocol.md is the full contract.
public enum SyncProtocol {
    /// The protocol version this build speaks; it is also the `/v1` in every path.
    public static let version = 1
    /// Header a client sends with its protocol version; absent means version 1.
    public static let versionHeader = "FieldKit-Protocol"
    /// Header naming the device making the request; a token is bound to the first device that uses it.
    public static let deviceHeader = "FieldKit-Device"
    /// Optional header with the device's clock when it sent the request, in milliseconds since the
    /// epoch (UTC); the server keeps its offset from its own clock per device.
    public static let deviceTimeHeader = "FieldKit-Device-Time"
    /// Most records one push may carry.
    public static let maximumPushRecords = 1000
    /// Most records one pull page returns, and the default page size.
    public static let maximumPullLimit = 1000
    public static let defaultPullLimit = 500
}
