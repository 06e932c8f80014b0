import CrashPoints

/// One kill in the crash harness: whom to kill, when, and which device's sync is running.
struct CrashCase: CustomStringConvertible {
    enum Victim: String {
        case client = "fieldkit sync"
        case server = "fieldkit-server"
    }

    enum Trigger {
        /// Stop the process at a named crash point (its Nth passage), then SIGKILL it.
        case point(CrashPointName, occurrence: Int)
        /// SIGKILL the victim a number of milliseconds after the device's sync started, wherever it is.
        case delay(milliseconds: Int, victim: Victim)
    }

    let trigger: Trigger
    /// Index of the device whose `fieldkit sync` runs during the kill.
    let device: Int

    static func point(_ name: CrashPointName, _ occurrence: Int = 1, device: Int) -> CrashCase {
        CrashCase(trigger: .point(name, occurrence: occurrence), device: device)
    }

    var victim: Victim {
        switch trigger {
        case .point(let name, _): return name.isOnServer ? .server : .client
        case .delay(_, let victim): return victim
        }
    }

    var isNamed: Bool {
        if case .point = trigger { return true }
        return false
    }

    /// The `FIELDKIT_CRASH_AT` value for the victim, nil for a random kill.
    var crashAt: String? {
        guard case .point(let name, let occurrence) = trigger else { return nil }
        return "\(name.rawValue)@\(occurrence)"
    }

    var description: String {
        switch trigger {
        case .point: return "kill \(victim.rawValue) at \(crashAt ?? "")"
        case .delay(let milliseconds, _): return "kill \(victim.rawValue) \(milliseconds) ms into the sync"
        }
    }
}
