#pragma once

#include <QStyledItemDelegate>

namespace lockstep {

class SampleGridView;

// Paints one tile of the sample grid: the thumbnail (or a placeholder while it loads, or the sample's other
// modalities when it has no image), the sample id and label, a review-status badge and an issue-count badge.
class SampleGridDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SampleGridDelegate(SampleGridView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    SampleGridView* m_view;
};

}  // namespace lockstep
