/// The accept thread: admits connections up to the cap and refuses the rest with 503.
extension HTTPServer {
    /// Accepts until the stop signal is raised, then closes the listener so new connections are refused.
    func acceptLoop(_ listener: Socket, context: ConnectionContext) {
        defer { listener.close() }
        while !context.stopSignal.isRaised {
            switch try? listener.wait(timeout: nil, interrupt: context.stopSignal.readDescriptor) {
            case .ready: acceptPending(listener, context: context)
            case .interrupted: return
            default: pause(context)
            }
        }
    }

    private func acceptPending(_ listener: Socket, context: ConnectionContext) {
        while !context.stopSignal.isRaised {
            let accepted: (socket: Socket, remoteAddress: String)?
            do {
                accepted = try listener.accept()
            } catch {
                // E.g. EMFILE: the connection stays queued; back off instead of spinning on it.
                log?("accept failed: \(error)")
                pause(context)
                return
            }
            guard let accepted else { return }
            admit(accepted.socket, remoteAddress: accepted.remoteAddress, context: context)
        }
    }

    /// Sleeps 100 ms, or less if the server stops meanwhile.
    private func pause(_ context: ConnectionContext) {
        _ = try? SystemCalls.poll([(context.stopSignal.readDescriptor, false)], timeoutMilliseconds: 100)
    }

    /// Registers the connection and starts its thread, or refuses it when the server is full.
    private func admit(_ socket: Socket, remoteAddress: String, context: ConnectionContext) {
        let limit = configuration.maxConnections
        let id: Int? = state.withLock { state in
            guard state.connections.count < limit else { return nil }
            defer { state.nextConnectionID += 1 }
            state.connections[state.nextConnectionID] = socket
            return state.nextConnectionID
        }
        guard let id else {
            refuse(socket, reason: "connection limit of \(limit) reached")
            return
        }
        connectionThreads.enter()
        do {
            try SystemCalls.spawnThread { [self] in
                var connection = Connection(socket: socket, remoteAddress: remoteAddress, context: context)
                connection.run()
                release(id, socket)
                connectionThreads.leave()
            }
        } catch {
            state.withLock { _ = $0.connections.removeValue(forKey: id) }
            refuse(socket, reason: "no thread available (\(error))")
            connectionThreads.leave()
        }
    }

    /// Forgets the connection, then closes it: in this order, `stop` cannot shut down a reused descriptor.
    private func release(_ id: Int, _ socket: Socket) {
        state.withLock { _ = $0.connections.removeValue(forKey: id) }
        socket.close()
    }

    /// Answers 503 with `Connection: close` and closes at once, without spending a thread on the client.
    private func refuse(_ socket: Socket, reason: String) {
        let (bytes, _) = HTTPError.serviceUnavailable.response.serialized(headOnly: false, closing: true)
        try? socket.sendAll(bytes, timeout: .milliseconds(100))
        socket.shutdownWrite()
        // Drop input that already arrived, so closing does not reset the connection under the reply.
        _ = try? socket.receive()
        socket.close()
        log?("refused connection: \(reason); answered 503")
    }
}
