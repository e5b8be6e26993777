#pragma once

namespace lockstep {
class ConsoleProgress;
}

namespace lockstep::cli {

// While alive, Ctrl+C (SIGINT) and SIGTERM ask the given progress to cancel instead of killing the
// process, so long work stops cleanly and keeps what it finished. A second Ctrl+C kills as usual.
class SignalCancel {
public:
    explicit SignalCancel(ConsoleProgress* progress);
    ~SignalCancel();
    SignalCancel(const SignalCancel&) = delete;
    SignalCancel& operator=(const SignalCancel&) = delete;
};

}  // namespace lockstep::cli
