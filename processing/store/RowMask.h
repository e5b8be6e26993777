#pragma once

// One bit per sample row (a position in import order): the samples a metric condition passes. The filter's SQL
// reads it through row_in_mask(?N, s.row) (SqlFunctions), the mask bound with sqlite3_bind_pointer, so a
// condition over a million samples costs one bit test per row instead of a subquery. A query can also start from
// a mask's rows (the mask_rows(?N) table, SqlFunctions) instead of scanning every sample, and a filter of metric
// terms alone needs no SQL at all: its rows are the bits of its masks combined word by word.

#include <QtGlobal>
#include <bit>
#include <cstdint>
#include <vector>

namespace lockstep {

class RowMask {
public:
    // The pointer type row_in_mask() and mask_rows() accept (sqlite3_bind_pointer compares it by address and value).
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

    // Word by word with a mask of the same rows (a shorter one counts as unset beyond its end).
    void intersect(const RowMask& other)
    {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    }
    void unite(const RowMask& other)
    {
        for (std::size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
            m_words[i] |= other.m_words[i];
        clearTail();
    }
    // Every row of 0 .. rows() - 1 that was not set, and none that was.
    void invert()
    {
        for (std::uint64_t& w : m_words)
            w = ~w;
        clearTail();
    }
    void setAll()
    {
        for (std::uint64_t& w : m_words)
            w = ~std::uint64_t(0);
        clearTail();
    }
    qint64 count() const
    {
        qint64 n = 0;
        for (std::uint64_t w : m_words)
            n += std::popcount(w);
        return n;
    }
    // The first set row at or after row, or rows() when there is none.
    qint64 next(qint64 row) const
    {
        if (row < 0)
            row = 0;
        if (row >= m_rows)
            return m_rows;
        std::size_t i = std::size_t(row >> 6);
        std::uint64_t w = m_words[i] & (~std::uint64_t(0) << (row & 63));
        while (w == 0) {
            if (++i == m_words.size())
                return m_rows;
            w = m_words[i];
        }
        return qint64(i) * 64 + std::countr_zero(w);
    }
    // f(row) for each set row, in increasing order.
    template <typename F>
    void forEach(F f) const
    {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            for (std::uint64_t w = m_words[i]; w != 0; w &= w - 1)
                f(qint64(i) * 64 + std::countr_zero(w));
    }

private:
    void clearTail()
    {
        if (!m_words.empty() && (m_rows & 63) != 0)
            m_words.back() &= (std::uint64_t(1) << (m_rows & 63)) - 1;
    }

    qint64 m_rows = 0;
    std::vector<std::uint64_t> m_words;
};

}  // namespace lockstep
