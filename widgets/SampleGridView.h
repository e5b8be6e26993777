#pragma once

#include "media/DatasetRoot.h"

#include <QCache>
#include <QListView>
#include <QTimer>

namespace lockstep {

class SampleTableModel;
class ThumbnailCache;

// The sample table as a grid of thumbnails: the same model (so the same order and filter) and the same
// selection model as the table (so J / K / A / R and the details pane follow whichever is shown). Tiles are
// laid out by QListView's static list layout (uniform sizes: no per-item geometry, so 1,000,000 samples cost
// nothing to lay out); only painted tiles ask for their thumbnail, which is made off the GUI thread and cached
// on disk in the project's cache folder. Each tile shows a placeholder until its picture arrives, and badges
// for the review status and the issue count.
class SampleGridView final : public QListView {
    Q_OBJECT
public:
    explicit SampleGridView(QWidget* parent = nullptr);
    ~SampleGridView() override;

    // Shows model with the table's selection model (which must belong to model).
    void setSampleModel(SampleTableModel* model, QItemSelectionModel* sharedSelection);
    SampleTableModel* sampleModel() const { return m_model; }
    ThumbnailCache* thumbnails() const { return m_thumbnails; }

    // The absolute path of the image of the sample at a model row, or "" (no image, or a path outside the
    // dataset folder). Looked up once per sample shown, then remembered.
    QString imagePathOfRow(int row) const;
    // For the delegate: the thumbnail of row, or null (pending: a placeholder is drawn).
    QImage thumbnailOfRow(int row, bool* failed) const;

    static QSize tileSize();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onStoreChanged();

    SampleTableModel* m_model = nullptr;
    ThumbnailCache* m_thumbnails = nullptr;
    mutable QCache<qint64, QString> m_paths;  // stored row -> absolute image path ("" = none)
    QString m_storePath;
    DatasetRoot m_root;
    QTimer m_repaint;  // thumbnails arriving in a burst repaint once
};

}  // namespace lockstep
