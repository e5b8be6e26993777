#pragma once

#include <QComboBox>
#include <QString>

namespace lockstep {

// A combo box for long item texts (a metric's translated name with its identifier): it asks for room for its
// current item but a layout may shrink it to a few characters, and then the closed box ends its text in "…"
// instead of cutting it off; the tooltip carries the whole current text (then the description, when there is
// one), and the popup list is as wide as its widest item, so every entry reads in full there.
class ElidedComboBox final : public QComboBox {
    Q_OBJECT
public:
    explicit ElidedComboBox(QWidget* parent = nullptr);

    // What the box is for ("Metric on the horizontal axis"), shown in the tooltip under the current text.
    void setDescription(const QString& description);
    // The current text as the closed box paints it now.
    QString shownText() const;
    bool isElided() const { return shownText() != currentText(); }
    // How wide the popup's rows need to be for the widest item to read in full.
    int widestItemWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void showPopup() override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateToolTip();
    QRect textRect() const;

    QString m_description;
};

}  // namespace lockstep
