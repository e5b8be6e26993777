#include "TimelineRuler.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace lockstep {

namespace {

constexpr std::int64_t kMs = 1000;
constexpr std::int64_t kS = 1000 * kMs;
constexpr std::int64_t kMin = 60 * kS;
constexpr std::int64_t kHour = 60 * kMin;

constexpr std::array<std::int64_t, 34> kSteps = {
    1,         2,         5,         10,       20,        50,        100,       200,       500,
    kMs,       2 * kMs,   5 * kMs,   10 * kMs, 20 * kMs,  50 * kMs,  100 * kMs, 200 * kMs, 500 * kMs,
    kS,        2 * kS,    5 * kS,    10 * kS,  15 * kS,   30 * kS,   kMin,      2 * kMin,  5 * kMin,
    10 * kMin, 15 * kMin, 30 * kMin, kHour,    2 * kHour, 6 * kHour, 12 * kHour};

// Decimals of a second that a step needs (500 ms -> 1, 20 ms -> 2, 1 us -> 6).
int decimalsFor(Micros step)
{
    int decimals = 0;
    std::int64_t unit = kS;
    while (decimals < 6 && step.count() % unit != 0) {
        unit /= 10;
        ++decimals;
    }
    return decimals;
}

QString fraction(std::int64_t micros, int decimals)
{
    // micros within the second, as ".d", ".dd" ... truncated to the decimals asked for.
    if (decimals <= 0)
        return {};
    std::int64_t scaled = micros;
    for (int i = decimals; i < 6; ++i)
        scaled /= 10;
    return QLatin1Char('.') + QStringLiteral("%1").arg(scaled, decimals, 10, QLatin1Char('0'));
}

}  // namespace

Micros TimelineRuler::majorStep(double microsPerPixel, double minLabelSpacing)
{
    const double wanted = microsPerPixel * minLabelSpacing;
    for (std::int64_t step : kSteps)
        if (static_cast<double>(step) >= wanted)
            return Micros{step};
    // Past twelve hours: whole days.
    const double days = std::ceil(wanted / static_cast<double>(24 * kHour));
    return Micros{static_cast<std::int64_t>(days) * 24 * kHour};
}

Micros TimelineRuler::minorStep(Micros majorStep)
{
    const std::int64_t step = majorStep.count();
    // Leading digit 2 (and 2 min, 2 h) divides in 4; 15 s / 15 min in 3; 30 and 6 h in 6; the rest in 5.
    std::int64_t mantissa = step;
    while (mantissa % 10 == 0 && mantissa >= 10)
        mantissa /= 10;
    if (step == 15 * kS || step == 15 * kMin)
        return Micros{step / 3};
    if (step == 30 * kS || step == 30 * kMin || step == 6 * kHour || step == 12 * kHour)
        return Micros{step / 6};
    if (step == 2 * kMin || step == 2 * kHour || mantissa == 2)
        return Micros{step / 4};
    if (step == kMin || step == kHour)
        return Micros{step / 6};
    return Micros{std::max<std::int64_t>(1, step / 5)};
}

std::vector<TimelineTick> TimelineRuler::ticks(const TimelineMapping& mapping, double minLabelSpacing)
{
    std::vector<TimelineTick> result;
    const Micros major = majorStep(mapping.microsPerPixel(), minLabelSpacing);
    const Micros minor = minorStep(major);
    const Micros start = mapping.visibleStart();
    const Micros end = mapping.visibleEnd();
    const Micros span{std::max(std::abs(end.count()), std::abs(start.count()))};
    // First minor tick at or after the visible start (floor division that works for negative times too).
    std::int64_t first = start.count() / minor.count() * minor.count();
    if (first < start.count())
        first += minor.count();
    for (std::int64_t t = first; t <= end.count(); t += minor.count()) {
        TimelineTick tick;
        tick.time = Micros{t};
        tick.major = t % major.count() == 0;
        if (tick.major)
            tick.label = label(tick.time, major, span);
        result.push_back(std::move(tick));
    }
    return result;
}

QString TimelineRuler::label(Micros time, Micros step, Micros span)
{
    const bool negative = time.count() < 0;
    const std::int64_t t = std::abs(time.count());
    const QString sign = negative ? QStringLiteral("\u2212") : QString();
    const int decimals = decimalsFor(step);
    if (span.count() < kS && step.count() < kS) {
        // Under a second: milliseconds, with decimals below a millisecond.
        const int msDecimals = std::max(0, decimals - 3);
        return sign + QString::number(static_cast<double>(t) / kMs, 'f', msDecimals) + QStringLiteral(" ms");
    }
    if (span.count() < kMin)
        return sign + QString::number(t / kS) + fraction(t % kS, decimals) + QStringLiteral(" s");
    const std::int64_t seconds = (t / kS) % 60;
    const std::int64_t minutes = (t / kMin) % 60;
    const QString ss = QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0')) + fraction(t % kS, decimals);
    if (span.count() < kHour)
        return sign + QString::number(t / kMin) + QLatin1Char(':') + ss;
    return sign + QString::number(t / kHour) + QLatin1Char(':') +
           QStringLiteral("%1").arg(minutes, 2, 10, QLatin1Char('0')) + QLatin1Char(':') + ss;
}

QString TimelineRuler::readout(Micros time, double microsPerPixel)
{
    const bool negative = time.count() < 0;
    const std::int64_t t = std::abs(time.count());
    const QString sign = negative ? QStringLiteral("\u2212") : QString();
    if (t < kS && microsPerPixel < 100.0)
        return sign + QString::number(static_cast<double>(t) / kMs, 'f', 2) + QStringLiteral(" ms");
    const QString ms = QStringLiteral("%1").arg((t % kS) / kMs, 3, 10, QLatin1Char('0'));
    const QString ss = QStringLiteral("%1").arg((t / kS) % 60, 2, 10, QLatin1Char('0'));
    if (t < kHour)
        return sign + QString::number(t / kMin) + QLatin1Char(':') + ss + QLatin1Char('.') + ms;
    const QString mm = QStringLiteral("%1").arg((t / kMin) % 60, 2, 10, QLatin1Char('0'));
    return sign + QString::number(t / kHour) + QLatin1Char(':') + mm + QLatin1Char(':') + ss + QLatin1Char('.') + ms;
}

}  // namespace lockstep
