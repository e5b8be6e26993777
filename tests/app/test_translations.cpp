#include "MainWindow.h"
#include "QualityNames.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

// The Simplified Chinese translation is complete and built into the application's resources.
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void tsFileHasNoUnfinishedEntries()
    {
        QFile ts(QStringLiteral(LOCKSTEP_SOURCE_DIR "/translations/lockstep_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        const int messages = static_cast<int>(text.count(QStringLiteral("<message")));
        QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QStringLiteral("<translation></translation>")), 0);
    }

    void qmIsInTheResourcesAndTranslates()
    {
        lockstep::MainWindow window;  // makes sure the application's resources are registered
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/lockstep_zh_CN.qm")));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("lockstep"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        const QString demo = translator.translate("lockstep::WelcomePage", "Open demo dataset");
        QVERIFY(!demo.isEmpty());
        QVERIFY(demo.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
        QVERIFY(!translator.translate("lockstep::MainWindow", "&File").isEmpty());
        QVERIFY(!translator.translate("lockstep::SampleTableModel", "missing").isEmpty());
    }

    void everyIssueTypeAndMetricHasAChineseName()
    {
        lockstep::MainWindow window;
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("lockstep"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QStringList missing;
        const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        for (const QString& type : lockstep::QualityNames::issueTypes())
            if (!lockstep::QualityNames::issueTypeName(type).contains(chinese))
                missing << type;
        for (const QString& metric : lockstep::QualityNames::metrics())
            if (!lockstep::QualityNames::metricName(metric).contains(chinese))
                missing << metric;
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
