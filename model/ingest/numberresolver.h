#pragma once
#include "case/database.h"
#include "ingest/callparser.h"
#include "ingest/idmap.h"
#include "ingest/rowpipe.h"
#include "phone/phonenumber.h"

#include <QHash>
#include <QString>
#include <vector>

namespace dt::ingest {

/**
 * The case's numbers as ids, for call logs and complaints: a row's numbers normalised and looked
 * up, the new ones numbered (the next ids, as SQLite would give them) and listed in a Created list
 * for the writing side to insert. Holds the case's numbers in memory when the file may touch many
 * of them (load()), and then needs no SQL: it can be lent to the thread that reads the file
 * (RowSink::lendResolver()). Otherwise it looks numbers up in SQL and stays with the writing thread.
 * Used by one thread at a time.
 */
class NumberResolver
{
public:
    NumberResolver(Database &db, const QString &region);
    /// @p inMemory: reads the case's numbers (@p known of them) with room for the about @p newNumbers
    /// the file brings; else prepares to look them up one by one.
    bool load(bool inMemory, qint64 known, qint64 newNumbers, QString *error);
    bool inMemory() const { return m_inMemory; }
    /// @p raw's number (0: none, -1: a database error), numbering a new one into @p created; its
    /// class in @p cls, its key in @p keyOut. @p subscriber qualifies short numbers (虚拟网).
    qint64 numberId(const QString &raw, NumberClass *cls, std::vector<Created> &created,
                    const QString &subscriber = {}, QString *keyOut = nullptr);
    /// A parsed call's caller and callee (r->sideIsCaller too), numbering the new ones into @p created.
    void resolveParties(const ParsedCall &pc, ResolvedCall *r, std::vector<Created> &created);
    /// Asks the processor for the slots resolveParties() will look @p pc's numbers up in (rows ahead).
    void prefetch(const ParsedCall &pc) const
    {
        if (pc.callerMobile >= 0)
            m_mobileIds.prefetch(pc.callerMobile);
        if (pc.calleeMobile >= 0)
            m_mobileIds.prefetch(pc.calleeMobile);
    }
    /// Frees the dictionaries (after the rows).
    void clear();

private:
    /// A call's party: a plain mobile given as an integer is looked up without a string.
    qint64 partyId(qint64 mobile, const QString &raw, const QString &subscriber, QString *keyOut,
                   std::vector<Created> &created);
    Database &m_db;
    PhoneClassifier m_phones;
    /// Plain 11-digit mainland mobiles (most numbers of any call log), as an integer -> number id:
    /// no normalisation, no string hashing when a number comes again.
    IdMap m_mobileIds;                ///< mobile -> number id << 8 | its NumberClass (never 0)
    QHash<QString, qint64> m_numbers; ///< the other keys
    qint64 m_next = 1;
    bool m_inMemory = true;
    Statement m_find;
};

} // namespace dt::ingest
