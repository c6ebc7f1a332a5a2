#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace DepositDesk::Sandbox {

// The seeder's only source of chance: a std::mt19937_64 seeded with the seed value. Its output
// sequence is fixed by the C++ standard, and the helpers below map it to ranges by plain
// arithmetic (never std::uniform_int_distribution, whose algorithm differs between standard
// libraries), so the same seed gives the same data everywhere.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed)
        : m_engine(seed)
    {}
    // An engine for the index-th item of a seed: splitmix64 of seed and index, so neighbouring
    // seeds and indexes still give unrelated sequences.
    static SeedRandom derived(quint64 seed, quint64 index)
    {
        quint64 z = seed + (index + 1) * 0x9E3779B97F4A7C15ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return SeedRandom(z ^ (z >> 31));
    }

    quint64 next() { return m_engine(); }
    // Uniform in [low, high] (inclusive); low when high < low.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(high - low) + 1;
        // Rejection sampling removes the modulo bias.
        const quint64 limit =
            std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % span;
        quint64 value = m_engine();
        while (value >= limit)
            value = m_engine();
        return low + qint64(value % span);
    }
    bool chance(int percent) { return between(0, 99) < percent; }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(between(0, items.size() - 1));
    }
    // Fisher-Yates with this engine.
    template<typename T>
    void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, i));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace DepositDesk::Sandbox
