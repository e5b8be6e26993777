#include "LabelSetDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lockstep {

LabelSetDialog::LabelSetDialog(const QStringList& labels, const QStringList& importedLabels, const QString& labelKeys,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("labelSetDialog"));
    setWindowTitle(tr("Label Set"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(labelKeys.isEmpty()
                                ? tr("The Label commands of the Annotate menu give the selected samples the label in "
                                     "that place.")
                                : tr("Keys %1 give the selected samples the label in that place.").arg(labelKeys),
                            this);
    hint->setObjectName(QStringLiteral("labelSetHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("labelSetList"));
    m_list->setMinimumSize(260, 220);
    connect(m_list, &QListWidget::itemChanged, this, &LabelSetDialog::onItemChanged);
    row->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    const auto button = [this, side](const QString& name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);  // Enter in the list's editor commits the edit, it does not close the dialog
        side->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("addLabel"), tr("&Add")), &QPushButton::clicked, this, [this] {
        // A free placeholder name ("new label", "new label 2" ...), to be typed over.
        QString name = tr("new label");
        for (int n = 2; isTaken(name, nullptr); ++n)
            name = tr("new label %1").arg(n);
        QListWidgetItem* item = addItem(name);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    });
    connect(button(QStringLiteral("removeLabel"), tr("&Remove")), &QPushButton::clicked, this,
            [this] { delete m_list->currentItem(); });
    connect(button(QStringLiteral("moveLabelUp"), tr("Move &Up")), &QPushButton::clicked, this, [this] { move(-1); });
    connect(button(QStringLiteral("moveLabelDown"), tr("Move &Down")), &QPushButton::clicked, this,
            [this] { move(1); });
    side->addStretch(1);
    connect(button(QStringLiteral("labelsFromDataset"), tr("From &Dataset")), &QPushButton::clicked, this,
            [this, importedLabels] { setLabels(importedLabels); });
    row->addLayout(side);
    layout->addLayout(row);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("labelSetRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->hide();
    layout->addWidget(m_refusal);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setLabels(labels);
}

QListWidgetItem* LabelSetDialog::addItem(const QString& label)
{
    const QSignalBlocker blocker(m_list);
    auto* item = new QListWidgetItem(label, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(Qt::UserRole, label);  // the accepted text, to go back to when an edit is refused
    return item;
}

void LabelSetDialog::setLabels(const QStringList& labels)
{
    m_list->clear();
    m_refusal->hide();
    for (const QString& label : labels)
        if (!label.trimmed().isEmpty() && !isTaken(label.trimmed(), nullptr))
            addItem(label.trimmed());
}

bool LabelSetDialog::isTaken(const QString& label, const QListWidgetItem* except) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* other = m_list->item(i);
        if (other != except && other->data(Qt::UserRole).toString().compare(label, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void LabelSetDialog::onItemChanged(QListWidgetItem* item)
{
    const QString before = item->data(Qt::UserRole).toString();
    const QString label = item->text().trimmed();
    QString refused;
    if (label.isEmpty())
        refused = tr("A label cannot be blank.");
    else if (isTaken(label, item))
        refused = tr("\u201c%1\u201d is already in the label set.").arg(label);
    const QSignalBlocker blocker(m_list);
    if (!refused.isEmpty()) {
        item->setText(before);
        m_refusal->setText(refused);
        m_refusal->show();
        return;
    }
    m_refusal->hide();
    item->setText(label);
    item->setData(Qt::UserRole, label);
}

QString LabelSetDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
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
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

}  // namespace lockstep
