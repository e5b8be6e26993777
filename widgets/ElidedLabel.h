#pragma once

#include <QFrame>
#include <QString>

namespace lockstep {

// One line of plain text that ends in "…" when it does not fit, instead of wrapping onto a second line
// (a wrapped summary pushes the table below it down) or widening its parent. Its size hint is the whole
// text; it can shrink to a few characters.
class ElidedLabel final : public QFrame {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    // The text as it is painted now.
    QString shownText() const;
    bool isElided() const { return shownText() != m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};

}  // namespace lockstep
