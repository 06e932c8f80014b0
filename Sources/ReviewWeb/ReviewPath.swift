/// The review pages' paths, in one place so that links and routes cannot drift apart.
enum ReviewPath {
    static let root = "/review"
    static let signIn = "/review/signin"
    static let signOut = "/review/signout"
    static let notes = "/review/notes"
    static let followUps = "/review/followups"
    static let report = "/review/report"

    static func note(_ id: String) -> String {
        notes + "/" + QueryString.encode(id)
    }

    static func conflicts(_ id: String) -> String {
        note(id) + "/conflicts"
    }

    static func followUp(_ id: String) -> String {
        followUps + "/" + QueryString.encode(id)
    }
}
