#include "progress/ConsoleProgress.h"

#include <unistd.h>

namespace lockstep {

ConsoleProgress::ConsoleProgress(bool quiet, std::FILE* out)
    : m_out(out), m_quiet(quiet), m_terminal(::isatty(::fileno(out)) == 1)
{
    m_clock.start();
}

ConsoleProgress::~ConsoleProgress()
{
    finish();
}

void ConsoleProgress::report(const QString& message, qint64 done, qint64 total)
{
    if (m_quiet)
        return;
    const qint64 now = m_clock.elapsed();
    if (message != m_lastMessage) {
        m_lastMessage = message;
        m_messageStartMs = now;
    }
    const qint64 interval = m_terminal ? 100 : 5000;
    const bool last = total > 0 && done >= total;
    if (now - m_lastPrintMs < interval && !last)
        return;
    m_lastPrintMs = now;
    QString line = message;
    const double seconds = double(now - m_messageStartMs) / 1000.0;
    if (total > 0) {
        line +=
            QStringLiteral(": %1/%2 (%3%)").arg(done).arg(total).arg(100.0 * double(done) / double(total), 0, 'f', 1);
        if (seconds > 0.5 && done > 0 && done < total) {
            const double rate = double(done) / seconds;
            line += QStringLiteral(", %1/s, ETA %2 s").arg(rate, 0, 'f', 0).arg(double(total - done) / rate, 0, 'f', 0);
        }
    } else if (done > 0) {
        line += QStringLiteral(": %1").arg(done);
    }
    const QByteArray bytes = line.toLocal8Bit();
    if (m_terminal) {
        std::fprintf(m_out, "\r\033[K%s", bytes.constData());
        m_lineOpen = true;
    } else {
        std::fprintf(m_out, "%s\n", bytes.constData());
    }
    std::fflush(m_out);
}

void ConsoleProgress::finish()
{
    if (m_lineOpen) {
        std::fprintf(m_out, "\r\033[K");
        std::fflush(m_out);
        m_lineOpen = false;
    }
}

}  // namespace lockstep
