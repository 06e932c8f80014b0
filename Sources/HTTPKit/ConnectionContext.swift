/// What every connection of one server shares: limits, the handler, the log and the stop signal.
final class ConnectionContext: Sendable {
    let configuration: ServerConfiguration
    let handler: HTTPHandler
    let log: (@Sendable (String) -> Void)?
    let stopSignal: StopSignal

    init(configuration: ServerConfiguration, handler: @escaping HTTPHandler,
         log: (@Sendable (String) -> Void)?, stopSignal: StopSignal) {
        self.configuration = configuration
        self.handler = handler
        self.log = log
        self.stopSignal = stopSignal
    }
}
