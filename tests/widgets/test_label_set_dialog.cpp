// The label set dialog driven from the keyboard and its buttons: add (a free placeholder name, typed over), rename
// in place, a duplicate or blank name refused with the reason shown and the old name kept, reorder, remove, reset
// from the dataset, and the list the dialog hands back when OK is pressed.

#include "LabelSetDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lockstep;

class TestLabelSetDialog : public QObject {
    Q_OBJECT

    static QStringList texts(const QListWidget* list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }
    static void click(LabelSetDialog& dialog, const char* button)
    {
        auto* b = dialog.findChild<QPushButton*>(QLatin1String(button));
        QVERIFY2(b, button);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    // Types over the open item editor and presses Enter.
    static bool typeIntoEditor(LabelSetDialog& dialog, const QString& text)
    {
        QLineEdit* editor = nullptr;
        if (!QTest::qWaitFor([&] { return (editor = dialog.list()->findChild<QLineEdit*>()) && editor->isVisible(); },
                             5000))
            return false;
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes its editor a moment later (queued).
        const QPointer<QLineEdit> open = editor;
        return QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 5000);
    }
    static bool rename(LabelSetDialog& dialog, int row, const QString& text)
    {
        dialog.list()->setCurrentRow(row);
        dialog.list()->editItem(dialog.list()->item(row));
        return typeIntoEditor(dialog, text);
    }

private slots:
    void editsTheSetAndHandsItBack()
    {
        const QStringList dataset{QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("bird")};
        LabelSetDialog dialog({QStringLiteral("dog"), QStringLiteral("cat")}, dataset, QStringLiteral("1\u20139"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(texts(dialog.list()), (QStringList{QStringLiteral("dog"), QStringLiteral("cat")}));

        // Add: the new item opens for typing.
        click(dialog, "addLabel");
        QCOMPARE(dialog.list()->count(), 3);
        QCOMPARE(dialog.list()->currentItem()->text(), QStringLiteral("new label"));
        QVERIFY(typeIntoEditor(dialog, QStringLiteral("fox")));
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("fox")}));
        QVERIFY(dialog.isVisible());  // Enter committed the edit, it did not close the dialog

        // Rename in place; surrounding blanks go.
        QVERIFY(rename(dialog, 1, QStringLiteral("  horse ")));
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("dog"), QStringLiteral("horse"), QStringLiteral("fox")}));
        QVERIFY(dialog.refusal().isEmpty());

        // Duplicates (in any case) and blanks are refused: the old name stays and the dialog says why.
        QVERIFY(rename(dialog, 1, QStringLiteral("DOG")));
        QCOMPARE(dialog.list()->item(1)->text(), QStringLiteral("horse"));
        QVERIFY2(dialog.refusal().contains(QLatin1String("DOG")), qPrintable(dialog.refusal()));
        QVERIFY(rename(dialog, 2, QStringLiteral("   ")));
        QCOMPARE(dialog.list()->item(2)->text(), QStringLiteral("fox"));
        QVERIFY(dialog.refusal().contains(QLatin1String("blank")));
        QVERIFY(rename(dialog, 2, QStringLiteral("Fox")));  // its own name in another case is fine
        QVERIFY(dialog.refusal().isEmpty());
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("dog"), QStringLiteral("horse"), QStringLiteral("Fox")}));
        // Two new items get two free placeholder names; Escape leaves the placeholder as it is.
        click(dialog, "addLabel");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        click(dialog, "addLabel");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(texts(dialog.list()).mid(3),
                 (QStringList{QStringLiteral("new label"), QStringLiteral("new label 2")}));

        // Remove both, then reorder.
        click(dialog, "removeLabel");
        dialog.list()->setCurrentRow(3);
        click(dialog, "removeLabel");
        QCOMPARE(dialog.list()->count(), 3);
        dialog.list()->setCurrentRow(2);
        click(dialog, "moveLabelUp");
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("dog"), QStringLiteral("Fox"), QStringLiteral("horse")}));
        QCOMPARE(dialog.list()->currentRow(), 1);  // the moved label stays selected
        click(dialog, "moveLabelUp");
        click(dialog, "moveLabelUp");  // already first: nothing
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("Fox"), QStringLiteral("dog"), QStringLiteral("horse")}));
        dialog.list()->setCurrentRow(1);
        click(dialog, "moveLabelDown");
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("Fox"), QStringLiteral("horse"), QStringLiteral("dog")}));

        // From Dataset resets; OK (Enter on the list) hands the list back.
        click(dialog, "labelsFromDataset");
        QCOMPARE(dialog.labels(), dataset);
        QVERIFY(rename(dialog, 2, QStringLiteral("owl")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.list()->setFocus();
        QTest::keyClick(dialog.list(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("owl")}));
    }

    void cancelLeavesNothingApplied()
    {
        LabelSetDialog dialog({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral(" "), QStringLiteral("b")}, {},
                              QString());
        // What the project had, less blanks and case duplicates.
        QCOMPARE(dialog.labels(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(dialog.list(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }
};

QTEST_MAIN(TestLabelSetDialog)
#include "test_label_set_dialog.moc"
