#include "dataset/MetadataCsvImporter.h"

#include "dataset/CsvReader.h"
#include "dataset/ImportContext.h"
#include "dataset/ManifestFile.h"
#include "dataset/ManifestSampleBuilder.h"
#include "dataset/SampleSink.h"
#include "media/TextDecoder.h"
#include "progress/Progress.h"

#include <QFile>

namespace lockstep {

ImportReport MetadataCsvImporter::run(ImportContext& context, const QString& manifestPath)
{
    ImportReport report;
    report.layout = QStringLiteral("metadata-csv");
    const QString name = context.root().relativeTo(manifestPath);
    const ManifestFile file(manifestPath);
    if (!file.ok()) {
        report.error = QStringLiteral("cannot open %1: %2").arg(name, file.error());
        return report;
    }
    const QByteArray& bytes = file.bytes();

    {
        const DecodedText check = TextDecoder::decode(bytes.left(std::min<qsizetype>(bytes.size(), 64 << 20)));
        if (check.invalidBytes > 0)
            context.warn(name, check.firstInvalidLine, {},
                         QStringLiteral("%1 bytes are not valid UTF-8 (first on this line); they read as U+FFFD")
                             .arg(check.invalidBytes));
    }

    CsvReader csv(bytes, CsvReader::sniffDelimiter(bytes));
    QStringList header;
    if (!csv.readRecord(&header)) {
        report.error =
            QStringLiteral("%1 is empty: expected a header such as ID,Image_Path,Text_Path,Audio_Path,Label").arg(name);
        return report;
    }
    QList<ManifestSampleBuilder::Field> fields;
    bool anyKnown = false;
    for (const QString& column : header) {
        const ManifestField role = manifestFieldFor(column);
        anyKnown = anyKnown || role != ManifestField::Unknown;
        fields.append({column.trimmed(), role, {}});
    }
    if (!anyKnown)
        context.warn(name, 1, {},
                     QStringLiteral("no known column in header '%1' (expected ID, Image_Path, Text_Path, "
                                    "Audio_Path, Label ...); every column is kept as an attribute")
                         .arg(header.join(QLatin1Char(','))));

    ManifestSampleBuilder builder(context, name);
    QStringList values;
    qint64 records = 0;
    while (csv.readRecord(&values)) {
        for (const QString& problem : csv.problems())
            context.warn(name, csv.recordLine(), {}, problem);
        if (values.size() != header.size()) {
            context.warn(name, csv.recordLine(), {},
                         QStringLiteral("%1 fields where the header has %2; missing fields read as empty, "
                                        "extra fields are dropped")
                             .arg(values.size())
                             .arg(header.size()));
        }
        for (qsizetype i = 0; i < fields.size(); ++i)
            fields[i].value = i < values.size() ? values[i] : QString();
        context.sink().addSample(builder.build(fields, csv.recordLine(), records));
        ++records;
        if ((records & 4095) == 0) {
            context.progress().report(QStringLiteral("Reading %1").arg(name), csv.position(), csv.size());
            if (context.cancelled()) {
                report.cancelled = true;
                report.error = QStringLiteral("import cancelled");
                return report;
            }
        }
    }
    context.progress().report(QStringLiteral("Reading %1").arg(name), csv.size(), csv.size());
    report.ok = true;
    report.samples = records;
    return report;
}

}  // namespace lockstep
