#pragma once
#include "case/rejectreason.h"

#include <optional>
#include <QAbstractTableModel>
#include <QVector>

namespace dt {

class Database;

/// The rows an import rejected, with file, line, reason and the raw text as it was in the file. The
/// reasons are written when shown, in the interface's language unless setLanguage() chose one.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Line, Reason, Raw, ColumnCount };
    static constexpr int kMaxRows = 100000; ///< shown at once; the total is always reported

    struct Row
    {
        QString file;
        QString reason; ///< as stored (RejectReason::encode(), or text in older cases)
        QString raw;
        qint64 line = 0;
    };
    /// What setDatabase() shows, read through @p db (which may be a worker thread's connection: the
    /// GUI reads it off its thread and hands it to setSnapshot()).
    struct Snapshot
    {
        QVector<Row> rows;
        qint64 total = 0;
    };
    static Snapshot read(Database &db, const QVector<qint64> &sourceIds = {});

    explicit RejectedRowsModel(QObject *parent = nullptr);
    /// Shows the rejected rows of @p db; of the sources @p sourceIds only, when given (an import's).
    void setDatabase(Database *db, const QVector<qint64> &sourceIds = {});
    void setSnapshot(Snapshot snapshot);
    qint64 total() const { return m_total; }
    /// Writes the reasons in @p lang from now on (nullopt: the interface's language, each time).
    void setLanguage(std::optional<Language> lang);
    /// The interface's language changed: the reasons are written again.
    void languageChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
    qint64 m_total = 0;
    std::optional<Language> m_language;
};

} // namespace dt
