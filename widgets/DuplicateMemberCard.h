#pragma once

#include "SampleMedia.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QToolButton;

namespace lockstep {

// One member of a duplicate group, as a card beside the others: its picture, its text, a play button for its
// audio and its key facts (id, file size, resolution or duration, review status), the suggested keeper
// marked. The card with the keyboard focus of the duplicates view is drawn with a highlight.
class DuplicateMemberCard final : public QFrame {
    Q_OBJECT
public:
    DuplicateMemberCard(const QString& sampleId, bool keeper, QWidget* parent = nullptr);

    const QString& sampleId() const { return m_id; }
    bool isKeeper() const { return m_keeper; }
    void setDistance(const QString& kind, double distance);
    void setStatus(const QString& stored);
    void setMedia(const SampleMedia& media);
    void setFocusedMember(bool focused);
    bool isFocusedMember() const { return m_focused; }
    void setPlaying(bool playing);
    // The key that plays the focused member's audio, named by the play button's tooltip ("" = none).
    void setPlayKey(const QString& key);
    QString audioPath() const { return m_audioPath; }
    QString factsText() const;
    bool hasPicture() const;

    // The largest picture a card shows (device-independent pixels): previews are decoded for it.
    static QSize previewSize();
    // The picture follows the height the view has (the card's width follows the picture).
    void setPictureHeight(int height);
    int heightWithoutPicture() const;

signals:
    void clicked(const QString& sampleId);
    void activated(const QString& sampleId);  // double-click: show it in the table
    void playRequested(const QString& sampleId);

protected:
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void updateFrame();
    void showPreview();
    void updateText();

    QString m_id;
    bool m_keeper = false;
    bool m_focused = false;
    QColor m_styledBase;  // the palette base the style sheets were resolved with
    QString m_status;
    QString m_audioPath;
    QImage m_preview;
    QString m_fullText;
    int m_textLines = 3;
    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_picture = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_play = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_statusLabel = nullptr;
};

}  // namespace lockstep
