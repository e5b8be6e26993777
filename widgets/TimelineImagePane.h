#pragma once

#include <QImage>
#include <QWidget>

namespace lockstep {

// The picture beside the timeline: the frame under the playhead, large, or a plain sample's image. Scaled to
// fit with its aspect ratio kept; a one-line caption underneath says what it is.
class TimelineImagePane final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineImagePane(QWidget* parent = nullptr);

    void setImage(const QImage& image, const QString& caption);
    void setPlaceholder(const QString& text);
    QImage image() const { return m_image; }
    QString caption() const { return m_caption; }
    QSize sizeHint() const override { return {260, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_caption;
    QString m_placeholder;
};

}  // namespace lockstep
