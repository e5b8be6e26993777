#include "EnglishPlurals.h"

#include <QCoreApplication>
#include <QTest>

using lockstep::EnglishPlurals;

class TestEnglishPlurals : public QObject {
    Q_OBJECT

private slots:
    void resolvesPluralMarkers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << QStringLiteral("%n sample(s)") << 1 << QStringLiteral("%n sample");
        QTest::newRow("zero") << QStringLiteral("%n sample(s)") << 0 << QStringLiteral("%n samples");
        QTest::newRow("many") << QStringLiteral("%Ln missing file(s)") << 1200 << QStringLiteral("%Ln missing files");
        QTest::newRow("no marker") << QStringLiteral("Open project") << 3 << QString();
    }

    void resolvesPluralMarkers()
    {
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(EnglishPlurals::resolve(source, n), expected);
    }

    void worksAsAnInstalledTranslator()
    {
        EnglishPlurals plurals;
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        QCOMPARE(QCoreApplication::translate("ctx", "%n sample(s)", nullptr, 1), QStringLiteral("1 sample"));
        QCOMPARE(QCoreApplication::translate("ctx", "%n sample(s)", nullptr, 3), QStringLiteral("3 samples"));
        QCOMPARE(QCoreApplication::translate("ctx", "Plain text"), QStringLiteral("Plain text"));
        QCOMPARE(QCoreApplication::translate("ctx", "Not a count (s)"), QStringLiteral("Not a count (s)"));
        QCoreApplication::removeTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("ctx", "%n sample(s)", nullptr, 1), QStringLiteral("1 sample(s)"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "test_english_plurals.moc"
