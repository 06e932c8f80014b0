import FieldStore

/// A note's version history: each stored change, when it was merged and from where, and the writes it brought.
struct HistorySection {
    let history: [HistoryEntry]
    let labels: Labels

    var html: HTML {
        """
        <section class="panel" aria-labelledby="history"><h2 id="history">\(labels.historyTitle)</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">\(labels.mergedAt)</th><th scope="col">\(labels.source)</th><th scope="col">\(labels.writes)</th></tr></thead>
        <tbody>\(history.reversed().map(row))</tbody>
        </table></div></section>
        """
    }

    private func row(_ entry: HistoryEntry) -> HTML {
        """
        <tr><td class="nowrap">\(WebTime.moment(entry.mergedAt))</td><td>\(entry.source)</td>\
        <td><ul class="writes">\(entry.writes.map(write))</ul></td></tr>
        """
    }

    private func write(_ write: HistoryEntry.Write) -> HTML {
        let fields = write.fields.map { labels.name(of: $0) }.joined(separator: ", ")
        return """
        <li>\(labels.writtenBy(write.officer, write.device.rawValue, WebTime.moment(write.at))): \
        <span class="muted">\(fields)</span></li>
        """
    }
}
