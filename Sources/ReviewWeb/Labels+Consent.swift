import FieldCore

extension Labels {
    /// Who recorded a note's consent decision and when, in this language, e.g. "given by Anna on 2026-09-05 15:12".
    func consent(_ record: ConsentRecord) -> String {
        let (officer, time) = (record.mark.officer, WebTime.moment(record.mark.at))
        switch record.decision {
        case .given: return consentGiven(officer, time)
        case .withdrawn: return consentWithdrawn(officer, time)
        case .clearedByDelete: return consentClearedByDelete(officer, time)
        case .notGiven: return consentNotGiven
        }
    }
}
