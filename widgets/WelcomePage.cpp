#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lockstep {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(1);

    auto* column = new QWidget(this);
    column->setMaximumWidth(760);
    column->setMinimumWidth(460);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addStretch(1);

    // Title row: logo and name.
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(16);
    m_logo = new QLabel(column);
    m_logo->setFixedSize(72, 72);
    titleRow->addWidget(m_logo);
    auto* titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    auto* title = new QLabel(tr("Lockstep"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titleText->addWidget(title);
    auto* subtitle = new QLabel(tr("Curate multimodal machine-learning datasets"), column);
    QFont subtitleFont = subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.15);
    subtitle->setFont(subtitleFont);
    titleText->addWidget(subtitle);
    titleRow->addLayout(titleText, 1);
    layout->addLayout(titleRow);

    auto* explanation =
        new QLabel(tr("See each sample's image, text, audio, video and sensor streams together, find missing files and "
                      "broken rows, and keep every decision in a project file. Your dataset folder is never modified."),
                   column);
    explanation->setWordWrap(true);
    explanation->setContentsMargins(0, 8, 0, 12);
    layout->addWidget(explanation);

    // The ways in.
    auto* openDataset = new QCommandLinkButton(
        tr("Open dataset folder\u2026"),
        tr("A folder with images/, texts/, audios/ and metadata.csv, a JSONL manifest, or recordings/"), column);
    openDataset->setObjectName(QStringLiteral("openDatasetButton"));
    openDataset->setIcon(style()->standardIcon(QStyle::SP_DirIcon));
    openDataset->setIconSize(QSize(32, 32));
    connect(openDataset, &QCommandLinkButton::clicked, this, &WelcomePage::openDatasetRequested);
    layout->addWidget(openDataset);

    auto* openProject = new QCommandLinkButton(tr("Open project\u2026"),
                                               tr("A .lockstep project file saved by an earlier session"), column);
    openProject->setObjectName(QStringLiteral("openProjectButton"));
    openProject->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    openProject->setIconSize(QSize(32, 32));
    connect(openProject, &QCommandLinkButton::clicked, this, &WelcomePage::openProjectRequested);
    layout->addWidget(openProject);

    auto* openDemo = new QCommandLinkButton(
        tr("Open demo dataset"), tr("A small generated dataset with planted problems to explore; created on first use"),
        column);
    openDemo->setObjectName(QStringLiteral("openDemoButton"));
    openDemo->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    openDemo->setIconSize(QSize(32, 32));
    connect(openDemo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);
    layout->addWidget(openDemo);

    // Recent files.
    auto* recentHeader = new QHBoxLayout;
    auto* recentTitle = new QLabel(tr("Recent"), column);
    QFont recentFont = recentTitle->font();
    recentFont.setBold(true);
    recentFont.setPointSizeF(recentFont.pointSizeF() * 1.1);
    recentTitle->setFont(recentFont);
    recentHeader->addWidget(recentTitle);
    recentHeader->addStretch(1);
    auto* clearRecent = new QPushButton(tr("Clear"), column);
    clearRecent->setFlat(true);
    clearRecent->setToolTip(tr("Forget the recently opened datasets and projects"));
    connect(clearRecent, &QPushButton::clicked, this, &WelcomePage::clearRecentRequested);
    m_clearRecent = clearRecent;
    recentHeader->addWidget(clearRecent);
    auto* recentSpacing = new QWidget(column);
    recentSpacing->setFixedHeight(8);
    layout->addWidget(recentSpacing);
    layout->addLayout(recentHeader);

    m_recentList = new QListWidget(column);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setUniformItemSizes(true);
    m_recentList->setSpacing(2);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRecentRequested(item->data(Qt::UserRole).toString()); });
    connect(m_recentList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit openRecentRequested(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_recentList);
    m_recentEmpty = new QLabel(tr("Nothing opened yet. Datasets and projects you open appear here."), column);
    m_recentEmpty->setEnabled(false);
    m_recentEmpty->setWordWrap(true);
    layout->addWidget(m_recentEmpty);

    auto* hint =
        new QLabel(tr("Tip: drop a dataset folder or a .lockstep project file anywhere on this window."), column);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    hint->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(hint);
    layout->addStretch(2);

    setRecentFiles({});
}

void WelcomePage::setLogo(const QIcon& icon)
{
    m_logoIcon = icon;
    updateLogo();
}

void WelcomePage::updateLogo()
{
    // In device pixels, with the ratio set: a 72 px logo is 144 real pixels on a 2x screen, not a blurred 72.
    const QPixmap pixmap = m_logoIcon.pixmap(m_logo->size(), devicePixelRatioF());
    m_logo->setPixmap(pixmap);
    m_logo->setVisible(!pixmap.isNull());
}

void WelcomePage::showEvent(QShowEvent* event)
{
    updateLogo();  // the screen (and its pixel ratio) is known once shown
    QWidget::showEvent(event);
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recent = paths;
    m_recentList->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const bool folder = info.isDir();
        auto* item = new QListWidgetItem(m_recentList);
        item->setIcon(style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
        item->setText(QStringLiteral("%1  \u2014  %2").arg(info.fileName(), info.absolutePath()));
        item->setToolTip(folder ? tr("Dataset folder %1").arg(path) : tr("Project file %1").arg(path));
        item->setData(Qt::UserRole, path);
    }
    // As tall as its entries (up to a limit): no empty white box under two recent datasets.
    if (!paths.isEmpty()) {
        const int rows = static_cast<int>(qMin<qsizetype>(paths.size(), 6));
        const int rowHeight = m_recentList->sizeHintForRow(0) + 2 * m_recentList->spacing();
        m_recentList->setFixedHeight(rows * rowHeight + 2 * m_recentList->frameWidth() + 2);
    }
    m_recentList->setVisible(!paths.isEmpty());
    m_recentEmpty->setVisible(paths.isEmpty());
    m_clearRecent->setVisible(!paths.isEmpty());
}

}  // namespace lockstep
