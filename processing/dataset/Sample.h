#pragma once

#include "dataset/Modality.h"
#include "dataset/Stream.h"

#include <QList>
#include <QPair>
#include <QString>
#include <vector>

namespace lockstep {

// One file (or an inline value) holding a sample's content for one modality.
struct Item {
    Modality modality = Modality::Image;
    QString path;              // relative to the dataset root; empty for inline text
    QString inlineText;        // text given in a manifest instead of a file
    bool fileMissing = false;  // the manifest names a file that does not exist (checked at import)
    bool operator==(const Item&) const = default;
};

// The unit a dataset is curated in: one id, a label, items per modality, optional timed streams and the
// manifest's other columns kept as attributes.
struct Sample {
    QString id;
    QString label;
    QString split;
    std::vector<Item> items;
    std::vector<Stream> streams;
    QList<QPair<QString, QString>> attributes;
    // Where the importer read it (manifest and line, or folder): for messages, not stored.
    QString sourceFile;
    int sourceLine = 0;

    ModalityMask modalities() const
    {
        ModalityMask mask = 0;
        for (const Item& item : items)
            mask |= modalityBit(item.modality);
        return mask;
    }
    const Item* item(Modality m) const
    {
        for (const Item& it : items)
            if (it.modality == m)
                return &it;
        return nullptr;
    }
    bool operator==(const Sample& o) const
    {
        return id == o.id && label == o.label && split == o.split && items == o.items && streams == o.streams &&
               attributes == o.attributes;
    }
};

}  // namespace lockstep
