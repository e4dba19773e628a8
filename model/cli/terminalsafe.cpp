#include "cli/terminalsafe.h"

namespace dt::cli {

namespace {

void appendEscape(QByteArray &out, quint8 byte)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\x";
    out += hex[byte >> 4];
    out += hex[byte & 15];
}

} // namespace

QByteArray TerminalSafeDevice::escaped(const QByteArray &data)
{
    TerminalSafeDevice d(nullptr);
    QByteArray out = d.filter(data.constData(), data.size());
    if (d.m_afterC2)
        out += char(0xC2);
    return out;
}

QByteArray TerminalSafeDevice::filter(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(qsizetype(size));
    for (qint64 i = 0; i < size; ++i) {
        const quint8 c = quint8(data[i]);
        if (c == '\n') {
            if (m_cutBytes > 0)
                out += "… (" + QByteArray::number(m_cutBytes) + " more bytes)";
            if (m_afterC2)
                appendEscape(out, 0xC2);
            out += '\n';
            m_lineBytes = m_cutBytes = 0;
            m_afterC2 = false;
            continue;
        }
        if (m_lineBytes >= kMaxLineBytes && (m_cutBytes > 0 || (c & 0xC0) != 0x80)) {
            ++m_cutBytes; // cut at a character's first byte, never inside one
            continue;
        }
        const qsizetype before = out.size();
        if (m_afterC2) {
            m_afterC2 = false;
            if (c >= 0x80 && c <= 0x9F) { // U+0080–U+009F: C1 controls (CSI is one)
                appendEscape(out, 0xC2);
                appendEscape(out, c);
                m_lineBytes += out.size() - before;
                continue;
            }
            out += char(0xC2);
        }
        if (c == 0xC2)
            m_afterC2 = true;
        else if ((c < 0x20 && c != '\t') || c == 0x7F)
            appendEscape(out, c);
        else
            out += char(c);
        m_lineBytes += out.size() - before;
    }
    return out;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    const QByteArray out = filter(data, size);
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_stream) != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace dt::cli
