#pragma once
#include "sample/population.h"

#include <QByteArray>
#include <QString>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dt::sample {

/// A party to a call: a subscriber of the population (>= 0) or a line of the world (< 0).
using Party = qint64;
inline Party lineParty(int line)
{
    return -Party(line) - 1;
}
inline int lineOf(Party p)
{
    return int(-p - 1);
}

/// A non-subscriber line: an operator's number, a courier, a bank's service line.
struct Line
{
    Num num;
    QByteArray imei; ///< empty for service lines and PBX desk lines
    int lac = 0, cell = 0;
    bool requested = true; ///< its records are in the carrier CDR
    bool pbx = false;      ///< dialled through the seized PBX
    int extension = 0;     ///< PBX extension
    QString label;         ///< truth label: "operator:OP1", "harassment", "legitimate:courier", ...
    qint64 callsPlaced = 0;
};

/// One call of the synthetic world, in true UTC seconds.
struct Call
{
    qint64 t = 0;
    Party caller = 0, callee = 0;
    qint32 ring = 0;     ///< seconds before answer / give-up
    qint32 duration = 0; ///< talk time, 0 when unanswered
    int callerCell = 0, calleeCell = 0;
    bool answered = false;
    quint8 actor = 0;
};

/// A leaked list: the population members in file order.
struct Leak
{
    QString name;     ///< file base name, the source name the case will use
    QString origin;   ///< human description
    QString acquired; ///< YYYY-MM-DD
    std::vector<quint64> members;
};

/// What every actor needs to know about the world.
struct World
{
    World(quint64 seed, quint64 size)
        : seed(seed)
        , population(seed, size)
    {}
    quint64 seed;
    Population population;
    std::vector<Line> lines;
    std::vector<Leak> leaks;
    qint64 startUtc = 0; ///< 00:00 local time (kWorldZone) of the first day
    int days = 0;
    /// Subscribers whose own CDRs the police requested besides the lines: complainants, social sample.
    std::unordered_set<quint64> requestedPersons;
    double socialShare = 0; ///< fraction of the population in the social sample (hash membership)

    int addLine(Line l)
    {
        lines.push_back(std::move(l));
        return int(lines.size()) - 1;
    }
    Num numOf(Party p) const { return p >= 0 ? population.phone(quint64(p)) : lines[size_t(lineOf(p))].num; }
    bool isSocial(quint64 person) const
    {
        return double(hash3(seed, 0x50c1a1, person) % 1000000) < socialShare * 1e6;
    }
    bool isRequested(Party p) const
    {
        if (p < 0)
            return lines[size_t(lineOf(p))].requested;
        return isSocial(quint64(p)) || requestedPersons.count(quint64(p)) > 0;
    }
    int homeCell(Party p) const
    {
        return p >= 0 ? population.cell(quint64(p)) : lines[size_t(lineOf(p))].cell;
    }
};

} // namespace dt::sample
