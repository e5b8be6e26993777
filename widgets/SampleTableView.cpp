#include "SampleTableView.h"

#include "SampleTableModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace lockstep {

SampleTableView::SampleTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("sampleTable"));
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideMiddle);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // A million rows: fixed heights keep the vertical header from measuring anything.
    QHeaderView* vertical = verticalHeader();
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->setMinimumSectionSize(fontMetrics().height() + 4);

    QHeaderView* horizontal = horizontalHeader();
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(true);
    horizontal->setSectionsMovable(true);
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void SampleTableView::setSampleModel(SampleTableModel* model)
{
    m_model = model;
    setModel(model);
    applyColumnWidths();
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex&) {
                emit currentSampleRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { emit currentSampleRowChanged(-1); });
}

void SampleTableView::applyColumnWidths()
{
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    QHeaderView* header = horizontalHeader();
    const auto width = [&](int column, int chars) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(chars * em, fm.horizontalAdvance(title) + 3 * em));
    };
    width(SampleTableModel::IdColumn, 12);
    width(SampleTableModel::LabelColumn, 7);
    width(SampleTableModel::SplitColumn, 4);
    width(SampleTableModel::ImageColumn, 4);
    width(SampleTableModel::TextColumn, 4);
    width(SampleTableModel::AudioColumn, 4);
    width(SampleTableModel::VideoColumn, 4);
    width(SampleTableModel::StreamsColumn, 4);
    width(SampleTableModel::WarningsColumn, 5);
    width(SampleTableModel::IssuesColumn, 4);
    width(SampleTableModel::StatusColumn, 6);
}

int SampleTableView::currentSampleRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SampleTableView::selectSampleRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

}  // namespace lockstep
