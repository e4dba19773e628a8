#pragma once
// Shared by the seal's writer (seal.cpp) and its verifier (sealverify.cpp); not a public interface.
#include "case/database.h"
#include "case/sealcodec.h"
#include "case/sealtables.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace dt {
class Database;
}

namespace dt::seal::internal {

/// A group's record: its table, scope, rows, chunks and digest over the chunks.
struct Group
{
    QString table;
    qint64 scope = 0;
    qint64 rows = 0, chunks = 0;
    QByteArray digest;
};

/// One row of a whole table's detail: its key and a 16-byte digest per column.
struct WholeRow
{
    QString key;
    std::vector<QByteArray> columns;
};

/// A whole table's single chunk (first = last = 0), with its detail; false on an SQLite error.
bool wholeChunk(Database &db, const Table &t, Chunk *out, QString *error);
std::vector<WholeRow> parseDetail(const QByteArray &detail);

QByteArray groupDigest(const QString &table, qint64 scope, const std::vector<Chunk> &chunks);
QByteArray rootOf(const std::vector<Group> &groups);

std::vector<Group> storedGroups(Database &db);
std::vector<Chunk> storedChunks(Database &db, const QString &table, qint64 scope);
/// Stores chunk records through one prepared statement (an import stores thousands).
class ChunkWriter
{
public:
    explicit ChunkWriter(Database &db);
    bool store(const QString &table, qint64 scope, const Chunk &c, QString *error);

private:
    Database &m_db;
    Statement m_insert;
};
/// Makes group (@p table, @p scope) again from its stored chunks (removes it when it has none).
bool storeGroup(Database &db, const QString &table, qint64 scope, QString *error);

/// The canonical bytes of the row at @p st's columns [from, from + n).
void encodeRow(std::string &out, sqlite3_stmt *st, int from, int n);

} // namespace dt::seal::internal
