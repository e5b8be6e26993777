#include "SampleGridView.h"

#include "SampleGridDelegate.h"
#include "SampleTableModel.h"
#include "ThumbnailCache.h"
#include "store/ProjectStore.h"

#include <QItemSelectionModel>
#include <QScrollBar>

namespace lockstep {

namespace {

constexpr int kPathCacheEntries = 20'000;

}  // namespace

QSize SampleGridView::tileSize()
{
    return {184, 178};
}

SampleGridView::SampleGridView(QWidget* parent)
    : QListView(parent), m_thumbnails(new ThumbnailCache(this)), m_paths(kPathCacheEntries)
{
    setObjectName(QStringLiteral("sampleGrid"));
    // The static list layout, flowing left to right and wrapping: the icon mode's free layout would keep a
    // rectangle per item.
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setLayoutMode(QListView::SinglePass);
    setMovement(QListView::Static);
    setSpacing(4);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setItemDelegate(new SampleGridDelegate(this));
    verticalScrollBar()->setSingleStep(24);

    m_repaint.setSingleShot(true);
    m_repaint.setInterval(30);
    connect(&m_repaint, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this] {
        if (!m_repaint.isActive())
            m_repaint.start();
    });
}

SampleGridView::~SampleGridView() = default;

void SampleGridView::setSampleModel(SampleTableModel* model, QItemSelectionModel* sharedSelection)
{
    m_model = model;
    setModel(model);
    setModelColumn(SampleTableModel::IdColumn);
    if (sharedSelection && sharedSelection->model() == model) {
        QItemSelectionModel* own = selectionModel();
        setSelectionModel(sharedSelection);
        if (own != sharedSelection)
            own->deleteLater();
    }
    connect(model, &QAbstractItemModel::modelReset, this, &SampleGridView::onStoreChanged);
    onStoreChanged();
}

void SampleGridView::resizeEvent(QResizeEvent* event)
{
    // The columns spread over the whole width: the space left over goes between the tiles.
    const int width = viewport()->width();
    const int tile = tileSize().width();
    const int columns = qMax(1, width / (tile + 8));
    const int spacing = qBound(4, (width - columns * tile) / (2 * columns) - 1, 40);
    if (spacing != this->spacing())
        setSpacing(spacing);
    QListView::resizeEvent(event);
}

void SampleGridView::onStoreChanged()
{
    // A reset may be a new project, a scan, a sort or a filter: only a new project drops what is known.
    const std::shared_ptr<const ProjectStore>& store = m_model ? m_model->store() : nullptr;
    const QString path = store ? store->path() : QString();
    const qreal ratio = devicePixelRatioF();
    const QSize picture = tileSize() - QSize(20, 55);
    m_thumbnails->setThumbnailSize(picture * ratio);
    if (path == m_storePath && store)
        return;
    m_storePath = path;
    m_paths.clear();
    m_root = store ? DatasetRoot(store->datasetRoot()) : DatasetRoot();
    m_thumbnails->setCacheFolder(ThumbnailCache::thumbnailFolder(path));
}

QString SampleGridView::imagePathOfRow(int row) const
{
    if (!m_model || !m_model->store())
        return {};
    const SampleRow* sample = m_model->sampleRow(row);
    // No image, or one the import found missing: a placeholder, no request.
    if (!sample || !(sample->modalities & modalityBit(Modality::Image)) ||
        (sample->missingFiles & modalityBit(Modality::Image)))
        return {};
    if (const QString* known = m_paths.object(sample->row))
        return *known;
    QString absolute;
    const QString relative = m_model->store()->imagePath(sample->row);
    if (!relative.isEmpty()) {
        const DatasetRoot::Resolved resolved = m_root.resolve(relative);
        if (resolved.ok)
            absolute = resolved.absolutePath;
    }
    m_paths.insert(sample->row, new QString(absolute));
    return absolute;
}

QImage SampleGridView::thumbnailOfRow(int row, bool* failed) const
{
    const QString path = imagePathOfRow(row);
    ThumbnailCache::State state = ThumbnailCache::State::Failed;
    const QImage image = path.isEmpty() ? QImage() : m_thumbnails->thumbnail(path, &state);
    if (failed)
        *failed = state == ThumbnailCache::State::Failed;
    return image;
}

}  // namespace lockstep
