#pragma once
#include "core/caseclock.h"
#include "sample/actors.h"
#include "sample/sampledetail.h"

#include <map>
#include <memory>
#include <unordered_map>

namespace dt::sample {

/**
 * Watches the generator write its files and records SampleDetail: line figures, first calls, the
 * rows that show each rule broken. Calls must be fed in the order they are written.
 */
class DetailCollector
{
public:
    DetailCollector(const World &world, const std::vector<std::unique_ptr<Actor>> &actors);
    /// Reads the complaints the actors filed since the last call (before their day's calls are written).
    void takeComplaints();
    /// One call and the lines of the rows written for it (0: no such row).
    void onCall(const Call &c, qint64 cdrCallerLine, qint64 cdrCalleeLine, qint64 pbxLine);
    /// Fills @p out once every file is written; @p complaints in the complaints file's order.
    void finish(const std::vector<Complaint> &complaints, SampleDetail *out) const;

private:
    struct LineStat
    {
        qint64 calls = 0, answered = 0, received = 0, lastDay = -1;
        int days = 0;
    };
    const Actor *actorOf(quint8 id) const;
    const World &m_world;
    const std::vector<std::unique_ptr<Actor>> &m_actors;
    CaseClock m_clock;
    std::unordered_map<int, LineStat> m_stats;
    std::vector<size_t> m_taken;
    std::map<std::pair<Party, Party>, qint64> m_complained;
    std::map<quint8, qint64> m_firstCall;
    std::map<std::pair<quint8, QString>, QStringList> m_refs;
};

} // namespace dt::sample
