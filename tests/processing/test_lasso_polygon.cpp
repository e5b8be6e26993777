// The polygon behind a lasso brush: point-in-polygon known answers (convex, concave, self-crossing, points on
// edges and corners), simplification to a readable number of corners, the text form bound into SQL, and the
// point_in_polygon() SQL function on a real project connection (parsed once per statement, clear errors).

#include "store/LassoPolygon.h"
#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace lockstep;

namespace {

LassoPolygon polygon(std::initializer_list<std::pair<double, double>> corners)
{
    std::vector<LassoPolygon::Point> v;
    for (const auto& [x, y] : corners)
        v.push_back({x, y});
    return LassoPolygon(std::move(v));
}

// A "U" opening upwards: two arms 0..2 and 4..6 wide, 0..6 high, joined by a bar 0..2 high.
LassoPolygon uShape()
{
    return polygon({{0, 0}, {6, 0}, {6, 6}, {4, 6}, {4, 2}, {2, 2}, {2, 6}, {0, 6}});
}

// The plain even-odd test over every edge (what contains() computed before it kept edges in bands): the banded
// one must give the same answer for every point.
bool everyEdgeContains(const LassoPolygon& p, double x, double y)
{
    const auto& v = p.vertices();
    if (v.size() < 3 || !(x >= p.xMin() && x <= p.xMax() && y >= p.yMin() && y <= p.yMax()))
        return false;
    bool inside = false;
    for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) {
        const auto& a = v[j];
        const auto& b = v[i];
        const double cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
        if (cross == 0.0 && x >= std::min(a.x, b.x) && x <= std::max(a.x, b.x) && y >= std::min(a.y, b.y) &&
            y <= std::max(a.y, b.y))
            return true;
        if ((a.y > y) != (b.y > y) && x < a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
            inside = !inside;
    }
    return inside;
}

}  // namespace

