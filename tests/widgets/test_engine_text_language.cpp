// Under a Chinese translator the widgets that show the engine's words show them in Chinese: the query bar's
// parse error (with its column and the field typed), and the duplicates view's key hints, whose parts are
// joined the Chinese way rather than with ", " and ".".
#include "../model/ProjectFixture.h"
#include "DuplicateGroupsView.h"
#include "EntryTranslator.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"

#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

namespace {

// A few entries of a zh_CN translation, the way a loaded .qm answers.
class ChineseTranslator : public EntryTranslator {
public:
    ChineseTranslator()
        : EntryTranslator({
              {QStringLiteral("lockstep::SampleFilterBar|Column %1: %2"), QStringLiteral("第 %1 列：%2")},
              {QStringLiteral("lockstep::QueryErrorText|%1 is a count: compare it with a number"),
               QStringLiteral("%1 是计数：请与数字比较")},
              {QStringLiteral("lockstep::DuplicateGroupsView|%1: group"), QStringLiteral("%1：组")},
              {QStringLiteral("lockstep::DuplicateGroupsView|%1: member"), QStringLiteral("%1：成员")},
              {QStringLiteral("lockstep::DuplicateGroupsView|, "), QStringLiteral("，")},
              {QStringLiteral("lockstep::DuplicateGroupsView|%1."), QStringLiteral("%1。")},
              {QStringLiteral("lockstep::DuplicateGroupsView|%1 %2"), QStringLiteral("%1%2")},
          })
    {}
};

}  // namespace

class TestEngineTextLanguage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 12));
    }

    void queryBarSaysTheParseErrorInChinese()
    {
        ChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        SampleTableModel model;
        model.setStore(
            std::shared_ptr<const ProjectStore>(ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store));
        SampleFilterBar bar(&model);
        bar.show();
        bar.edit()->setText(QStringLiteral("issues > many"));
        QTest::keyClick(bar.edit(), Qt::Key_Return);
        const QString error = bar.errorText();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(error, QStringLiteral("第 10 列：issues 是计数：请与数字比较"));
    }

    void duplicatesKeyHintIsJoinedTheChineseWay()
    {
        QString english;
        {
            DuplicateGroupsView view;
            english = view.findChild<QLabel*>(QStringLiteral("duplicateKeysHint"))->text();
        }
        QVERIFY2(english.contains(QLatin1String(", ")) && english.endsWith(QLatin1Char('.')), qPrintable(english));

        ChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        DuplicateGroupsView view;
        const QString shown = view.findChild<QLabel*>(QStringLiteral("duplicateKeysHint"))->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(shown.contains(QStringLiteral("：成员，")) && shown.endsWith(QStringLiteral("。")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String(", ")) && !shown.contains(QLatin1String(". ")), qPrintable(shown));
    }
};

QTEST_MAIN(TestEngineTextLanguage)
#include "test_engine_text_language.moc"
