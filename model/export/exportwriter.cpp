#include "export/exportwriter.h"

#include <QStringList>

namespace dt::exports {

// The registry: adding a format is one file defining make<Name>Writer() and one entry here.
#define DT_EXPORT_FORMATS(X) X(Anx) X(GraphMl) X(Gexf) X(CsvBundle)

#define DT_DECLARE_WRITER(Name) std::unique_ptr<ExportWriter> make##Name##Writer();
DT_EXPORT_FORMATS(DT_DECLARE_WRITER)
#undef DT_DECLARE_WRITER

const std::vector<std::unique_ptr<ExportWriter>> &writers()
{
    static const std::vector<std::unique_ptr<ExportWriter>> all = [] {
        std::vector<std::unique_ptr<ExportWriter>> v;
#define DT_ADD_WRITER(Name) v.push_back(make##Name##Writer());
        DT_EXPORT_FORMATS(DT_ADD_WRITER)
#undef DT_ADD_WRITER
        return v;
    }();
    return all;
}

const ExportWriter *writer(const QString &name)
{
    for (const auto &w : writers())
        if (w->name() == name)
            return w.get();
    return nullptr;
}

QString writerNames(const QString &separator)
{
    QStringList names;
    for (const auto &w : writers())
        names << w->name();
    return names.join(separator);
}

} // namespace dt::exports
