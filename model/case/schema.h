#pragma once
#include <functional>
#include <QString>

namespace dt {

class Database;

/**
 * The case file's schema and its forward migrations. Version N is reached by applying
 * migrations 1..N in order, each in its own transaction, each recorded in schema_migrations.
 */
namespace schema {

/// The schema version this build writes and understands.
constexpr int kCurrentVersion = 17;
/// SQLite application_id stamped on every case file ("DTrC"), so other SQLite files are told apart.
constexpr int kApplicationId = 0x44547243;

/// The version recorded in the file (0 for an empty database), or -1 on error.
int storedVersion(Database &db, QString *error);
/// Called before each migration with the version it reaches; returning false stops there (the
/// versions already reached stay, each complete).
using MigrationStep = std::function<bool(int version, int from, int target)>;
/// Applies migrations from the stored version up to @p target (default: current). Returns false on
/// error, or when @p step stops it (error "cancelled").
bool migrate(Database &db, QString *error, int target = kCurrentVersion, const MigrationStep &step = {});
/// True when the file carries DialTrace's application_id (or is a brand-new empty database).
bool isCaseDatabase(Database &db);

} // namespace schema
} // namespace dt
