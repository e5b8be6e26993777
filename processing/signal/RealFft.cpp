#include "signal/RealFft.h"

#include <kiss_fftr.h>

#include <stdexcept>
#include <vector>

namespace lockstep {

struct RealFft::Plan {
    kiss_fftr_cfg cfg = nullptr;
    std::vector<kiss_fft_cpx> out;
    ~Plan() { kiss_fftr_free(cfg); }
};

RealFft::RealFft(int n) : m_plan(std::make_unique<Plan>()), m_size(n)
{
    if (n < 2 || n % 2 != 0)
        throw std::invalid_argument("RealFft: the size must be even and at least 2");
    m_plan->cfg = kiss_fftr_alloc(n, 0, nullptr, nullptr);
    if (!m_plan->cfg)
        throw std::bad_alloc();
    m_plan->out.resize(static_cast<std::size_t>(bins()));
}

RealFft::~RealFft() = default;
RealFft::RealFft(RealFft&&) noexcept = default;
RealFft& RealFft::operator=(RealFft&&) noexcept = default;

void RealFft::transform(const float* in, std::complex<float>* out)
{
    kiss_fftr(m_plan->cfg, in, m_plan->out.data());
    for (std::size_t k = 0; k < m_plan->out.size(); ++k)
        out[k] = {m_plan->out[k].r, m_plan->out[k].i};
}

void RealFft::power(const float* in, float* power)
{
    kiss_fftr(m_plan->cfg, in, m_plan->out.data());
    for (std::size_t k = 0; k < m_plan->out.size(); ++k)
        power[k] = m_plan->out[k].r * m_plan->out[k].r + m_plan->out[k].i * m_plan->out[k].i;
}

}  // namespace lockstep
