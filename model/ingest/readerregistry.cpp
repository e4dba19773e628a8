#include "ingest/readerregistry.h"

#include "ingest/compressedreader.h"
#include "ingest/delimitedreader.h"
#include "ingest/htmlreader.h"
#include "ingest/jsonreader.h"
#include "ingest/phonedbreader.h"
#include "ingest/tablelayout.h"
#include "ingest/xlsxreader.h"

#include <algorithm>

namespace dt::ingest {

ReaderRegistry::ReaderRegistry()
{
    // One line a format. On equal confidence the earlier reader wins; delimited text takes what
    // no other claims.
    add<PhoneDbReader>();
    add<JsonReader>();
    add<XlsxReader>();
    add<HtmlReader>();
    add<CompressedReader>(*this);
    add<DelimitedReader>();
}

const ReaderRegistry &ReaderRegistry::instance()
{
    static const ReaderRegistry registry;
    return registry;
}

const Reader *ReaderRegistry::byName(const QString &name) const
{
    for (const auto &r : m_readers) {
        if (r->name() == name)
            return r.get();
    }
    return nullptr;
}

QStringList ReaderRegistry::formats() const
{
    QStringList out;
    for (const auto &r : m_readers)
        out << r->formats();
    return out;
}

QStringList ReaderRegistry::patterns() const
{
    QStringList out;
    for (const auto &r : m_readers)
        out << r->patterns();
    return out;
}

QString ReaderRegistry::noReader(const QString &file)
{
    return tr("%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone database DialTrace "
              "knows")
        .arg(file);
}

const Reader *ReaderRegistry::pick(const QByteArray &head, const Input &input, const QString &format,
                                   bool wrappers, QString *error) const
{
    const Reader *best = nullptr;
    int bestScore = 0;
    for (const auto &r : m_readers) {
        if (!wrappers && r->formats().isEmpty())
            continue;
        if (const int score = r->confidence(head, input.name()); score > bestScore)
            best = r.get(), bestScore = score;
    }
    // A compressed file is unpacked whatever --format says: --format names the export inside.
    const QString wanted = format.mid(CompressedReader::prefixOf(format).size());
    if (format != QLatin1String("auto") && !(best && best->formats().isEmpty()) &&
        !(best && best->formats().contains(wanted))) {
        const auto named = std::find_if(m_readers.cbegin(), m_readers.cend(),
                                        [&wanted](const auto &r) { return r->formats().contains(wanted); });
        if (named == m_readers.cend()) {
            *error =
                tr("--format: unknown format '%1' (%2)").arg(format, formats().join(QStringLiteral(", ")));
            return nullptr;
        }
        return named->get();
    }
    if (!best)
        *error = noReader(input.displayName());
    return best;
}

bool ReaderRegistry::sniff(Input &input, const ImportOptions &opt, Layout *layout, QString *error) const
{
    QByteArray head;
    const auto stream = input.open(error);
    if (!stream || !stream->read(kHeadBytes, &head, error))
        return false;
    if (head.isEmpty()) {
        *error = tr("%1: the file is empty").arg(input.displayName());
        return false;
    }
    const Reader *reader = pick(head, input, opt.format, true, error);
    if (!reader)
        return false;
    Layout l;
    if (!reader->open(input, opt, &l, error))
        return false;
    if (l.reader.isEmpty())
        l.reader = reader->name();
    if (!opt.map.isEmpty() && !FieldMapper::applyOverrides(&l.mapping, opt.map, l.headers, error))
        return false;
    if (l.kind.isEmpty())
        l.kind = opt.kind != QLatin1String("auto") ? opt.kind : tablelayout::kindFromMapping(l.mapping);
    if (opt.kind != QLatin1String("auto"))
        l.kind = opt.kind;
    if (l.kind.isEmpty()) {
        *error = tr("%1: cannot tell what this file holds (columns: %2); say --kind and --map")
                     .arg(input.displayName(), l.headers.join(QStringLiteral(", ")));
        return false;
    }
    if (const Reader *r = readerOf(l))
        r->settle(&l);
    if (opt.format != QLatin1String("auto"))
        l.format = CompressedReader::prefixOf(l.format) +
                   opt.format.mid(CompressedReader::prefixOf(opt.format).size());
    *layout = l;
    return true;
}

} // namespace dt::ingest
