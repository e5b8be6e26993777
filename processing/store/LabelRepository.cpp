#include "store/LabelRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/BulkEditTable.h"
#include "store/PerSampleRead.h"
#include "store/ProjectStore.h"
#include "store/SampleRowColumns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lockstep {

namespace {

const QLatin1String kLabelSetKey("label_set");

}  // namespace

std::vector<QString> LabelRepository::labels(const std::vector<QString>& sampleIds) const
{
    return readTextPerSample(m_store.database(),
                             "SELECT " LOCKSTEP_SAMPLE_LABEL_SQL " FROM samples s WHERE s.sample_id = ?", sampleIds);
}

QString LabelRepository::originalLabel(const QString& sampleId) const
{
    return readTextPerSample(m_store.database(), "SELECT dataset_label FROM samples WHERE sample_id = ?", {sampleId})
        .front();
}

bool LabelRepository::setLabels(const std::vector<QString>& sampleIds, const std::vector<QString>& labels,
                                const QString& action, const QString& who)
{
    if (sampleIds.size() != labels.size()) {
        m_error = QStringLiteral("setLabels: %1 ids but %2 labels").arg(sampleIds.size()).arg(labels.size());
        return false;
    }
    AnnotationTransaction tx(m_store, action, who);
    // Set-based over a temp table of the samples (see BulkEditTable): old_value the label now, new_value the new
    // one, old_extra the dataset's own label (kept in the edit's key, so setting it back removes the edit).
    BulkEditTable edits(tx.database());
    const std::vector<bool> isLast = BulkEditTable::lastOccurrences(sampleIds);
    for (std::size_t i = 0; i < sampleIds.size() && edits.ok(); ++i)
        if (isLast[i])
            edits.add(sampleIds[i], std::nullopt, labels[i]);
    if (!edits.ok()) {
        m_error = edits.error();
        return false;
    }
    tx.execBulk(
        "UPDATE temp.bulk_edit AS e SET row = s.row, old_extra = s.dataset_label, old_value = coalesce((SELECT "
        "sl.label FROM sample_labels sl WHERE sl.row = s.row), s.dataset_label) FROM samples s WHERE s.sample_id = "
        "e.sample_id");
    // Unknown samples and unchanged labels: nothing to write, nothing to log.
    tx.execBulk("DELETE FROM temp.bulk_edit WHERE old_value IS NULL OR old_value = new_value");
    tx.execBulk("DELETE FROM annotations WHERE kind = 'label' AND sample_id IN (SELECT sample_id FROM temp.bulk_edit)");
    tx.execBulk(
        "INSERT INTO annotations(sample_id, kind, key, value, created_at) SELECT sample_id, 'label', old_extra, "
        "new_value, ?1 FROM temp.bulk_edit WHERE new_value <> old_extra ORDER BY pos");
    // The narrow table the table view, its sorting and the filter read: a row per edited sample only.
    tx.execBulk("DELETE FROM sample_labels WHERE row IN (SELECT row FROM temp.bulk_edit WHERE new_value = old_extra)");
    tx.execBulk(
        "INSERT OR REPLACE INTO sample_labels(row, label) SELECT row, new_value FROM temp.bulk_edit WHERE "
        "new_value <> old_extra ORDER BY row");
    tx.execBulk(
        "INSERT INTO audit_log(at, who, action, sample_id, field, old_value, new_value) SELECT ?1, ?2, ?3, "
        "sample_id, 'label', old_value, new_value FROM temp.bulk_edit ORDER BY pos");
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QStringList LabelRepository::importedLabels() const
{
    QStringList out;
    SqliteStatement st(m_store.database(),
                       "SELECT DISTINCT dataset_label FROM samples WHERE dataset_label <> '' "
                       "ORDER BY dataset_label COLLATE NOCASE");
    while (st.step() == SQLITE_ROW)
        out << st.columnText(0);
    return out;
}

bool LabelRepository::hasStoredLabelSet() const
{
    return !m_store.meta(kLabelSetKey).isEmpty();
}

QStringList LabelRepository::labelSet() const
{
    const QString stored = m_store.meta(kLabelSetKey);
    if (stored.isEmpty())
        return importedLabels();
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

bool LabelRepository::setLabelSet(const QStringList& labels, const QString& action, const QString& who)
{
    const QStringList before = labelSet();
    AnnotationTransaction tx(m_store, action, who);
    SqliteStatement meta(tx.database(), "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    meta.bind(1, QString(kLabelSetKey));
    meta.bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact)));
    QString error;
    if (!meta.run(&error)) {
        m_error = error;
        return false;
    }
    tx.audit(QString(), QStringLiteral("label_set"), before.join(QStringLiteral(", ")),
             labels.join(QStringLiteral(", ")));
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

}  // namespace lockstep
