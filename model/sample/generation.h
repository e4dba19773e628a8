#pragma once
// The sample generator's run cut into phases, which SampleGenerator::generate() calls in order.
// Private to model/sample.
#include "core/caseclock.h"
#include "core/sha256.h"
#include "sample/actors.h"
#include "sample/detailcollector.h"
#include "sample/samplegenerator.h"
#include "sample/textout.h"

#include <atomic>
#include <memory>
#include <optional>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QStringEncoder>
#include <unordered_set>

namespace dt::sample {

inline const CaseClock &worldClock()
{
    static const CaseClock clock(QString::fromLatin1(kWorldZone));
    return clock;
}
constexpr qint64 kPbxClockOffset = 317; // the PBX clock runs this many seconds fast
inline const QString kCdrName = QStringLiteral("cdr_carrier.csv");
inline const QString kPbxName = QStringLiteral("pbx_master.csv");

/// Local wall-clock text for UTC seconds: "2026-09-01 09:15:32".
class Clock
{
public:
    Clock() = default;
    void write(Out &o, qint64 utc)
    {
        const qint64 local = worldClock().local(utc);
        const qint64 day = local / 86400;
        if (day != m_day) {
            m_day = day;
            m_date = QDateTime::fromSecsSinceEpoch(day * 86400, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-dd "))
                         .toLatin1();
        }
        const int sod = int(local % 86400);
        char buf[9] = {char('0' + sod / 36000),      char('0' + sod / 3600 % 10), ':',
                       char('0' + sod % 3600 / 600), char('0' + sod % 600 / 60),  ':',
                       char('0' + sod % 60 / 10),    char('0' + sod % 10),        0};
        o << m_date << buf;
    }

private:
    qint64 m_day = -1;
    QByteArray m_date;
};

/// One run of the generator: the world it builds and what it has written so far. Each phase is one
/// method, called in order by SampleGenerator::generate(); the order is part of the output (the
/// actors' random streams advance as they place calls), so it must not change.
class Generation
{
public:
    Generation(const QDir &dir, const SampleOptions &opt)
        : m_dir(dir)
        , m_opt(opt)
        , m_w(opt.seed, opt.population)
    {
        m_w.days = opt.days;
        m_w.startUtc = worldClock().startOfDay(QDate(2026, 9, 1));
        m_w.socialShare =
            std::min(0.5, 0.26 * double(opt.targetCalls) / (1.3 * opt.days) / double(opt.population));
    }

    void drawLeakedLists();
    void chooseComplainants();
    /// The actors of SampleOptions::actors; with @p detail, a collector that fills it as files are written.
    void castActors(SampleDetail *detail)
    {
        m_actors = makeActors(m_w, m_opt.targetCalls, m_opt.actors);
        if (m_opt.hard())
            addHardActors(m_w, m_opt.targetCalls, m_actors, m_opt.actors);
        if (detail)
            m_detail.emplace(m_w, m_actors), m_detailOut = detail;
    }
    bool writeCalls(const ProgressFn &progress, const std::atomic_bool *cancel, QString *error);
    bool writeLeakFiles(QString *error);
    void writeComplaints();
    bool writeTruth(QString *error);

    const SampleSummary &summary() const { return m_sum; }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeInsuranceList();
    void writeLoanList(QStringEncoder &gb18030);
    bool writePropertyList(QString *error);
    void writeCompilation();
    void writeDecoyList(QStringEncoder &gb18030);
    void writeHardLists();

    QDir m_dir;
    const SampleOptions &m_opt;
    World m_w;
    SampleSummary m_sum;
    std::vector<std::unique_ptr<Actor>> m_actors;
    qint64 m_takenInsurance = 0, m_takenLoan = 0, m_fresh = 0;
    std::unordered_set<quint64> m_subscriberCallers; ///< subscribers seen placing a call in the files
    QJsonArray m_mistaken;
    std::optional<DetailCollector> m_detail;
    SampleDetail *m_detailOut = nullptr;
};

} // namespace dt::sample
