#include "ShortcutsDialog.h"

#include "KeyCaptureEdit.h"
#include "ShortcutRegistry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lockstep {

namespace {

enum Column { ActionColumn, KeysColumn, ContextColumn };
constexpr int kIdRole = Qt::UserRole;
constexpr int kAreaRole = Qt::UserRole + 1;
const QChar kNoKey(0x2014);  // what a command without a key shows

}  // namespace

ShortcutsDialog::ShortcutsDialog(ShortcutRegistry* registry, QWidget* parent) : QDialog(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search commands and keys\u2026"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The editor for the selected row: press a key to bind it.
    m_editTitle = new QLabel(this);
    m_editTitle->setTextFormat(Qt::PlainText);
    m_keyEdit = new KeyCaptureEdit(this);
    m_keyEdit->setToolTip(tr("Click here and press the new key for the selected command"));
    m_clear = new QPushButton(tr("&Remove Key"), this);
    m_clear->setToolTip(tr("Leave the selected command without a key"));
    m_default = new QPushButton(tr("&Default"), this);
    m_default->setToolTip(tr("Give the selected command its original keys again"));
    m_conflict = new QLabel(this);
    m_conflict->setObjectName(QStringLiteral("shortcutConflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setTextFormat(Qt::PlainText);
    m_reassign = new QPushButton(tr("Re&assign"), this);
    m_reassign->setObjectName(QStringLiteral("shortcutReassign"));
    m_reassign->setToolTip(tr("Take the key away from the other command and give it to the selected one"));
    m_keepOld = new QPushButton(tr("&Keep Old Key"), this);
    m_keepOld->setObjectName(QStringLiteral("shortcutKeepOld"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Give every command its original keys"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        clearConflict();
        m_registry->restoreDefaults();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editTitle);
    editRow->addWidget(m_keyEdit, 1);
    editRow->addWidget(m_clear);
    editRow->addWidget(m_default);
    layout->addLayout(editRow);
    auto* conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflict, 1);
    conflictRow->addWidget(m_reassign);
    conflictRow->addWidget(m_keepOld);
    layout->addLayout(conflictRow);
    layout->addWidget(buttons);

    fill();
    clearConflict();
    connect(m_reassign, &QPushButton::clicked, this, [this] {
        const QString id = currentCommand();
        const QList<QKeySequence> keys = m_pending;
        clearConflict();
        if (!id.isEmpty())
            m_registry->assign(id, keys);
    });
    connect(m_keepOld, &QPushButton::clicked, this, [this] {
        clearConflict();
        showCurrent();
    });

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        clearConflict();
        showCurrent();
    });
    // Enter or a double-click on a row goes to the key field: the next key pressed is the new binding.
    connect(m_table, &QTableWidget::itemActivated, this, [this] { m_keyEdit->setFocus(Qt::OtherFocusReason); });
    connect(m_keyEdit, &KeyCaptureEdit::keyCaptured, this, &ShortcutsDialog::tryKey);
    connect(m_keyEdit, &KeyCaptureEdit::cancelled, this, [this] {
        clearConflict();
        showCurrent();
        m_table->setFocus();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearConflict();
        if (!currentCommand().isEmpty())
            m_registry->rebind(currentCommand(), {});
    });
    connect(m_default, &QPushButton::clicked, this, [this] {
        clearConflict();
        if (!currentCommand().isEmpty())
            m_registry->reset(currentCommand());
    });
    connect(m_registry, &ShortcutRegistry::keysChanged, this, &ShortcutsDialog::updateRows);

    // The list opens at its top: the first command of the File menu, not whichever command registered first.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!isHeaderRow(row)) {
            m_table->selectRow(row);
            break;
        }
    }
    showCurrent();
    const QFontMetrics fm(font());
    resize(fm.horizontalAdvance(QLatin1Char('M')) * 60, fm.lineSpacing() * 40);
}

void ShortcutsDialog::fill()
{
    m_table->setRowCount(0);
    const QStringList ids = m_registry->ids();
    // Grouped by area in the menus' order; a new area goes after the known ones, in the order it was made.
    static const QStringList kAreaOrder{
        QStringLiteral("file"),     QStringLiteral("edit"),       QStringLiteral("dataset"), QStringLiteral("review"),
        QStringLiteral("issues"),   QStringLiteral("annotate"),   QStringLiteral("view"),    QStringLiteral("views"),
        QStringLiteral("timeline"), QStringLiteral("duplicates"), QStringLiteral("help")};
    QStringList areas = kAreaOrder;
    for (const QString& id : ids)
        if (!areas.contains(ShortcutRegistry::areaOf(id)))
            areas << ShortcutRegistry::areaOf(id);
    QFont headerFont = m_table->font();
    headerFont.setBold(true);
    for (const QString& area : std::as_const(areas)) {
        QStringList members;
        for (const QString& id : ids)
            if (ShortcutRegistry::areaOf(id) == area)
                members << id;
        if (members.isEmpty())
            continue;
        // The area's title row: spans the table, cannot be selected (the arrow keys step over it).
        const int headerRow = m_table->rowCount();
        m_table->insertRow(headerRow);
        auto* header = new QTableWidgetItem(m_registry->areaName(area));
        header->setFlags(Qt::ItemIsEnabled);
        header->setFont(headerFont);
        header->setData(kAreaRole, area);
        m_table->setItem(headerRow, ActionColumn, header);
        m_table->setSpan(headerRow, 0, 1, m_table->columnCount());
        for (const QString& id : std::as_const(members)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* name = new QTableWidgetItem(m_registry->text(id));
            name->setData(kIdRole, id);
            name->setToolTip(id);
            m_table->setItem(row, ActionColumn, name);
            m_table->setItem(row, KeysColumn, new QTableWidgetItem);
            m_table->setItem(row, ContextColumn,
                             new QTableWidgetItem(m_registry->contextName(m_registry->map().context(id))));
        }
    }
    updateRows(ids);
    m_table->resizeColumnToContents(ActionColumn);
    m_table->resizeColumnToContents(KeysColumn);
    m_table->setColumnWidth(KeysColumn, qMax(m_table->columnWidth(KeysColumn),
                                             m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10));
}

