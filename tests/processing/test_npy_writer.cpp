// NpyWriter: the NPY 1.0 header byte for byte (magic, version, length, dict, 64-byte alignment), and files
// that numpy.load reads back with the right dtype, shape, C order and values (1-, 2- and 3-D, empty).
#include "export/NpyWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;

class TestNpyWriter : public QObject {
    Q_OBJECT
private slots:
    void headerIsNpy10()
    {
        const QByteArray h = NpyWriter::header({80, 360001});
        QCOMPARE(h.left(8), QByteArray("\x93NUMPY\x01\x00", 8));
        QCOMPARE(h.size() % 64, 0);
        const int length = quint8(h[8]) | (quint8(h[9]) << 8);
        QCOMPARE(length, h.size() - 10);
        QVERIFY(h.mid(10).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (80, 360001), }"));
        QVERIFY(h.endsWith(" \n"));
        QVERIFY(NpyWriter::header({7}).contains("'shape': (7,)"));
        QVERIFY(NpyWriter::header({}).contains("'shape': ()"));
    }

    void numpyLoadsWhatWeWrite()
    {
        QTemporaryDir dir;
        std::vector<float> values(2 * 3 * 5);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = float(i) * 0.5f - 3.25f;
        const QString three = dir.filePath(QStringLiteral("three.npy"));
        const QString two = dir.filePath(QStringLiteral("two.npy"));
        const QString one = dir.filePath(QStringLiteral("one.npy"));
        const QString empty = dir.filePath(QStringLiteral("empty.npy"));
        QVERIFY(NpyWriter::writeFloat32(three, values.data(), {2, 3, 5}).ok);
        QVERIFY(NpyWriter::writeFloat32(two, values.data(), {6, 5}).ok);
        QVERIFY(NpyWriter::writeFloat32(one, values.data(), {30}).ok);
        QVERIFY(NpyWriter::writeFloat32(empty, values.data(), {0, 4}).ok);
        const char* script = R"py(
import json, sys, numpy as np
out = []
for path in sys.argv[1:]:
    a = np.load(path)
    out.append({"shape": list(a.shape), "dtype": str(a.dtype), "c": bool(a.flags["C_CONTIGUOUS"]),
                "values": [float(v) for v in a.reshape(-1)]})
print(json.dumps(out))
)py";
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(script), three, two, one, empty});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(results.size(), 4);
        const QList<QList<int>> shapes{{2, 3, 5}, {6, 5}, {30}, {0, 4}};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject r = results[i].toObject();
            QCOMPARE(r.value(QStringLiteral("dtype")).toString(), QStringLiteral("float32"));
            QVERIFY(r.value(QStringLiteral("c")).toBool());
            QList<int> shape;
            for (const QJsonValue& v : r.value(QStringLiteral("shape")).toArray())
                shape << v.toInt();
            QCOMPARE(shape, shapes[i]);
            const QJsonArray got = r.value(QStringLiteral("values")).toArray();
            QCOMPARE(got.size(), i == 3 ? 0 : 30);
            for (qsizetype k = 0; k < got.size(); ++k)
                QCOMPARE(float(got[k].toDouble()), values[std::size_t(k)]);
        }
    }

    void unwritablePathIsAnError()
    {
        const float v = 1.0f;
        const QString path = QStringLiteral("/nonexistent/lockstep/x.npy");
        const NpyWriteResult r = NpyWriter::writeFloat32(path, &v, {1});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestNpyWriter)
#include "test_npy_writer.moc"
