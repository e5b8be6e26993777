#include "TimelineSpectrogramLane.h"

#include "TimelineDbRangeEditor.h"

#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QWidgetAction>
#include <algorithm>
#include <cmath>
#include <vector>

namespace lockstep {

TimelineSpectrogramLane::TimelineSpectrogramLane(TimelineLaneSpec spec)
    : TimelineLane(std::move(spec)), m_tiles(std::make_unique<TimelineSpectrogramTiles>())
{
    setHeight(defaultHeight());
}

TimelineSpectrogramLane::~TimelineSpectrogramLane() = default;

double TimelineSpectrogramLane::xOfColumnEdge(int level, qint64 column, const TimelinePaintContext& context) const
{
    // Column c is centred on frame c * hop: its left edge is half a hop earlier.
    const double frame = static_cast<double>(column * m_tiles->hop(level)) - m_tiles->hop(level) / 2.0;
    const Micros local{static_cast<std::int64_t>(std::llround(frame * 1e6 / m_tiles->sampleRate()))};
    return xOf(local, context);
}

bool TimelineSpectrogramLane::drawLevel(QPainter& painter, const QRect& area, const TimelinePaintContext& context,
                                        int level, qint64 firstColumn, qint64 lastColumn, bool request)
{
    constexpr int kColumns = TimelineSpectrogramTiles::kTileColumns;
    const qint64 columns = m_tiles->columnCount(level);
    firstColumn = std::clamp<qint64>(firstColumn, 0, columns);
    lastColumn = std::clamp<qint64>(lastColumn, 0, columns);
    bool complete = true;
    for (qint64 t = firstColumn / kColumns; t * kColumns < lastColumn; ++t) {
        QImage image = request ? m_tiles->tile(level, t) : m_tiles->cachedTile(level, t);
        const qint64 c0 = std::max(firstColumn, t * kColumns);
        const qint64 c1 = std::min(lastColumn, t * kColumns + kColumns);
        if (image.isNull()) {
            complete = false;
            // A coarser tile that is already there stands in until this one is computed.
            for (int coarser = level + 1; request && coarser <= level + 4; ++coarser) {
                const qint64 factor = qint64(1) << (coarser - level);
                if (drawLevel(painter, area, context, coarser, c0 / factor, (c1 + factor - 1) / factor, false))
                    break;
            }
            continue;
        }
        image.setColorTable(m_tiles->colorTable());
        const double x0 = area.left() + xOfColumnEdge(level, c0, context);
        const double x1 = area.left() + xOfColumnEdge(level, c1, context);
        const QRectF target(x0, area.top(), std::max(1.0, x1 - x0), area.height());
        const QRectF source(static_cast<double>(c0 - t * kColumns), 0.0, static_cast<double>(c1 - c0), image.height());
        painter.drawImage(target, image, source);
    }
    return complete;
}

void TimelineSpectrogramLane::paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context)
{
    if (!m_error.isEmpty()) {
        paintPlaceholder(painter, area, context, m_error);
        return;
    }
    if (!m_tiles->hasSource()) {
        paintPlaceholder(painter, area, context, tr("Reading the audio\u2026"));
        return;
    }
    const TimelineMapping& mapping = *context.mapping;
    const double framesPerPixel = mapping.microsPerPixel() * m_tiles->sampleRate() / 1e6;
    const int level = m_tiles->levelFor(framesPerPixel);
    const auto columnAt = [&](Micros reference) {
        const double frame = static_cast<double>(spec().clock.toLocal(reference).count()) * m_tiles->sampleRate() / 1e6;
        return static_cast<qint64>(std::floor(frame / static_cast<double>(m_tiles->hop(level)) + 0.5));
    };
    const qint64 first = std::max<qint64>(0, columnAt(mapping.visibleStart()) - 1);
    const qint64 last = std::min(m_tiles->columnCount(level), columnAt(mapping.visibleEnd()) + 2);

    painter.save();
    painter.setClipRect(area);
    // The floor colour under everything: missing tiles look like silence, not like holes.
    painter.fillRect(area, QColor(m_tiles->colorTable().value(0)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, framesPerPixel < m_tiles->hop(level));
    drawLevel(painter, area, context, level, first, last, true);
    constexpr int kColumns = TimelineSpectrogramTiles::kTileColumns;
    m_tiles->keepOnly(level, first / kColumns, last / kColumns);
    drawAxis(painter, area, context);
    painter.restore();
}

double TimelineSpectrogramLane::frequencyAtY(double y, const QRect& area) const
{
    const double fraction = (area.bottom() + 1 - y) / std::max(1, area.height());
    return m_tiles->frequencyOfRow(fraction * m_tiles->rows() - 0.5);
}

double TimelineSpectrogramLane::yOfFrequency(double hz, const QRect& area) const
{
    const double row = m_tiles->rowOfFrequency(hz);
    return area.bottom() + 1 - (row + 0.5) / m_tiles->rows() * area.height();
}

void TimelineSpectrogramLane::drawAxis(QPainter& painter, const QRect& area, const TimelinePaintContext&) const
{
    // A few frequency labels on the left edge, on a translucent chip so they read over any colour.
    const double nyquist = m_tiles->sampleRate() / 2.0;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetrics fm(font);
    double lastY = 1e9;
    for (double hz : {250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0, 16000.0}) {
        if (hz >= nyquist * 0.98)
            break;
        const double y = yOfFrequency(hz, area);
        if (y < area.top() + fm.height() || lastY - y < fm.height() * 1.6)
            continue;
        lastY = y;
        const QString label = hz >= 1000 ? QStringLiteral("%1k").arg(hz / 1000.0) : QString::number(hz);
        const QRectF chip(area.left() + 3, y - fm.height() / 2.0, fm.horizontalAdvance(label) + 6, fm.height());
        painter.fillRect(chip, QColor(0, 0, 0, 110));
        painter.setPen(QColor(235, 235, 235));
        painter.drawText(chip, Qt::AlignCenter, label);
    }
}

QString TimelineSpectrogramLane::hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext&) const
{
    if (!m_tiles->hasSource())
        return {};
    const double hz = std::max(0.0, frequencyAtY(pos.y(), area));
    return hz >= 1000 ? tr("%1 kHz").arg(QString::number(hz / 1000.0, 'f', 2))
                      : tr("%1 Hz").arg(QString::number(hz, 'f', 0));
}

