#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lockstep {

namespace {

// "&Accept" -> "Accept", "&Filter Samples…" -> "Filter Samples".
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // Every action under the window (menus, the review flow, the timeline), once each, in creation order.
    QSet<QString> seen;
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        const QString text = plainText(action->text());
        if (keys.isEmpty() || text.isEmpty())
            continue;
        QStringList keyTexts;
        for (const QKeySequence& key : keys)
            keyTexts << key.toString(QKeySequence::NativeText);
        const QString joined = keyTexts.join(QStringLiteral(" / "));
        if (seen.contains(text + joined))
            continue;
        seen.insert(text + joined);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(text));
        m_table->setItem(row, 1, new QTableWidgetItem(joined));
    }
    m_table->resizeColumnToContents(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << m_table->item(r, 0)->text() + QLatin1Char('\t') + m_table->item(r, 1)->text();
    return out;
}

}  // namespace lockstep
