// libFuzzer harness for the timed-text parsers. Not wired into CMake yet; built by hand, e.g.
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fPIC -I processing -I <build>/processing
//           tests/fuzz/fuzz_timed_text.cpp <the parser .cpp files> $(pkg-config --cflags --libs Qt6Core)
// Every parser sees every input: a file renamed to the wrong extension must not crash the wrong parser
// either.

#include "dataset/EafParser.h"
#include "dataset/JsonSegmentsParser.h"
#include "dataset/SrtParser.h"
#include "dataset/TextGridParser.h"
#include "dataset/WebVttParser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// The invariants every parser promises, whatever the input.
void check(const lockstep::TimedTextDocument& doc)
{
    if (!doc.ok && !doc.tiers.isEmpty() && doc.error.isEmpty())
        std::abort();
    for (const lockstep::TimedTextTier& tier : doc.tiers) {
        for (const lockstep::Segment& segment : tier.segments) {
            if (segment.end < segment.start)
                std::abort();
            if (tier.isPointTier && segment.end != segment.start)
                std::abort();
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz-input");
    check(lockstep::SrtParser::parse(bytes, name));
    check(lockstep::WebVttParser::parse(bytes, name));
    check(lockstep::TextGridParser::parse(bytes, name));
    check(lockstep::EafParser::parse(bytes, name));
    check(lockstep::JsonSegmentsParser::parse(bytes, name));
    return 0;
}