void TimelineSpectrogramLane::addMenuActions(QMenu* menu, const std::function<void()>& changed)
{
    TimelineSpectrogramTiles* tiles = m_tiles.get();
    QMenu* scale = menu->addMenu(tr("Frequency scale"));
    auto* scales = new QActionGroup(scale);
    QAction* mel = scale->addAction(tr("Mel (80 bands)"));
    QAction* linear = scale->addAction(tr("Linear"));
    for (QAction* a : {mel, linear}) {
        a->setCheckable(true);
        scales->addAction(a);
    }
    (tiles->isMel() ? mel : linear)->setChecked(true);
    QObject::connect(mel, &QAction::triggered, menu, [tiles, changed] {
        tiles->setMel(true, 80);
        changed();
    });
    QObject::connect(linear, &QAction::triggered, menu, [tiles, changed] {
        tiles->setMel(false);
        changed();
    });

    QMenu* range = menu->addMenu(tr("Range"));
    auto* ranges = new QActionGroup(range);
    const std::pair<double, double> presets[] = {
        {-60.0, 0.0}, {-80.0, -10.0}, {-90.0, -10.0}, {-100.0, -20.0}, {-120.0, -20.0}};
    std::vector<std::pair<QAction*, std::pair<double, double>>> presetActions;
    for (const auto& [lo, hi] : presets) {
        QAction* a = range->addAction(tr("%1 to %2 dB").arg(lo).arg(hi));
        a->setCheckable(true);
        a->setChecked(tiles->floorDb() == lo && tiles->ceilDb() == hi);
        ranges->addAction(a);
        presetActions.push_back({a, {lo, hi}});
    }
    // Any range in whole dB, recoloured live while the sliders move.
    range->addSeparator();
    auto* editor = new TimelineDbRangeEditor(static_cast<int>(TimelineSpectrogramTiles::kQuantFloorDb),
                                             static_cast<int>(TimelineSpectrogramTiles::kQuantCeilDb), range);
    editor->setObjectName(QStringLiteral("dbRangeEditor"));
    editor->setRange(static_cast<int>(std::lround(tiles->floorDb())), static_cast<int>(std::lround(tiles->ceilDb())));
    auto* editorAction = new QWidgetAction(range);
    editorAction->setDefaultWidget(editor);
    range->addAction(editorAction);
    QObject::connect(editor, &TimelineDbRangeEditor::rangeChanged, menu,
                     [tiles, changed, presetActions](int lo, int hi) {
                         tiles->setRange(lo, hi);
                         for (const auto& [action, preset] : presetActions)
                             action->setChecked(preset.first == lo && preset.second == hi);
                         changed();
                     });
    for (const auto& [action, preset] : presetActions)
        QObject::connect(action, &QAction::triggered, menu, [tiles, changed, editor, preset = preset] {
            tiles->setRange(preset.first, preset.second);
            editor->setRange(static_cast<int>(preset.first), static_cast<int>(preset.second));
            changed();
        });

    QMenu* colors = menu->addMenu(tr("Colormap"));
    auto* maps = new QActionGroup(colors);
    const std::pair<TimelineColormap::Kind, QString> kinds[] = {{TimelineColormap::Kind::Magma, tr("Magma")},
                                                                {TimelineColormap::Kind::Viridis, tr("Viridis")},
                                                                {TimelineColormap::Kind::Gray, tr("Grey")}};
    for (const auto& [kind, name] : kinds) {
        QAction* a = colors->addAction(name);
        a->setCheckable(true);
        a->setChecked(tiles->colormap() == kind);
        maps->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [tiles, changed, kind = kind] {
            tiles->setColormap(kind);
            changed();
        });
    }
}

}  // namespace lockstep
