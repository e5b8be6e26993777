#pragma once

// One bit per sample row (a position in import order): the samples a metric condition passes. The filter's SQL
// reads it through row_in_mask(?N, s.row) (SqlFunctions), the mask bound with sqlite3_bind_pointer, so a
// condition over a million samples costs one bit test per row instead of a subquery.

#include <QtGlobal>
#include <cstdint>
#include <vector>

namespace lockstep {

class RowMask {
public:
    // The pointer type row_in_mask() accepts (sqlite3_bind_pointer compares it by address and value).
    static constexpr const char* kPointerType = "lockstep.RowMask";

    RowMask() = default;
    explicit RowMask(qint64 rows) : m_rows(rows), m_words(std::size_t((rows + 63) / 64), 0) {}

    qint64 rows() const { return m_rows; }
    void set(qint64 row)
    {
        if (row >= 0 && row < m_rows)
            m_words[std::size_t(row >> 6)] |= std::uint64_t(1) << (row & 63);
    }
    bool test(qint64 row) const
    {
        return row >= 0 && row < m_rows && ((m_words[std::size_t(row >> 6)] >> (row & 63)) & 1) != 0;
    }

private:
    qint64 m_rows = 0;
    std::vector<std::uint64_t> m_words;
};

}  // namespace lockstep
