// Grid thumbnails: made off the GUI thread at the reduced size, kept on disk in the project's cache folder
// keyed by path, size and mtime, so a second open decodes no original again and a changed file is decoded anew;
// unreadable files fail once; memory stays within the budget.
#include "ThumbnailCache.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestThumbnailCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_images;
    QString m_corrupt;
    QString m_folder;

    static int filesUnder(const QString& folder)
    {
        int n = 0;
        const QStringList subfolders = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& sub : subfolders)
            n += int(QDir(folder + QLatin1Char('/') + sub).entryList(QDir::Files).size());
        return n;
    }

    static void requestAll(ThumbnailCache& cache, const QStringList& paths)
    {
        for (const QString& path : paths)
            cache.thumbnail(path);
        cache.waitForAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QList<QSize> sizes = {{400, 100}, {640, 480}, {90, 60}};
        for (int i = 0; i < sizes.size(); ++i) {
            QImage image(sizes[i], QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 90, 200, 200));
            m_images << m_dir.filePath(QStringLiteral("image%1.png").arg(i));
            QVERIFY(image.save(m_images.last()));
        }
        m_corrupt = m_dir.filePath(QStringLiteral("broken.png"));
        QFile broken(m_corrupt);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG not really");
        broken.close();
        m_folder = ThumbnailCache::thumbnailFolder(m_dir.filePath(QStringLiteral("p.lockstep")));
    }

    void folderIsBesideTheProject()
    {
        QCOMPARE(ThumbnailCache::projectCacheFolder(QStringLiteral("/data/cats.lockstep")),
                 QStringLiteral("/data/cats.lockstep.cache"));
        QCOMPARE(ThumbnailCache::thumbnailFolder(QStringLiteral("/data/cats.lockstep")),
                 QStringLiteral("/data/cats.lockstep.cache/thumbnails"));
        QCOMPARE(ThumbnailCache::thumbnailFolder(QStringLiteral(":memory:")), QString());
    }

    void firstOpenDecodesAndStores()
    {
        ThumbnailCache cache;
        cache.setCacheFolder(m_folder);
        cache.setThumbnailSize(QSize(160, 120));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        ThumbnailCache::State state = ThumbnailCache::State::Ready;
        QVERIFY(cache.thumbnail(m_images[0], &state).isNull());  // never blocks: queued
        QCOMPARE(state, ThumbnailCache::State::Pending);
        requestAll(cache, m_images + QStringList{m_corrupt});
        QCOMPARE(ready.count(), 4);
        QCOMPARE(cache.decodedCount(), qint64(4));
        QCOMPARE(cache.diskHitCount(), qint64(0));
        QCOMPARE(cache.thumbnail(m_images[0], &state).size(), QSize(160, 40));  // aspect kept
        QCOMPARE(state, ThumbnailCache::State::Ready);
        QCOMPARE(cache.thumbnail(m_images[1]).size(), QSize(160, 120));
        QCOMPARE(cache.thumbnail(m_images[2]).size(), QSize(90, 60));  // never enlarged
        QVERIFY(cache.thumbnail(m_corrupt, &state).isNull());
        QCOMPARE(state, ThumbnailCache::State::Failed);
        QCOMPARE(filesUnder(m_folder), 3);  // the unreadable file stores nothing
        QCOMPARE(cache.pendingCount(), 0);
        // Asked again: from memory, nothing queued.
        cache.thumbnail(m_images[1]);
        QCOMPARE(cache.pendingCount(), 0);
    }

    void secondOpenDecodesNothing()
    {
        ThumbnailCache cache;
        cache.setCacheFolder(m_folder);
        cache.setThumbnailSize(QSize(160, 120));
        requestAll(cache, m_images);
        QCOMPARE(cache.decodedCount(), qint64(0));
        QCOMPARE(cache.diskHitCount(), qint64(3));
        QCOMPARE(cache.thumbnail(m_images[0]).size(), QSize(160, 40));
        // Another thumbnail size is another key.
        cache.setThumbnailSize(QSize(80, 60));
        requestAll(cache, m_images);
        QCOMPARE(cache.decodedCount(), qint64(3));
        QCOMPARE(cache.thumbnail(m_images[1]).size(), QSize(80, 60));
    }

    void changedFileIsDecodedAgain()
    {
        QImage image(300, 300, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QTest::qWait(20);  // a different modification time even on coarse clocks
        QVERIFY(image.save(m_images[2]));
        ThumbnailCache cache;
        cache.setCacheFolder(m_folder);
        cache.setThumbnailSize(QSize(160, 120));
        requestAll(cache, m_images);
        QCOMPARE(cache.decodedCount(), qint64(1));
        QCOMPARE(cache.diskHitCount(), qint64(2));
        QCOMPARE(cache.thumbnail(m_images[2]).size(), QSize(120, 120));
    }

    void memoryStaysWithinTheBudget()
    {
        ThumbnailCache cache;  // memory only
        cache.setThumbnailSize(QSize(160, 120));
        const qint64 one = 160 * 120 * 4;
        cache.setBudget(one + one / 2);
        requestAll(cache, m_images);
        QVERIFY(cache.memoryBytes() <= one + one / 2);
        QVERIFY(cache.memoryBytes() > 0);
        QCOMPARE(cache.decodedCount(), qint64(3));
    }
};

QTEST_MAIN(TestThumbnailCache)
#include "test_thumbnail_cache.moc"
