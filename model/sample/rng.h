#pragma once
#include <cmath>
#include <cstdint>
#include <QtGlobal>

namespace dt::sample {

/// SplitMix64: a fully specified mixing function, so sample files are identical on every machine
/// (std:: distributions are implementation-defined and would not be).
inline quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 hash3(quint64 a, quint64 b, quint64 c = 0)
{
    return mix64(mix64(mix64(a) ^ b) ^ c);
}

/// A small deterministic generator (xoshiro256**), seeded through SplitMix64.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        quint64 x = seed;
        for (auto &s : m_s) {
            x += 0x9e3779b97f4a7c15ULL;
            s = mix64(x);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in [0, n).
    quint64 below(quint64 n) { return n ? next() % n : 0; }
    /// Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }
    /// Log-normal with the given median and spread (sigma of the log).
    double logNormal(double median, double sigma)
    {
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        return median * std::exp(sigma * z);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace dt::sample
