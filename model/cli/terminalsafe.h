#pragma once
#include <cstdio>
#include <QIODevice>

namespace dt::cli {

/**
 * A write-only device over a C stream (stderr) that passes text on fit for a terminal: control
 * characters other than the line break and the tab (C0, DEL, C1; an escape sequence a file's
 * value carries into a message) are written as \xNN, and a line is cut after kMaxLineBytes, so a
 * hostile or huge value cannot retitle, clear or flood the analyst's terminal.
 */
class TerminalSafeDevice : public QIODevice
{
public:
    static constexpr qint64 kMaxLineBytes = 4096;
    explicit TerminalSafeDevice(FILE *stream)
        : m_stream(stream)
    {}
    /// @p data as written: what writeData() would pass on.
    static QByteArray escaped(const QByteArray &data);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray filter(const char *data, qint64 size);
    FILE *m_stream;
    qint64 m_lineBytes = 0; ///< bytes of the current line passed on
    qint64 m_cutBytes = 0;  ///< bytes of the current line left out
    bool m_afterC2 = false; ///< the last byte was 0xC2, the first of a C1 control's two
};

} // namespace dt::cli
