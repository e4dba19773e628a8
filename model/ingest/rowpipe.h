#pragma once
#include "case/insertbatch.h"
#include "case/sealjournal.h"
#include "ingest/callparser.h"
#include "ingest/fieldarena.h"
#include "ingest/leakparser.h"

#include <array>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <QByteArray>
#include <QStringList>
#include <QVector>
#include <variant>
#include <vector>

namespace dt::ingest {

/// A number, device or cell first met while a row was resolved: the sink inserts it under its id.
struct Created
{
    enum Kind : quint8 { Number, Device, Cell } kind = Number;
    qint64 id = 0;
    QString value, e164;
    int type = 0;
};

/// A call's parties, device and cell as ids (NumberResolver::resolveParties(), CallSink).
struct ResolvedCall
{
    qint64 caller = 0, callee = 0, device = 0, cell = 0;
    bool sideIsCaller = true; ///< the row's device and cell are the caller's
};

/// A leaked-list row's phone and person as ids (LeakResolver::resolve()).
struct ResolvedLeak
{
    qint64 number = 0;      ///< the phone's number, junk included (0: no phone)
    qint64 person = 0;      ///< 0: none (nothing to recognise the person by)
    bool junk = false;      ///< the number is junk: recorded, but no leak record's phone
    bool newNumber = false; ///< first met here: the writer inserts it under its id
    bool newPerson = false;
    qint64 phone() const { return junk ? 0 : number; }
};

/// A call-log row as the reading thread parsed (and resolved) it.
struct CallRow
{
    ParsedCall call;
    ResolvedCall res;
    std::vector<Created> created;
};

/// A leaked-list row as the reading thread parsed (and resolved) it.
struct LeakRow
{
    ParsedLeak leak;
    ResolvedLeak res;
};

/// A row on its way from the reading thread to the writing one. Millions of them pass, written by
/// one core and read by the other, so its size counts: a row is a call-log row or a leaked-list
/// row, never both, and the two share their bytes.
struct DecodedRow
{
    QStringList fields;
    qint64 line = 0;
    QByteArray raw;        ///< the record's bytes as they were in the file (for rejected rows)
    bool repaired = false; ///< invalid bytes were replaced while decoding
    bool parsed = false; ///< a call-log row parsed on the reading thread: call() holds it, `fields` is empty
    bool resolved = false;     ///< call() also resolved on the reading thread: callRow().res and .created
    bool leakParsed = false;   ///< a leaked-list row parsed on the reading thread: leakRow() holds it
    bool leakResolved = false; ///< leakRow().res resolved on the reading thread
    bool refused = false;      ///< the reader refused the record: fields holds only the reason
    std::variant<CallRow, LeakRow> part;

    CallRow &callRow() { return std::get<CallRow>(part); }
    const CallRow &callRow() const { return std::get<CallRow>(part); }
    ParsedCall &call() { return callRow().call; }
    const ParsedCall &call() const { return callRow().call; }
    /// Makes this a leaked-list row.
    LeakRow &makeLeak() { return part.emplace<LeakRow>(); }
    LeakRow &leakRow() { return std::get<LeakRow>(part); }
    const LeakRow &leakRow() const { return std::get<LeakRow>(part); }
};

/// A batch's leaked-list rows as the rows of numbers, persons and leak_records, made on the reading
/// thread (LeakResolver::append()) for the writing one only to insert (LeakSink::endBatch()).
struct LeakStage
{
    LeakStage(RowBuffer numberRows, RowBuffer personRows, RowBuffer recordRows)
        : numbers(std::move(numberRows))
        , persons(std::move(personRows))
        , records(std::move(recordRows))
    {}
    RowBuffer numbers, persons, records; ///< with the tables' columns: LeakResolver::newStage()
    /// The same rows digested for the case's seal on the reading thread (LeakResolver::digest()), in
    /// that order: the writing thread only inserts them.
    std::array<seal::Digested, 3> digests;
    bool digested = false; ///< digests made (else the writing thread digests the rows as it inserts them)
    /// The batch's rows' text values, parsed on the reading thread (LeakParser::parseFast()): the
    /// rows point into it, so it goes back with them (RowPipe::recycle()).
    FieldArena fields;
};

/**
 * A bounded queue of row batches between the thread that reads, parses and decodes a file and the
 * thread that writes the rows to the case, so that both cores work and memory stays bounded.
 * The producer calls push() and then close(); the consumer pop()s until it returns false, or
 * abort()s (then push() returns false and the producer stops).
 */
class RowPipe
{
public:
    explicit RowPipe(size_t capacity = 4)
        : m_capacity(capacity)
    {}
    /// Blocks while the queue is full. False when the consumer has aborted. @p stage: the batch's
    /// leaked-list rows made ready for their tables, if any.
    bool push(QVector<DecodedRow> &&batch, std::unique_ptr<LeakStage> stage = {});
    /// No more batches will come.
    void close();
    /// Blocks until a batch is there. False once the producer has closed and all batches are taken.
    bool pop(QVector<DecodedRow> *batch, std::unique_ptr<LeakStage> *stage = nullptr);
    /// The consumer stops: pending and later batches are dropped.
    void abort();
    /// The consumer hands a processed batch back, so that its rows are destroyed on the producer's
    /// thread (where they were allocated: cheaper for malloc, and off the busier thread) and its
    /// memory is used again (takeBatch(), takeStage()).
    void recycle(QVector<DecodedRow> &&batch, std::unique_ptr<LeakStage> stage = {});
    /// The producer empties the batches handed back, keeping their memory (and their leak stages)
    /// for takeBatch() and takeStage().
    void dropRecycled();
    /// A batch handed back, emptied with its memory kept, else an empty one with room for
    /// @p rows. The producer's: a batch allocated anew takes fresh pages from the kernel.
    QVector<DecodedRow> takeBatch(qsizetype rows);
    /// A leak stage handed back, its buffers emptied with their memory kept, or null. The
    /// producer's: a stage made anew for each batch takes its memory fresh from the kernel, a page
    /// fault a page, as its buffers grow.
    std::unique_ptr<LeakStage> takeStage();

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    struct Item
    {
        QVector<DecodedRow> rows;
        std::unique_ptr<LeakStage> stage;
    };
    std::deque<Item> m_queue, m_spent;
    std::vector<std::unique_ptr<LeakStage>> m_stages; ///< for takeStage(): the producer's only
    std::vector<QVector<DecodedRow>> m_batches;       ///< for takeBatch(): the producer's only
    size_t m_capacity;
    bool m_closed = false, m_aborted = false;
};

} // namespace dt::ingest
