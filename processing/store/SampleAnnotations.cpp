#include "store/SampleAnnotations.h"

#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"

#include <algorithm>

namespace lockstep {

bool SampleAnnotations::isEmpty() const
{
    return tags.isEmpty() && note.isEmpty() && !caption && segmentTexts.empty() && regions.empty();
}

std::optional<QString> SampleAnnotations::segmentText(const QString& stream, Micros start, Micros end) const
{
    for (const SegmentTextEdit& e : segmentTexts)
        if (e.stream == stream && e.start == start && e.end == end)
            return e.text;
    return std::nullopt;
}

SampleAnnotations loadSampleAnnotations(const ProjectStore& store, const QString& sampleId)
{
    SampleAnnotations out;
    SqliteStatement st(store.database(),
                       "SELECT kind, key, value, coalesce(start_us, 0), coalesce(end_us, 0) FROM annotations "
                       "WHERE sample_id = ? AND kind IN ('tag', 'note', 'caption', 'segment_text', 'region') "
                       "ORDER BY id");
    st.bind(1, sampleId);
    while (st.step() == SQLITE_ROW) {
        const QString kind = st.columnText(0);
        const Micros start{st.columnInt64(3)};
        const Micros end{st.columnInt64(4)};
        if (kind == QLatin1String("tag"))
            out.tags << st.columnText(2);
        else if (kind == QLatin1String("note"))
            out.note = st.columnText(2);
        else if (kind == QLatin1String("caption"))
            out.caption = st.columnText(2);
        else if (kind == QLatin1String("segment_text"))
            out.segmentTexts.push_back(SegmentTextEdit{st.columnText(1), start, end, st.columnText(2)});
        else
            out.regions.push_back(TimeRegion{st.columnText(1), st.columnText(2), start, end});
    }
    out.tags.sort(Qt::CaseInsensitive);
    std::stable_sort(out.regions.begin(), out.regions.end(),
                     [](const TimeRegion& a, const TimeRegion& b) { return a.start < b.start; });
    return out;
}

int applyTextEdits(Sample& sample, const SampleAnnotations& annotations)
{
    int replaced = 0;
    if (annotations.caption) {
        for (Item& item : sample.items)
            if (item.modality == Modality::Text) {
                item.inlineText = *annotations.caption;
                ++replaced;
                break;
            }
    }
    for (Stream& stream : sample.streams) {
        if (stream.kind != StreamKind::TextSegments)
            continue;
        for (Segment& segment : stream.segments)
            if (const std::optional<QString> text = annotations.segmentText(stream.name, segment.start, segment.end)) {
                segment.text = *text;
                ++replaced;
            }
    }
    return replaced;
}

}  // namespace lockstep
