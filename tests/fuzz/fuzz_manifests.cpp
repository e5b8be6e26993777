// libFuzzer harness for the hand-written readers of untrusted manifest text: the CSV reader, the sensor
// CSV reader and the UTF-8 validator. Build (clang-14 + libclang-rt-14-dev):
//   clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Iprocessing -Ibuild/dev/processing \
//     tests/fuzz/fuzz_manifests.cpp processing/dataset/CsvReader.cpp processing/dataset/SensorCsvReader.cpp \
//     processing/media/TextDecoder.cpp $(pkg-config --cflags --libs Qt6Core) -o fuzz_manifests
#include "dataset/CsvReader.h"
#include "dataset/SensorCsvReader.h"
#include "media/TextDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    lockstep::CsvReader csv(bytes, lockstep::CsvReader::sniffDelimiter(bytes));
    QStringList fields;
    int guard = 0;
    while (csv.readRecord(&fields) && ++guard < 100000) {
    }
    lockstep::SensorCsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    lockstep::TextDecoder::decode(bytes);
    return 0;
}
