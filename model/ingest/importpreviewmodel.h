#pragma once
#include "core/caseclock.h"
#include "ingest/fieldmap.h"
#include "ingest/importtypes.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace dt::ingest {

/**
 * The first rows of a file as an import would take them: numbers normalised, times converted with
 * the time zone and clock offset (shown in the case's zone like the Calls tab), durations in seconds, and for
 * each row either "ok" or the reason it would be rejected. Decoded mode shows the file's columns as
 * decoded with the chosen encoding instead.
 */
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Parsed, Decoded };
    enum Role { ProblemRole = Qt::UserRole + 1 }; ///< bool: the row would be rejected

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// The case's clock: times are shown in its zone, and a file's times without a zone are read in
    /// it unless the options name another. Takes effect at the next setLayout().
    void setClock(const CaseClock &clock) { m_clock = clock; }
    void setLayout(const Layout &layout, const ImportOptions &options);
    void clear();
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Rows of the preview that would be rejected (parsed view).
    int problemRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Parsed
    {
        QStringList values; ///< one per m_parsedHeaders entry, the status last
        bool problem = false;
    };
    void parseRows(const Layout &layout, const ImportOptions &options);

    Mode m_mode = Mode::Parsed;
    CaseClock m_clock;
    QStringList m_decodedHeaders, m_parsedHeaders;
    QVector<QStringList> m_decoded;
    QVector<Parsed> m_parsed;
};

} // namespace dt::ingest
