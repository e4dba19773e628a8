#pragma once
// Fast text output for the sample generator's big files.
#include <cstdio>
#include <QByteArray>
#include <QFile>
#include <QString>

namespace dt::sample {

/// Buffered, fast output for the big files; rows are assembled by hand, not through streams.
class Out
{
public:
    bool open(const QString &path)
    {
        m_f = std::fopen(QFile::encodeName(path).constData(), "wb");
        m_buf.reserve(kFlushAt + 4096);
        return m_f != nullptr;
    }
    ~Out() { close(); }
    bool close()
    {
        bool ok = true;
        if (m_f) {
            flush();
            ok = !m_failed && std::fclose(m_f) == 0;
        }
        m_f = nullptr;
        return ok;
    }
    Out &operator<<(const QByteArray &s)
    {
        m_buf.append(s);
        return maybeFlush();
    }
    Out &operator<<(const char *s)
    {
        m_buf.append(s);
        return maybeFlush();
    }
    Out &operator<<(char c)
    {
        m_buf.append(c);
        return maybeFlush();
    }
    Out &num(qint64 v)
    {
        char buf[24];
        int n = 0;
        const bool neg = v < 0;
        quint64 u = neg ? quint64(-v) : quint64(v);
        do {
            buf[n++] = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (neg)
            m_buf.append('-');
        while (n)
            m_buf.append(buf[--n]);
        return maybeFlush();
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;
    Out &maybeFlush()
    {
        if (m_buf.size() >= kFlushAt)
            flush();
        return *this;
    }
    void flush()
    {
        if (!m_buf.isEmpty() &&
            std::fwrite(m_buf.constData(), 1, size_t(m_buf.size()), m_f) != size_t(m_buf.size()))
            m_failed = true;
        m_buf.clear();
    }
    std::FILE *m_f = nullptr;
    QByteArray m_buf;
    bool m_failed = false;
};

} // namespace dt::sample
