#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Sample.h"

#include <vector>

namespace lockstep {

// Where importers put what they read. Importers stream samples so that a million-row manifest never has to
// sit in memory: the project store writes them straight into SQLite, tests collect them in a vector.
class SampleSink {
public:
    virtual ~SampleSink() = default;
    virtual void addSample(Sample&& sample) = 0;
    virtual void addDiagnostic(const Diagnostic& diagnostic) = 0;
};

class CollectingSink final : public SampleSink {
public:
    void addSample(Sample&& sample) override { samples.push_back(std::move(sample)); }
    void addDiagnostic(const Diagnostic& diagnostic) override { diagnostics.append(diagnostic); }

    std::vector<Sample> samples;
    Diagnostics diagnostics;
};

}  // namespace lockstep
