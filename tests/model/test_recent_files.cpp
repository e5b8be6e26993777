#include "RecentFiles.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestRecentFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeFolder(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return QDir::cleanPath(path);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_recent_files"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void mostRecentFirstWithoutDuplicates()
    {
        RecentFiles recent;
        QSignalSpy changed(&recent, &RecentFiles::changed);
        const QString a = makeFolder(QStringLiteral("a"));
        const QString b = makeFolder(QStringLiteral("b"));
        recent.add(a);
        recent.add(b);
        QCOMPARE(recent.paths(), (QStringList{b, a}));
        // The same folder spelled differently is one entry, moved to the front.
        recent.add(a + QStringLiteral("/./"));
        QCOMPARE(recent.paths(), (QStringList{a, b}));
        QCOMPARE(changed.count(), 3);
    }

    void keepsAtMostTen()
    {
        RecentFiles recent;
        QStringList added;
        for (int i = 0; i < 13; ++i) {
            added.prepend(makeFolder(QStringLiteral("many/%1").arg(i)));
            recent.add(added.first());
        }
        const QStringList paths = recent.paths();
        QCOMPARE(paths.size(), RecentFiles::kMaxCount);
        QCOMPARE(paths, added.mid(0, RecentFiles::kMaxCount));
    }

    void prunesMissingEntries()
    {
        const QString kept = makeFolder(QStringLiteral("kept"));
        const QString gone = makeFolder(QStringLiteral("gone"));
        RecentFiles recent;
        recent.add(kept);
        recent.add(gone);
        QVERIFY(QDir(gone).removeRecursively());
        QSignalSpy changed(&recent, &RecentFiles::changed);
        QCOMPARE(recent.paths(), QStringList{kept});
        QCOMPARE(changed.count(), 1);
        // The settings were cleaned too: a new instance sees the same.
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList{kept});
    }

    void persistsAcrossInstancesAndKeys()
    {
        const QString a = makeFolder(QStringLiteral("persist"));
        {
            RecentFiles recent;
            recent.add(a);
        }
        QCOMPARE(RecentFiles().paths(), QStringList{a});
        RecentFiles other(QStringLiteral("otherKey"), nullptr);
        QVERIFY(other.paths().isEmpty());
    }

    void removeAndClear()
    {
        const QString a = makeFolder(QStringLiteral("r1"));
        const QString b = makeFolder(QStringLiteral("r2"));
        RecentFiles recent;
        recent.add(a);
        recent.add(b);
        recent.remove(a);
        QCOMPARE(recent.paths(), QStringList{b});
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("recentFiles")));
    }

    void ignoresEmptyPaths()
    {
        RecentFiles recent;
        QSignalSpy changed(&recent, &RecentFiles::changed);
        recent.add(QString());
        QCOMPARE(changed.count(), 0);
        QVERIFY(recent.paths().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "test_recent_files.moc"
