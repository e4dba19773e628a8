#pragma once
#include "sample/world.h"

#include <deque>
#include <memory>
#include <QStringList>

namespace dt::sample {

/// A complaint filed by a subscriber about a number (12321-style).
struct Complaint
{
    qint64 t = 0;
    quint64 reporter = 0;
    Party reported = 0;
    QString type;
    QString text;
    bool mistaken = false;
};

/**
 * Someone who places calls in the synthetic world: an operator, a trap, or the social background.
 * Actors are driven one day at a time, in order, each with its own random stream, so adding an
 * actor never changes what the others do.
 */
class Actor
{
public:
    Actor(World &world, quint8 id, QString truthId, QString kind);
    virtual ~Actor() = default;
    /// Appends the calls this actor places on @p day (they may spill past midnight).
    virtual void generateDay(int day, qint64 dayStart, std::vector<Call> &out) = 0;

    quint8 id() const { return m_id; }
    QString truthId() const { return m_truthId; }
    QString kind() const { return m_kind; }
    QString leakName() const { return m_leak; }
    const std::vector<int> &lines() const { return m_lines; }
    qint64 calls() const { return m_calls; }
    /// Distinct population members this actor called (sorted, unique after finish()).
    const std::vector<quint64> &victims() const { return m_victims; }
    bool isOperator() const { return m_operator; }
    void finish();

    std::vector<Complaint> complaints;

protected:
    Call &place(std::vector<Call> &out, qint64 t, Party caller, Party callee, double answerRate,
                double medianTalk, double sigma, int maxTalk);
    /// Files a complaint about @p caller when the callee is a complainant who has not yet complained.
    void maybeComplain(const Call &c, double p, const QString &type, const QString &text);
    int weekday(int day) const; ///< 1 = Monday .. 7 = Sunday

    World &m_world;
    Rng m_rng;
    quint8 m_id;
    QString m_truthId, m_kind, m_leak;
    std::vector<int> m_lines;
    qint64 m_calls = 0;
    std::vector<quint64> m_victims;
    std::unordered_set<quint64> m_complained;
    bool m_operator = true;
    bool m_trackVictims = true;
};

/// Builds the actors of the world for a target number of calls: all of them, or only those whose truth
/// id (OP1 … OP5, TRAP-COURIER, TRAP-BANK, SOCIAL) is in @p only when it is not empty. Each actor keeps
/// its own random stream, so leaving one out never changes what the others do.
std::vector<std::unique_ptr<Actor>> makeActors(World &world, qint64 targetCalls,
                                               const QStringList &only = {});
/// Appends the hard variant's actors (actorshard.cpp): a human call centre, a rotating operator without
/// device data, a second buyer of its list, and legitimate bulk callers of the general public; only those
/// whose truth id is in @p only when it is not empty.
void addHardActors(World &world, qint64 targetCalls, std::vector<std::unique_ptr<Actor>> &actors,
                   const QStringList &only = {});

} // namespace dt::sample
