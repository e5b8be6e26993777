#include "dataset/ManifestField.h"

#include <QHash>

namespace lockstep {

namespace {

QString normalise(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QLatin1Char('.'))
            continue;
        out += c.toLower();
    }
    return out;
}

const QHash<QString, ManifestField>& table()
{
    static const QHash<QString, ManifestField> t = [] {
        QHash<QString, ManifestField> h;
        auto add = [&h](ManifestField f, std::initializer_list<const char*> names) {
            for (const char* n : names)
                h.insert(QString::fromLatin1(n), f);
        };
        add(ManifestField::Id, {"id", "sampleid", "key", "uid", "uttid", "utteranceid", "name"});
        add(ManifestField::Label, {"label", "class", "category", "labels", "classname", "target"});
        add(ManifestField::Split, {"split", "subset", "partition", "fold"});
        add(ManifestField::ImagePath, {"imagepath", "image", "img", "imagefile", "imgpath", "imagefilepath"});
        add(ManifestField::FilePath, {"filename", "filepath", "file", "path", "relativepath"});
        add(ManifestField::TextPath,
            {"textpath", "textfile", "captionpath", "captionfile", "txtpath", "transcriptfile", "textfilepath"});
        add(ManifestField::InlineText,
            {"text", "caption", "sentence", "transcript", "transcription", "normalizedtext", "prompt", "description"});
        add(ManifestField::AudioPath,
            {"audiopath", "audio", "audiofile", "audiofilepath", "wav", "wavpath", "audiofilename", "soundpath"});
        add(ManifestField::VideoPath, {"videopath", "video", "videofile", "videofilepath", "mp4"});
        add(ManifestField::TimedTextPath,
            {"subtitlepath", "subtitles", "subtitle", "transcriptpath", "segmentspath", "alignmentpath", "textgrid",
             "textgridpath", "srt", "vtt", "eaf", "eafpath", "srtpath", "vttpath"});
        add(ManifestField::SensorPath, {"sensorpath", "sensor", "sensorcsv", "imupath", "imu", "sensorfile"});
        add(ManifestField::FramesPath, {"framespath", "frames", "framesdir", "framefolder", "imagesequence"});
        add(ManifestField::Duration, {"duration", "durations", "durationseconds", "length"});
        add(ManifestField::Offset, {"offset", "start", "starttime", "offsetseconds"});
        return h;
    }();
    return t;
}

}  // namespace

ManifestField manifestFieldFor(const QString& columnName)
{
    return table().value(normalise(columnName), ManifestField::Unknown);
}

}  // namespace lockstep
