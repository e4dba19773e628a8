// The CSV bundle: nodes.csv and edges.csv with the attributes every other format carries, and the
// findings' tables (suspects, operators, list attribution, violations) beside them; each UTF-8 with
// a byte order mark, for spreadsheets (Excel, WPS, LibreOffice) and number-marking systems.
#include "export/csv.h"
#include "export/exportwriter.h"

namespace dt::exports {

namespace {

class CsvBundleWriter : public ExportWriter
{
public:
    QString name() const override { return QStringLiteral("csv"); }
    QString title() const override
    {
        return ExportData::tr("CSV tables for spreadsheets (a folder: nodes.csv, edges.csv)");
    }
    QString suffix() const override { return {}; }

    bool write(const ExportData &d, std::vector<ExportFile> *files, QString *) const override
    {
        const auto &na = ExportData::nodeAttributes();
        QStringList header{QStringLiteral("id")};
        for (const Attribute &a : na)
            header << a.key;
        std::vector<QStringList> rows;
        for (const ExportNode &n : d.nodes) {
            QStringList r{n.id};
            for (size_t i = 0; i < na.size(); ++i)
                r << d.valueText(n.values[i], na[i].type);
            rows.push_back(r);
        }
        files->push_back({QStringLiteral("nodes.csv"), csvDocument(header, rows)});

        const auto &ea = ExportData::edgeAttributes();
        header = QStringList{QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("target"),
                             QStringLiteral("directed")};
        for (const Attribute &a : ea)
            header << a.key;
        rows.clear();
        for (const ExportEdge &e : d.edges) {
            QStringList r{e.id, d.nodes[size_t(e.source)].id, d.nodes[size_t(e.target)].id,
                          e.directed ? QStringLiteral("true") : QStringLiteral("false")};
            for (size_t i = 0; i < ea.size(); ++i)
                r << d.valueText(e.values[i], ea[i].type);
            rows.push_back(r);
        }
        files->push_back({QStringLiteral("edges.csv"), csvDocument(header, rows)});

        for (const Table &t : d.tables)
            files->push_back({t.name + QStringLiteral(".csv"), csvDocument(t.header, t.rows)});
        return true;
    }
};

} // namespace

std::unique_ptr<ExportWriter> makeCsvBundleWriter()
{
    return std::make_unique<CsvBundleWriter>();
}

} // namespace dt::exports