bool ShortcutsDialog::isHeaderRow(int row) const
{
    return m_table->item(row, ActionColumn)->data(kIdRole).toString().isEmpty();
}

void ShortcutsDialog::updateRows(const QStringList& ids)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, ActionColumn)->data(kIdRole).toString();
        if (id.isEmpty() || !ids.contains(id))
            continue;
        QTableWidgetItem* keys = m_table->item(row, KeysColumn);
        const QString text = m_registry->keyText(id);
        keys->setText(text.isEmpty() ? QString(kNoKey) : text);
        // A changed binding reads in bold, so "what did I change?" has an answer.
        QFont font = m_table->font();
        font.setBold(!m_registry->map().isDefault(id));
        keys->setFont(font);
        keys->setToolTip(m_registry->map().isDefault(id)
                             ? QString()
                             : tr("Default: %1").arg(ShortcutMap::toText(m_registry->map().defaults(id))));
    }
    applyFilter(m_search->text());
    if (ids.contains(currentCommand()))
        showCurrent();
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    // Bottom up, so that an area's title knows whether any of its commands is shown.
    bool anyShownBelow = false;
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        if (isHeaderRow(row)) {
            const bool areaMatches =
                !needle.isEmpty() && m_table->item(row, ActionColumn)->text().contains(needle, Qt::CaseInsensitive);
            m_table->setRowHidden(row, !anyShownBelow && !areaMatches);
            anyShownBelow = false;
            continue;
        }
        bool match = needle.isEmpty();
        for (int column = 0; !match && column < m_table->columnCount(); ++column)
            match = m_table->item(row, column)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        anyShownBelow = anyShownBelow || match;
    }
}

QStringList ShortcutsDialog::rows() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (!isHeaderRow(r))
            out << m_table->item(r, ActionColumn)->text() + QLatin1Char('\t') + m_table->item(r, KeysColumn)->text();
    return out;
}

bool ShortcutsDialog::selectCommand(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ActionColumn)->data(kIdRole).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ShortcutsDialog::currentCommand() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString()
                              : m_table->item(selected.first()->row(), ActionColumn)->data(kIdRole).toString();
}

void ShortcutsDialog::showCurrent()
{
    const QString id = currentCommand();
    m_keyEdit->setEnabled(!id.isEmpty());
    m_clear->setEnabled(!id.isEmpty() && !m_registry->keys(id).isEmpty());
    m_default->setEnabled(!id.isEmpty() && !m_registry->map().isDefault(id));
    m_editTitle->setText(id.isEmpty() ? tr("Key:") : tr("Key for \u201c%1\u201d:").arg(m_registry->text(id)));
    const QList<QKeySequence> keys = m_registry->keys(id);
    m_keyEdit->setKeySequence(keys.isEmpty() ? QKeySequence() : keys.first());
}

void ShortcutsDialog::tryKey(const QKeySequence& key)
{
    const QString id = currentCommand();
    if (id.isEmpty())
        return;
    // The new key replaces the first one; alternatives (arrow keys beside J / K) stay.
    QList<QKeySequence> keys = m_registry->keys(id);
    if (keys.isEmpty())
        keys << key;
    else
        keys[0] = key;
    const QStringList conflicts = m_registry->rebind(id, keys);
    if (conflicts.isEmpty()) {
        clearConflict();
        return;
    }
    QStringList names;
    for (const QString& other : conflicts)
        names << QStringLiteral("\u201c%1\u201d").arg(m_registry->text(other));
    m_pending = keys;
    m_conflict->setText(tr("%1 is already the key of %2. Reassign it, or press another key.")
                            .arg(key.toString(QKeySequence::NativeText), names.join(QStringLiteral(", "))));
    m_conflict->setVisible(true);
    m_reassign->setVisible(true);
    m_keepOld->setVisible(true);
}

void ShortcutsDialog::clearConflict()
{
    m_pending.clear();
    m_conflict->clear();
    m_conflict->setVisible(false);
    m_reassign->setVisible(false);
    m_keepOld->setVisible(false);
}

}  // namespace lockstep