class TestLassoPolygon : public QObject {
    Q_OBJECT

private slots:
    void containsKnownAnswers_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<bool>("inside");
        QTest::newRow("left arm") << 1.0 << 4.0 << true;
        QTest::newRow("right arm") << 5.0 << 5.0 << true;
        QTest::newRow("bar") << 3.0 << 1.0 << true;
        QTest::newRow("the notch (concave part)") << 3.0 << 4.0 << false;
        QTest::newRow("notch edge, inner corner") << 2.0 << 2.0 << true;
        QTest::newRow("on the notch's floor") << 3.0 << 2.0 << true;
        QTest::newRow("on the notch's wall") << 4.0 << 5.0 << true;
        QTest::newRow("on the outer bottom edge") << 3.0 << 0.0 << true;
        QTest::newRow("outer corner") << 6.0 << 6.0 << true;
        QTest::newRow("top of an arm") << 1.5 << 6.0 << true;
        QTest::newRow("just above an arm") << 1.5 << 6.000001 << false;
        QTest::newRow("just right of the polygon") << 6.000001 << 3.0 << false;
        QTest::newRow("level with a corner, outside") << 7.0 << 6.0 << false;
        QTest::newRow("level with inner corners, left") << -1.0 << 2.0 << false;
        QTest::newRow("NaN") << std::nan("") << 1.0 << false;
    }
    void containsKnownAnswers()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(bool, inside);
        QCOMPARE(uShape().contains(x, y), inside);
        // The same polygon drawn the other way round gives the same answers.
        std::vector<LassoPolygon::Point> reversed = uShape().vertices();
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(LassoPolygon(reversed).contains(x, y), inside);
    }

    void diagonalEdgesAndSelfCrossing()
    {
        // A triangle with a diagonal edge through exactly representable points.
        const LassoPolygon t = polygon({{0, 0}, {4, 0}, {0, 4}});
        QVERIFY(t.contains(2, 2));  // on the diagonal
        QVERIFY(t.contains(1, 1));
        QVERIFY(!t.contains(2.5, 2.5));
        QVERIFY(t.contains(0.5, 3.25));
        QVERIFY(!t.contains(0.5, 3.75));
        // A bow tie (the lasso crossed itself): both wings are inside, the crossing point too.
        const LassoPolygon bow = polygon({{0, 0}, {4, 4}, {4, 0}, {0, 4}});
        QVERIFY(bow.contains(1, 2));
        QVERIFY(bow.contains(3, 2));
        QVERIFY(bow.contains(2, 2));
        QVERIFY(!bow.contains(2, 0.5));
        QVERIFY(!bow.contains(2, 3.5));
        // A closing copy of the first corner is dropped.
        QCOMPARE(polygon({{0, 0}, {1, 0}, {1, 1}, {0, 0}}).size(), 3);
    }

    void bandsGiveTheSameAnswerAsEveryEdge()
    {
        // A 48-corner star (the dashboard benchmark's), the U, a self-crossing bow tie and a 1000-corner circle;
        // points on a grid through every vertex's x and y (so on corners, edges and band borders), and random ones.
        std::vector<LassoPolygon> shapes{uShape(), polygon({{0, 0}, {4, 4}, {4, 0}, {0, 4}})};
        std::vector<LassoPolygon::Point> star;
        for (int k = 0; k < 48; ++k) {
            const double a = 2 * std::numbers::pi * k / 48;
            const double r = k % 2 == 0 ? 1.0 : 0.55;
            star.push_back({0.5 + r * 0.4 * std::cos(a), 0.5 + r * 0.4 * std::sin(a)});
        }
        shapes.emplace_back(star);
        std::vector<LassoPolygon::Point> circle;
        for (int k = 0; k < LassoPolygon::kMaxVertices; ++k)
            circle.push_back({std::cos(2 * std::numbers::pi * k / 1000), std::sin(2 * std::numbers::pi * k / 1000)});
        shapes.emplace_back(circle);
        quint32 seed = 12345;
        const auto uniform = [&seed](double lo, double hi) {
            seed = seed * 1664525u + 1013904223u;
            return lo + (hi - lo) * (seed >> 8) / double(1 << 24);
        };
        for (const LassoPolygon& p : shapes) {
            std::vector<double> xs{p.xMin() - 1, p.xMax() + 1};
            std::vector<double> ys{p.yMin() - 1, p.yMax() + 1, std::nextafter(p.yMax(), 0.0)};
            for (const auto& v : p.vertices()) {
                xs.push_back(v.x);
                ys.push_back(v.y);
            }
            int inside = 0;
            for (double x : xs)
                for (double y : ys) {
                    QCOMPARE(p.contains(x, y), everyEdgeContains(p, x, y));
                    inside += p.contains(x, y);
                }
            for (int k = 0; k < 20000; ++k) {
                const double x = uniform(p.xMin() - 0.1, p.xMax() + 0.1);
                const double y = uniform(p.yMin() - 0.1, p.yMax() + 0.1);
                QCOMPARE(p.contains(x, y), everyEdgeContains(p, x, y));
                inside += p.contains(x, y);
            }
            QVERIFY(inside > 0);
        }
    }

    void problemsAreNamed()
    {
        QVERIFY(uShape().problem().isEmpty());
        QVERIFY(polygon({{0, 0}, {1, 1}}).problem().contains(QLatin1String("at least 3")));
        QVERIFY(polygon({{0, 0}, {1, 1}, {2, 2}}).problem().contains(QLatin1String("one line")));
        QVERIFY(polygon({{0, 0}, {1, std::nan("")}, {2, 0}}).problem().contains(QLatin1String("finite")));
        QVERIFY(polygon({{0, 0}, {HUGE_VAL, 1}, {2, 0}}).problem().contains(QLatin1String("finite")));
        std::vector<LassoPolygon::Point> many;
        for (int i = 0; i <= LassoPolygon::kMaxVertices; ++i)
            many.push_back({std::cos(i * 0.01), std::sin(i * 0.01)});
        QVERIFY(LassoPolygon(many).problem().contains(QLatin1String("at most")));
        QVERIFY(!polygon({{0, 0}, {1, 1}}).contains(0.5, 0.5));
    }

    void simplifiesADrawnCircle()
    {
        // 2,000 mouse positions around a circle of radius 100 px.
        std::vector<LassoPolygon::Point> drawn;
        for (int i = 0; i < 2000; ++i) {
            const double a = 2 * std::numbers::pi * i / 2000;
            drawn.push_back({200 + 100 * std::cos(a), 150 + 100 * std::sin(a)});
        }
        const LassoPolygon circle(drawn);
        const LassoPolygon simple = circle.simplified();
        QVERIFY(simple.size() <= LassoPolygon::kReadableVertices);
        QVERIFY(simple.size() >= 16);  // still round
        QVERIFY(simple.problem().isEmpty());
        QCOMPARE(simple.vertices().front(), drawn.front());  // the first corner stays
        // The area is kept to within 2 %, and only points near the outline change sides.
        const double area = std::abs(simple.doubleArea()) / 2;
        QVERIFY2(std::abs(area - std::numbers::pi * 1e4) < 0.02 * std::numbers::pi * 1e4,
                 qPrintable(QString::number(area)));
        QVERIFY(simple.contains(200, 150));
        QVERIFY(simple.contains(200 + 90, 150));
        QVERIFY(!simple.contains(200 + 101, 150));
        // Corners on a straight line go first; a square of 400 points is its four corners.
        std::vector<LassoPolygon::Point> square;
        for (int i = 0; i < 100; ++i)
            square.push_back({double(i), 0});
        for (int i = 0; i < 100; ++i)
            square.push_back({100, double(i)});
        for (int i = 0; i < 100; ++i)
            square.push_back({100.0 - i, 100});
        for (int i = 0; i < 100; ++i)
            square.push_back({0, 100.0 - i});
        const LassoPolygon four = LassoPolygon(square).simplified();
        QCOMPARE(four.size(), 4);
        QCOMPARE(std::abs(four.doubleArea()), 2e4);
        // Few corners: nothing to do.
        QCOMPARE(uShape().simplified().vertices(), uShape().vertices());
        QVERIFY(circle.simplified(8).size() <= 8);
    }

    void textRoundTripsExactly()
    {
        const LassoPolygon p = polygon({{-45.5, 35}, {0.1, 1e-7}, {1234567.25, -0.0}, {0.30000000000000004, 2}});
        QCOMPARE(p.toText(), QStringLiteral("-45.5 35 0.1 1e-07 1234567.25 0 0.30000000000000004 2"));
        LassoPolygon back;
        QVERIFY(LassoPolygon::fromText(p.toText(), &back));
        QCOMPARE(back.vertices(), p.vertices());
        QVERIFY(!LassoPolygon::fromText(QStringLiteral("1 2 3"), &back));
        QVERIFY(!LassoPolygon::fromText(QStringLiteral("1 2 3 x"), &back));
        QVERIFY(!LassoPolygon::fromText(QStringLiteral("1,5 2 3 4 5 6"), &back));
    }

    void sqlFunctionOnAProjectConnection()
    {
        auto store = ProjectStore::open(QStringLiteral(":memory:")).store;
        QVERIFY(store);
        SqliteStatement st(store->database(), "SELECT point_in_polygon(?1, ?2, ?3)");
        QVERIFY(st.ok());
        const QString u = uShape().toText();
        const auto ask = [&st, &u](double x, double y) {
            st.bind(1, x);
            st.bind(2, y);
            st.bind(3, u);
            const int rc = st.step();
            const int answer = rc == SQLITE_ROW ? st.columnInt(0) : -1;
            st.reset();
            return answer;
        };
        QCOMPARE(ask(1, 4), 1);
        QCOMPARE(ask(3, 4), 0);
        QCOMPARE(ask(3, 2), 1);
        QCOMPARE(ask(7, 6), 0);

        // Over a table of 10 x 10 grid points: the U's box holds 7 x 7, less the notch's open inside (x = 3,
        // y = 3 ... 6; its floor y = 2 is an edge, inside) = 49 - 4 = 45.
        QVERIFY(sqlite3_exec(store->database(), "CREATE TEMP TABLE pts(x REAL, y REAL)", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        SqliteStatement insert(store->database(), "INSERT INTO pts VALUES(?1, ?2)");
        for (int x = 0; x < 10; ++x)
            for (int y = 0; y < 10; ++y) {
                insert.bind(1, double(x));
                insert.bind(2, double(y));
                QString error;
                QVERIFY(insert.run(&error));
            }
        SqliteStatement count(store->database(), "SELECT count(*) FROM pts WHERE point_in_polygon(x, y, ?1)");
        count.bind(1, u);
        QCOMPARE(count.step(), SQLITE_ROW);
        QCOMPARE(count.columnInt(0), 45);

        // NULL coordinates give NULL; a malformed polygon is an SQL error that says what is wrong.
        SqliteStatement null(store->database(), "SELECT point_in_polygon(NULL, 1, ?1) IS NULL");
        null.bind(1, u);
        QCOMPARE(null.step(), SQLITE_ROW);
        QCOMPARE(null.columnInt(0), 1);
        SqliteStatement bad(store->database(), "SELECT point_in_polygon(1, 1, '1 2 3')");
        QCOMPARE(bad.step(), SQLITE_ERROR);
        QVERIFY(bad.errorMessage().contains(QLatin1String("point_in_polygon")));
        SqliteStatement flat(store->database(), "SELECT point_in_polygon(1, 1, '0 0 1 1 2 2')");
        QCOMPARE(flat.step(), SQLITE_ERROR);
        QVERIFY2(flat.errorMessage().contains(QLatin1String("one line")), qPrintable(flat.errorMessage()));
        SqliteStatement injected(store->database(), "SELECT point_in_polygon(1, 1, ?1)");
        injected.bind(1, QStringLiteral("0 0 1 0 1 1'); DROP TABLE pts; --"));
        QCOMPARE(injected.step(), SQLITE_ERROR);
        SqliteStatement still(store->database(), "SELECT count(*) FROM pts");
        QCOMPARE(still.step(), SQLITE_ROW);
        QCOMPARE(still.columnInt(0), 100);
    }
};

QTEST_GUILESS_MAIN(TestLassoPolygon)
#include "test_lasso_polygon.moc"
