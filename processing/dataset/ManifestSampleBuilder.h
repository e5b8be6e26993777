#pragma once

#include "dataset/ManifestField.h"
#include "dataset/Sample.h"

#include <QList>
#include <QPair>
#include <QString>

namespace lockstep {

class ImportContext;

// Turns one manifest record (a CSV row or a JSONL object) into a Sample: paths become items and streams
// (resolved inside the dataset root, refused when they leave it), known columns fill id/label/split, and
// every other column is kept as an attribute. Shared by the CSV and JSONL importers so both read the
// same column names the same way.
class ManifestSampleBuilder {
public:
    struct Field {
        QString name;
        ManifestField role = ManifestField::Unknown;
        QString value;
    };

    ManifestSampleBuilder(ImportContext& context, QString manifestName);
    Sample build(const QList<Field>& fields, int line, qint64 recordIndex);

private:
    ImportContext& m_context;
    QString m_manifest;
};

}  // namespace lockstep
