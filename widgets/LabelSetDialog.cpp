#include "LabelSetDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockstep {

LabelSetDialog::LabelSetDialog(const QStringList& labels, const QStringList& importedLabels, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("labelSetDialog"));
    setWindowTitle(tr("Label Set"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Number keys 1\u2013"
                               "9 give the selected samples the label in that place."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setMinimumSize(260, 220);
    row->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    const auto button = [this, side](const QString& text) {
        auto* b = new QPushButton(text, this);
        side->addWidget(b);
        return b;
    };
    connect(button(tr("&Add")), &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(tr("new label"), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    });
    connect(button(tr("&Remove")), &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });
    connect(button(tr("Move &Up")), &QPushButton::clicked, this, [this] { move(-1); });
    connect(button(tr("Move &Down")), &QPushButton::clicked, this, [this] { move(1); });
    side->addStretch(1);
    connect(button(tr("From &Dataset")), &QPushButton::clicked, this,
            [this, importedLabels] { setLabels(importedLabels); });
    row->addLayout(side);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setLabels(labels);
}

void LabelSetDialog::setLabels(const QStringList& labels)
{
    m_list->clear();
    for (int i = 0; i < labels.size(); ++i) {
        auto* item = new QListWidgetItem(labels[i], m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

void LabelSetDialog::move(int by)
{
    const int from = m_list->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

QStringList LabelSetDialog::labels() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}

}  // namespace lockstep
