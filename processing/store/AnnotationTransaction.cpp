#include "store/AnnotationTransaction.h"

#include "store/ProjectStore.h"

#include <QDateTime>

namespace lockstep {

AnnotationTransaction::AnnotationTransaction(ProjectStore& store, const QString& action, const QString& who)
    : m_db(store.database()),
      m_tx(m_db),
      m_action(action),
      m_who(who),
      m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
      m_removeKind(m_db, "DELETE FROM annotations WHERE sample_id = ? AND kind = ?"),
      m_removeKey(m_db, "DELETE FROM annotations WHERE sample_id = ? AND kind = ? AND key = ?"),
      m_removeTimed(m_db,
                    "DELETE FROM annotations WHERE sample_id = ? AND kind = ? AND key = ? AND start_us = ? AND "
                    "end_us = ?"),
      m_insert(m_db,
               "INSERT INTO annotations(sample_id, kind, key, value, start_us, end_us, created_at) "
               "VALUES(?, ?, ?, ?, ?, ?, ?)"),
      m_audit(m_db,
              "INSERT INTO audit_log(at, who, action, sample_id, field, old_value, new_value) "
              "VALUES(?, ?, ?, ?, ?, ?, ?)")
{
    if (!m_tx.ok())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool AnnotationTransaction::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool AnnotationTransaction::removeRows(const QString& sampleId, const char* kind, const std::optional<QString>& key)
{
    SqliteStatement& st = key ? m_removeKey : m_removeKind;
    st.bind(1, sampleId);
    st.bind(2, QString::fromLatin1(kind));
    if (key)
        st.bind(3, *key);
    return st.run(&m_error);
}

bool AnnotationTransaction::removeTimedRows(const QString& sampleId, const char* kind, const QString& key,
                                            qint64 startUs, qint64 endUs)
{
    m_removeTimed.bind(1, sampleId);
    m_removeTimed.bind(2, QString::fromLatin1(kind));
    m_removeTimed.bind(3, key);
    m_removeTimed.bind(4, startUs);
    m_removeTimed.bind(5, endUs);
    return m_removeTimed.run(&m_error);
}

bool AnnotationTransaction::insertRow(const QString& sampleId, const char* kind, const QString& key,
                                      const QString& value, std::optional<qint64> startUs, std::optional<qint64> endUs)
{
    m_insert.bind(1, sampleId);
    m_insert.bind(2, QString::fromLatin1(kind));
    m_insert.bind(3, key);
    m_insert.bind(4, value);
    if (startUs)
        m_insert.bind(5, *startUs);
    else
        m_insert.bindNull(5);
    if (endUs)
        m_insert.bind(6, *endUs);
    else
        m_insert.bindNull(6);
    m_insert.bind(7, m_now);
    return m_insert.run(&m_error);
}

bool AnnotationTransaction::audit(const QString& sampleId, const QString& field, const QString& oldValue,
                                  const QString& newValue)
{
    m_audit.bind(1, m_now);
    m_audit.bind(2, m_who);
    m_audit.bind(3, m_action);
    m_audit.bind(4, sampleId);
    m_audit.bind(5, field);
    m_audit.bind(6, oldValue);
    m_audit.bind(7, newValue);
    return m_audit.run(&m_error);
}

bool AnnotationTransaction::execBulk(const char* sql)
{
    if (!ok())
        return false;
    SqliteStatement st(m_db, sql);
    if (!st.ok())
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    const int parameters = sqlite3_bind_parameter_count(st.raw());
    if (parameters >= 1)
        st.bind(1, m_now);
    if (parameters >= 2)
        st.bind(2, m_who);
    if (parameters >= 3)
        st.bind(3, m_action);
    return st.run(&m_error);
}

bool AnnotationTransaction::commit()
{
    if (!ok())
        return false;
    if (!m_tx.commit())
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return true;
}

}  // namespace lockstep
