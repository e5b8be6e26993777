#include "SignalCancel.h"

#include "progress/ConsoleProgress.h"

#include <csignal>

namespace lockstep::cli {

namespace {

ConsoleProgress* g_progress = nullptr;

extern "C" void onSignal(int signal)
{
    if (g_progress)
        g_progress->cancel();
    std::signal(signal, SIG_DFL);  // the next one terminates
}

}  // namespace

SignalCancel::SignalCancel(ConsoleProgress* progress)
{
    g_progress = progress;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

SignalCancel::~SignalCancel()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_progress = nullptr;
}

}  // namespace lockstep::cli
