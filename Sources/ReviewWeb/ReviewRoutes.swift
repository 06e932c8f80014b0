import FieldCore
import HTTPKit
import SyncService

/// The coordinators' review pages, mounted next to the sync API on the same server.
///
/// | Route | What |
/// |---|---|
/// | `GET /` | to the sign-in page (which sends a signed-in coordinator on to the notes) |
/// | `GET /review` | to the note list |
/// | `GET, POST /review/signin` | the sign-in form; a coordinator token starts a session |
/// | `POST /review/signout` | ends the session |
/// | `GET /review/notes` | the filtered, paged note list |
/// | `GET /review/notes/:id` | one note with its version history |
/// | `GET, POST /review/notes/:id/conflicts` | settle conflicted fields |
/// | `GET /review/followups`, `POST /review/followups/:id` | the follow-up board and its per-note form |
/// | `GET /review/report` | charts and tables |
public enum ReviewRoutes {
    public static func adding(to router: Router, gate: StoreGate, log: ServerLog, secret: ReviewSecret,
                              clock: @escaping @Sendable () -> Timestamp = { .now() }) -> Router {
        let services = ReviewServices(gate: gate, log: log, secret: secret, clock: clock)
        let guarding = ReviewGuard(services: services)
        let signIn = SignInHandlers(services: services, guarding: guarding)
        let notes = NoteHandlers(services: services), conflicts = ConflictHandlers(services: services)
        let followUps = FollowUpHandlers(services: services), report = ReportHandler(services: services)
        return router
            .adding("GET", "/", guarding.open { _ in Redirect.seeOther(ReviewPath.signIn) })
            .adding("GET", ReviewPath.root, guarding.open { _ in Redirect.seeOther(ReviewPath.notes) })
            .adding("GET", ReviewPath.signIn, guarding.open(signIn.form))
            .adding("POST", ReviewPath.signIn, guarding.open(signIn.signIn))
            .adding("POST", ReviewPath.signOut, guarding.signedIn(signIn.signOut))
            .adding("GET", ReviewPath.notes, guarding.signedIn(notes.list))
            .adding("GET", ReviewPath.notes + "/:id", guarding.signedIn(notes.show))
            .adding("GET", ReviewPath.notes + "/:id/conflicts", guarding.signedIn(conflicts.form))
            .adding("POST", ReviewPath.notes + "/:id/conflicts", guarding.signedIn(conflicts.resolve))
            .adding("GET", ReviewPath.followUps, guarding.signedIn(followUps.board))
            .adding("POST", ReviewPath.followUps + "/:id", guarding.signedIn(followUps.update))
            .adding("GET", ReviewPath.report, guarding.signedIn(report.report))
    }
}
