#pragma once
#include "case/database.h"
#include "case/insertbatch.h"
#include "ingest/idmap.h"
#include "ingest/leakparser.h"
#include "ingest/rowpipe.h"

#include <array>
#include <memory>
#include <QHash>
#include <vector>

namespace dt::ingest {

/**
 * A leaked list's phones and persons as ids of the case: the numbers (junk ones too) and the
 * persons (by ID number, else by name and phone) the rows name, the new ones numbered; and a
 * resolved row made into the rows of numbers, persons and leak_records (append(), or a batch's at
 * once into a LeakStage). Holds the case's numbers in memory when the file may touch many of them
 * (load()), and then needs no SQL: it can be lent to the thread that reads the file
 * (LeakSink::lendResolver()). Otherwise it looks numbers up in SQL and stays with the writing
 * thread. Used by one thread at a time.
 */
class LeakResolver
{
public:
    /// The columns of the rows it makes (the tables' columns LeakSink inserts).
    static constexpr int kNumberColumns = 4, kPersonColumns = 4, kRecordColumns = 9;

    LeakResolver(Database &db, qint64 sourceId);
    /// @p inMemory: reads the case's numbers (@p known of them) and persons, with room for
    /// @p rows rows' worth of new ones; else prepares to look the numbers up one by one.
    bool load(bool inMemory, qint64 known, qint64 rows);
    bool inMemory() const { return m_inMemory; }
    /// A parsed row's phone and person as ids, numbering the new ones (flagged in @p r). False only
    /// on a database error (numbers looked up in SQL).
    bool resolve(const ParsedLeak &p, ResolvedLeak *r);
    /// Asks the processor for the slots resolve() will look @p p up in (rows ahead).
    void prefetch(const ParsedLeak &p) const
    {
        if (p.mobile > 0)
            m_mobiles.prefetch(p.mobile);
        if (p.idCode)
            m_personsById.prefetch(p.idCode);
    }
    /// A resolved row as rows of numbers, persons and leak_records: its new number, new person and
    /// record (a rejected row: its new number only).
    void append(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, RowBuffer &numbers,
                RowBuffer &persons, RowBuffer &records) const;
    /// Digests the stages' rows for the seal as they are made (digest()), by the plans of the
    /// batches that will insert them (InsertBatch::sealPlan(); null: not digested).
    void digestWith(const seal::InsertPlan *numbers, const seal::InsertPlan *persons,
                    const seal::InsertPlan *records);
    /// A batch's rows, made by append(), digested into @p stage's digests (after the batch's rows).
    void digest(LeakStage &stage);
    /// The digests' last chunks, closed into @p out (numbers, persons, records), after the last batch.
    void finishDigests(std::array<seal::Digested, 3> *out);
    /// An empty stage for a batch of @p rows rows, with the tables' columns.
    static std::unique_ptr<LeakStage> newStage(qsizetype rows);
    /// The numbers the file named, each once.
    qint64 distinctNumbers() const { return m_distinct; }
    /// Frees the dictionaries (after the rows).
    void clear();

private:
    bool numberId(const ParsedLeak &p, ResolvedLeak *r);
    void personId(const ParsedLeak &p, ResolvedLeak *r);
    void touch(qint64 id);
    Database &m_db;
    qint64 m_source;
    bool m_inMemory = true;
    /// The numbers whose key is a +86 mobile by its 11 digits (the others in m_numbers); persons by
    /// their ID number (LeakParser::idCode) and by name and phone. The mobiles' table (the case's
    /// and the file's: millions) may fill to 3/4: its memory is fresh when the import starts, and
    /// the kernel zeroing it was a fair part of load().
    IdMap m_mobiles{75}, m_personsById;
    QHash<QString, qint64> m_numbers;
    NamePhoneMap m_personsByNamePhone;
    qint64 m_nextNumber = 1, m_nextPerson = 1;
    /// The id SQLite will give the next record (the table's are appended: its last + 1), for digest().
    qint64 m_nextRecord = 1;
    std::array<std::unique_ptr<seal::RowDigester>, 3> m_digesters; ///< numbers, persons, records
    std::vector<bool> m_touched;                                   ///< by number id: named by this file
    qint64 m_distinct = 0;
    Statement m_find;
};

} // namespace dt::ingest
