#include "store/TagRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/BulkEditTable.h"
#include "store/PerSampleRead.h"
#include "store/ProjectStore.h"

namespace lockstep {

namespace {

const char* const kNoteKind = "note";

}  // namespace

std::vector<QStringList> TagRepository::tags(const std::vector<QString>& sampleIds) const
{
    std::vector<QStringList> out = readPerSample<QStringList>(
        m_store.database(), "SELECT value FROM annotations WHERE sample_id = ? AND kind = 'tag'", sampleIds,
        [](QStringList& tags, const SqliteStatement& st) {
            tags << st.columnText(0);
            return true;
        });
    for (QStringList& tags : out)
        tags.sort(Qt::CaseInsensitive);
    return out;
}

bool TagRepository::setTags(const std::vector<QString>& sampleIds, const std::vector<QStringList>& tags,
                            const QString& action, const QString& who)
{
    if (sampleIds.size() != tags.size()) {
        m_error = QStringLiteral("setTags: %1 ids but %2 tag lists").arg(sampleIds.size()).arg(tags.size());
        return false;
    }
    const std::vector<QStringList> before = this->tags(sampleIds);
    AnnotationTransaction tx(m_store, action, who);
    // One row per tag removed (old_value) or added (new_value), in the order the audit log lists them; then
    // set-based statements over them (see BulkEditTable).
    BulkEditTable edits(tx.database());
    for (std::size_t i = 0; i < sampleIds.size() && edits.ok(); ++i) {
        for (const QString& old : before[i])
            if (!tags[i].contains(old))
                edits.add(sampleIds[i], old, std::nullopt);
        for (const QString& tag : tags[i])
            if (!before[i].contains(tag))
                edits.add(sampleIds[i], std::nullopt, tag);
    }
    if (!edits.ok()) {
        m_error = edits.error();
        return false;
    }
    if (edits.size() == 0)
        return true;
    tx.execBulk(
        "DELETE FROM annotations WHERE id IN (SELECT a.id FROM temp.bulk_edit e JOIN annotations a ON a.sample_id = "
        "e.sample_id AND a.kind = 'tag' AND a.key = e.old_value WHERE e.old_value IS NOT NULL)");
    tx.execBulk(
        "INSERT INTO annotations(sample_id, kind, key, value, created_at) SELECT sample_id, 'tag', new_value, "
        "new_value, ?1 FROM temp.bulk_edit WHERE new_value IS NOT NULL ORDER BY pos");
    tx.execBulk(
        "INSERT INTO audit_log(at, who, action, sample_id, field, old_value, new_value) SELECT ?1, ?2, ?3, "
        "sample_id, 'tag', coalesce(old_value, ''), coalesce(new_value, '') FROM temp.bulk_edit ORDER BY pos");
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QStringList TagRepository::knownTags() const
{
    QStringList out;
    SqliteStatement st(m_store.database(),
                       "SELECT DISTINCT value FROM annotations WHERE kind = 'tag' ORDER BY value COLLATE NOCASE");
    while (st.step() == SQLITE_ROW)
        out << st.columnText(0);
    return out;
}

std::vector<QString> TagRepository::notes(const std::vector<QString>& sampleIds) const
{
    return readTextPerSample(m_store.database(), "SELECT value FROM annotations WHERE sample_id = ? AND kind = 'note'",
                             sampleIds);
}

bool TagRepository::setNotes(const std::vector<QString>& sampleIds, const std::vector<QString>& notes,
                             const QString& action, const QString& who)
{
    if (sampleIds.size() != notes.size()) {
        m_error = QStringLiteral("setNotes: %1 ids but %2 notes").arg(sampleIds.size()).arg(notes.size());
        return false;
    }
    const std::vector<QString> before = this->notes(sampleIds);
    AnnotationTransaction tx(m_store, action, who);
    for (std::size_t i = 0; i < sampleIds.size() && tx.ok(); ++i) {
        if (notes[i] == before[i])
            continue;
        tx.removeRows(sampleIds[i], kNoteKind);
        if (!notes[i].isEmpty())
            tx.insertRow(sampleIds[i], kNoteKind, QString(), notes[i]);
        tx.audit(sampleIds[i], QStringLiteral("note"), before[i], notes[i]);
    }
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

}  // namespace lockstep
