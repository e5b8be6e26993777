#pragma once

#include "media/AudioDecoder.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace lockstep {

// The decoded media of one sample, as the details pane shows it: a size-limited image preview, the text,
// audio facts. Built by SampleMediaLoader on a worker thread.
struct SampleMedia {
    // What happened to one item's file.
    struct File {
        bool present = false;  // the sample has an item of this modality with a file
        bool missing = false;  // referenced, but not on disk
        QString relativePath;
        QString absolutePath;
        QString error;  // refused path, unreadable file, undecodable content
        qint64 bytes = 0;
    };

    File image;
    QImage imagePreview;  // scaled to fit the requested preview size
    QSize imageSize;      // full size of the image file
    QString imageFormat;

    File text;
    bool textInline = false;  // the text came from the manifest, not from a file
    QString textContent;
    bool textTruncated = false;
    int textInvalidBytes = 0;
    int textFirstInvalidLine = 0;

    File audio;
    AudioInfo audioInfo;

    File video;
};

}  // namespace lockstep
