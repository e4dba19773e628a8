#pragma once
#include "ingest/reader.h"

#include <memory>
#include <vector>

namespace dt::ingest {

/**
 * The formats DialTrace imports, in one place: the importer, the sniffer, the import preview and
 * the wizard all ask it. A new format is a Reader and one line in the constructor.
 */
class ReaderRegistry : public ReaderLookup
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::ReaderRegistry)
public:
    static const ReaderRegistry &instance();

    /// Looks at the start of @p input and says how it would be imported: the reader that reads it
    /// best (or the one --format names), its layout, and the analyst's overrides (--map, --kind,
    /// --format) applied. False with @p error set (naming the file) when nothing reads it.
    bool sniff(Input &input, const ImportOptions &options, Layout *layout, QString *error) const;
    /// The reader that made @p layout (Layout::reader), or null.
    const Reader *readerOf(const Layout &layout) const { return byName(layout.reader); }

    const Reader *pick(const QByteArray &head, const Input &input, const QString &format, bool wrappers,
                       QString *error) const override;
    const Reader *byName(const QString &name) const override;
    /// Every format a layout can have (--format), in the readers' order.
    QStringList formats() const;
    /// The file name patterns of every reader ("*.csv", …), for file dialogs.
    QStringList patterns() const;

private:
    ReaderRegistry();
    static QString noReader(const QString &file);
    template<class R, class... Args> void add(Args &&...args)
    {
        m_readers.push_back(std::make_unique<R>(std::forward<Args>(args)...));
    }
    std::vector<std::unique_ptr<Reader>> m_readers;
};

} // namespace dt::ingest
