#include "media/DatasetRoot.h"

#include "TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;

class TestDatasetRoot : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(QStringLiteral("dataset"));
        QVERIFY(test::writeFile(m_root + QStringLiteral("/images/a.png"), test::tinyPng()));
        QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("secret.txt")), "outside"));
        QVERIFY(
            QFile::link(m_tmp.filePath(QStringLiteral("secret.txt")), m_root + QStringLiteral("/images/link-out.png")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/images/a.png"), m_root + QStringLiteral("/images/link-in.png")));
        // Folders: one linked out of the dataset, one linked to a folder inside it, a link to a link out, and a
        // dangling link.
        QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("outside/b.png")), test::tinyPng()));
        QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("outside")), m_root + QStringLiteral("/linked-out")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/images"), m_root + QStringLiteral("/linked-in")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/images/link-out.png"),
                            m_root + QStringLiteral("/images/link-to-link-out.png")));
        QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("nowhere.png")),
                            m_root + QStringLiteral("/images/dangling.png")));
        // The dataset opened through a link to its folder: its own link is not a way out.
        QVERIFY(QFile::link(m_root, m_tmp.filePath(QStringLiteral("dataset-alias"))));
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("relative");
        QTest::newRow("relative") << QStringLiteral("images/a.png") << QStringLiteral("images/a.png");
        QTest::newRow("dot segments") << QStringLiteral("./images/../images/a.png") << QStringLiteral("images/a.png");
        QTest::newRow("backslashes") << QStringLiteral("images\\a.png") << QStringLiteral("images/a.png");
        QTest::newRow("spaces trimmed") << QStringLiteral("  images/a.png ") << QStringLiteral("images/a.png");
        QTest::newRow("link inside") << QStringLiteral("images/link-in.png") << QStringLiteral("images/link-in.png");
        QTest::newRow("missing file is fine here")
            << QStringLiteral("images/none.png") << QStringLiteral("images/none.png");
        QTest::newRow("in a folder missing") << QStringLiteral("none/a.png") << QStringLiteral("none/a.png");
        QTest::newRow("folder linked inside") << QStringLiteral("linked-in/a.png") << QStringLiteral("linked-in/a.png");
        QTest::newRow("dangling link") << QStringLiteral("images/dangling.png")
                                       << QStringLiteral("images/dangling.png");
    }
    void accepted()
    {
        QFETCH(QString, path);
        QFETCH(QString, relative);
        const DatasetRoot root(m_root);
        const auto r = root.resolve(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.relativePath, relative);
        QCOMPARE(r.absolutePath, root.absolutePath() + QLatin1Char('/') + relative);
    }

    void absoluteInsideIsMadeRelative()
    {
        const DatasetRoot root(m_root);
        const auto r = root.resolve(root.absolutePath() + QStringLiteral("/images/a.png"));
        QVERIFY(r.ok);
        QCOMPARE(r.relativePath, QStringLiteral("images/a.png"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << QStringLiteral("../secret.txt");
        QTest::newRow("deep parent") << QStringLiteral("images/../../secret.txt");
        QTest::newRow("absolute outside") << QStringLiteral("/etc/passwd");
        QTest::newRow("sibling prefix") << QStringLiteral("../dataset-other/x.png");
        QTest::newRow("empty") << QString();
        QTest::newRow("windows parent") << QStringLiteral("..\\secret.txt");
    }
    void refused()
    {
        QFETCH(QString, path);
        const DatasetRoot root(m_root);
        const auto r = root.resolve(path);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!root.resolveLexically(path).ok);
    }

    void symlinkOutIsRefusedOnlyByTheFileSystemCheck()
    {
        const DatasetRoot root(m_root);
        QVERIFY(root.resolveLexically(QStringLiteral("images/link-out.png")).ok);
        const auto r = root.resolve(QStringLiteral("images/link-out.png"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("outside the dataset folder")), qPrintable(r.error));
    }

    void linksOutAnywhereInThePathAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("folder linked out") << QStringLiteral("linked-out/b.png");
        QTest::newRow("folder linked out, absolute") << m_root + QStringLiteral("/linked-out/b.png");
        QTest::newRow("link to a link out") << QStringLiteral("images/link-to-link-out.png");
        QTest::newRow("through a folder linked inside") << QStringLiteral("linked-in/link-out.png");
        QTest::newRow("the folder linked out itself") << QStringLiteral("linked-out");
    }
    void linksOutAnywhereInThePathAreRefused()
    {
        QFETCH(QString, path);
        const DatasetRoot root(m_root);
        QVERIFY(root.resolveLexically(path).ok);
        const auto r = root.resolve(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("outside the dataset folder")), qPrintable(r.error));
    }

    void rootOpenedThroughALink()
    {
        const DatasetRoot root(m_tmp.filePath(QStringLiteral("dataset-alias")));
        const auto inside = root.resolve(QStringLiteral("images/a.png"));
        QVERIFY2(inside.ok, qPrintable(inside.error));
        QCOMPARE(inside.absolutePath, m_tmp.filePath(QStringLiteral("dataset-alias/images/a.png")));
        const auto canonical = root.resolve(m_root + QStringLiteral("/images/link-in.png"));
        QVERIFY2(canonical.ok, qPrintable(canonical.error));
        QCOMPARE(canonical.relativePath, QStringLiteral("images/link-in.png"));
        QVERIFY(!root.resolve(QStringLiteral("images/link-out.png")).ok);
        QVERIFY(!root.resolve(QStringLiteral("linked-out/b.png")).ok);
        QVERIFY(!root.resolve(m_root + QStringLiteral("/linked-out/b.png")).ok);
    }
};

QTEST_GUILESS_MAIN(TestDatasetRoot)
#include "test_dataset_root.moc"
