#include "store/TextEditRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/ProjectStore.h"

namespace lockstep {

namespace {

const char* const kCaptionKind = "caption";
const char* const kSegmentKind = "segment_text";

}  // namespace

std::optional<QString> TextEditRepository::caption(const QString& sampleId) const
{
    SqliteStatement st(m_store.database(), "SELECT value FROM annotations WHERE sample_id = ? AND kind = 'caption'");
    st.bind(1, sampleId);
    if (st.step() == SQLITE_ROW)
        return st.columnText(0);
    return std::nullopt;
}

bool TextEditRepository::setCaption(const QString& sampleId, const std::optional<QString>& text, const QString& action,
                                    const QString& who)
{
    const std::optional<QString> before = caption(sampleId);
    if (before == text)
        return true;
    AnnotationTransaction tx(m_store, action, who);
    tx.removeRows(sampleId, kCaptionKind);
    if (text)
        tx.insertRow(sampleId, kCaptionKind, QString(), *text);
    tx.audit(sampleId, QStringLiteral("caption"), before.value_or(QString()), text.value_or(QString()));
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

std::optional<QString> TextEditRepository::segmentText(const QString& sampleId, const QString& stream, Micros start,
                                                       Micros end) const
{
    SqliteStatement st(m_store.database(),
                       "SELECT value FROM annotations WHERE sample_id = ? AND kind = 'segment_text' AND key = ? AND "
                       "start_us = ? AND end_us = ?");
    st.bind(1, sampleId);
    st.bind(2, stream);
    st.bind(3, qint64(start.count()));
    st.bind(4, qint64(end.count()));
    if (st.step() == SQLITE_ROW)
        return st.columnText(0);
    return std::nullopt;
}

bool TextEditRepository::setSegmentText(const QString& sampleId, const QString& stream, Micros start, Micros end,
                                        const std::optional<QString>& text, const QString& action, const QString& who)
{
    const std::optional<QString> before = segmentText(sampleId, stream, start, end);
    if (before == text)
        return true;
    AnnotationTransaction tx(m_store, action, who);
    tx.removeTimedRows(sampleId, kSegmentKind, stream, start.count(), end.count());
    if (text)
        tx.insertRow(sampleId, kSegmentKind, stream, *text, start.count(), end.count());
    tx.audit(sampleId, QStringLiteral("segment_text %1 %2-%3 us").arg(stream).arg(start.count()).arg(end.count()),
             before.value_or(QString()), text.value_or(QString()));
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

}  // namespace lockstep
