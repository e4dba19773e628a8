#include "ingest/importpreviewmodel.h"

#include "case/rejectreason.h"
#include "ingest/importtimes.h"
#include "ingest/valueparsers.h"
#include "phone/maskedphone.h"
#include "phone/phonenumber.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>

namespace dt::ingest {

namespace {

// The importer's own words for a rejected row (RejectReason), so the preview and the rejected rows
// tab agree; in the interface's language.
QString problemText(RejectReason::Code c, const QStringList &args = {})
{
    return RejectReason::text(c, args, interfaceLanguage());
}

QString value(const Layout &l, const QStringList &row, Field f)
{
    const int c = l.mapping.column(f);
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

/// Converts a file's time text as CallParser::utcOf() does: zone, then clock offset.
std::optional<qint64> utcOf(const QString &text, DayMonthOrder order, const QTimeZone &tz, const Layout &l,
                            qint64 clockOffset)
{
    bool zoned = false;
    const auto wall = parseLocalTime(text, order, &zoned, l.appleEpoch(), l.excel1904());
    if (!wall)
        return std::nullopt;
    return (zoned ? *wall : utcOfWallTime(tz, *wall)) + clockOffset;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setLayout(const Layout &layout, const ImportOptions &options)
{
    beginResetModel();
    m_decodedHeaders = layout.headers;
    m_decoded = layout.preview;
    for (const QStringList &r : std::as_const(m_decoded)) {
        for (qsizetype c = m_decodedHeaders.size(); c < r.size(); ++c)
            m_decodedHeaders << QStringLiteral("#%1").arg(c + 1);
    }
    parseRows(layout, options);
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_decodedHeaders.clear();
    m_parsedHeaders.clear();
    m_decoded.clear();
    m_parsed.clear();
    endResetModel();
}

void ImportPreviewModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    endResetModel();
}

int ImportPreviewModel::problemRows() const
{
    return int(std::count_if(m_parsed.cbegin(), m_parsed.cend(), [](const Parsed &p) { return p.problem; }));
}

void ImportPreviewModel::parseRows(const Layout &l, const ImportOptions &opt)
{
    m_parsed.clear();
    const PhoneClassifier phones(opt.region);
    const QString zone = opt.timezone.isEmpty() ? m_clock.zone() : opt.timezone;
    const QTimeZone tz(zone.toUtf8());
    const Mapping &m = l.mapping;
    DayMonthOrder order = DayMonthOrder::Unknown;
    if (m.has(Field::Start)) {
        QStringList times;
        for (const auto &r : l.preview)
            times << r.value(m.column(Field::Start));
        DateOrderHints hints;
        hints.given = dateOrderFromName(opt.dateOrder);
        order = parserOrder(detectDateOrder(times, hints));
    }
    auto number = [&phones](const QString &raw) { return raw.isEmpty() ? QString() : phones.normalize(raw); };
    auto time = [&](const QString &text, QString *problem, RejectReason::Code reason) -> QString {
        if (text.isEmpty())
            return {};
        if (!tz.isValid()) {
            *problem = tr("unknown time zone '%1'").arg(zone);
            return text;
        }
        const auto t = utcOf(text, order, tz, l, opt.clockOffset.value_or(0));
        if (!t) {
            *problem = problemText(reason, {text});
            return text;
        }
        return m_clock.text(*t);
    };

    if (l.kind == QLatin1String("leak")) {
        m_parsedHeaders =
            QStringList{tr("Phone"), tr("Name"), tr("ID card number"), tr("Address"), tr("City")};
    } else if (l.kind == QLatin1String("complaints")) {
        m_parsedHeaders = QStringList{tr("Reported number"), tr("Complainant"),
                                      tr("Time (%1)").arg(m_clock.label()), tr("Category"), tr("Text")};
    } else {
        m_parsedHeaders = QStringList{tr("Caller"), tr("Callee"), tr("Start (%1)").arg(m_clock.label()),
                                      tr("Duration (s)")};
    }
    m_parsedHeaders << tr("Would be");

    for (const QStringList &row : l.preview) {
        Parsed p;
        QString problem;
        if (l.kind == QLatin1String("leak")) {
            const QString phoneRaw = value(l, row, Field::Phone), idRaw = value(l, row, Field::IdCard);
            QString phone;
            if (!phoneRaw.isEmpty()) {
                const MaskedPhone mp = MaskedPhone::parse(phoneRaw);
                NumberClass cls = NumberClass::Junk;
                phone = mp.isValid() ? mp.pattern : phones.normalize(phoneRaw, &cls);
                if (!mp.isValid() && cls == NumberClass::Junk)
                    phone.clear();
            }
            if (phone.isEmpty() && idRaw.isEmpty())
                problem = phoneRaw.isEmpty()
                              ? problemText(RejectReason::Code::LeakNoPhoneOrId)
                              : problemText(RejectReason::Code::LeakPhoneNotNumber, {phoneRaw});
            p.values << phone << value(l, row, Field::Name) << idRaw << value(l, row, Field::Address)
                     << value(l, row, Field::City);
        } else if (l.kind == QLatin1String("complaints")) {
            const QString reported = value(l, row, Field::Reported);
            if (reported.isEmpty())
                problem = problemText(RejectReason::Code::ReportedMissing);
            const QString t =
                time(value(l, row, Field::Start), &problem, RejectReason::Code::ComplaintTimeNotTime);
            p.values << number(reported) << number(value(l, row, Field::Complainant)) << t
                     << value(l, row, Field::Category) << value(l, row, Field::Text);
        } else {
            QString callerRaw, calleeRaw;
            if (m.has(Field::Local) && m.has(Field::Other)) {
                const Direction d = parseDirection(value(l, row, Field::Direction));
                if (d == Direction::Unknown)
                    problem = problemText(RejectReason::Code::CallDirectionUnknown,
                                          {value(l, row, Field::Direction)});
                const bool out = d == Direction::Outgoing;
                callerRaw = value(l, row, out ? Field::Local : Field::Other);
                calleeRaw = value(l, row, out ? Field::Other : Field::Local);
            } else {
                callerRaw = value(l, row, Field::Caller);
                calleeRaw = value(l, row, Field::Callee);
            }
            if (problem.isEmpty() && (callerRaw.isEmpty() || calleeRaw.isEmpty()))
                problem = problemText(callerRaw.isEmpty() ? RejectReason::Code::CallerMissing
                                                          : RejectReason::Code::CalleeMissing);
            const QString startText = value(l, row, Field::Start);
            QString timeProblem;
            const QString start = time(startText, &timeProblem, RejectReason::Code::StartNotTime);
            if (problem.isEmpty() && startText.isEmpty())
                problem = problemText(RejectReason::Code::StartMissing);
            if (problem.isEmpty())
                problem = timeProblem;
            const bool ms = m.has(Field::DurationMs);
            const QString durText = value(l, row, ms ? Field::DurationMs : Field::Duration);
            QString duration;
            if (!durText.isEmpty()) {
                const auto d = parseDuration(durText, ms);
                if (!d || *d < 0) {
                    if (problem.isEmpty())
                        problem = problemText(RejectReason::Code::DurationNotDuration, {durText});
                    duration = durText;
                } else {
                    duration = QString::number(*d);
                }
            }
            p.values << number(callerRaw) << number(calleeRaw) << start << duration;
        }
        p.problem = !problem.isEmpty();
        p.values << (p.problem ? tr("rejected: %1").arg(problem) : tr("imported"));
        m_parsed.append(p);
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Parsed ? m_parsed.size() : m_decoded.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Parsed ? m_parsedHeaders.size() : m_decodedHeaders.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (m_mode == Mode::Decoded) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_decoded.at(index.row()).value(index.column());
        return {};
    }
    const Parsed &p = m_parsed.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return p.values.value(index.column());
    case ProblemRole:
        return p.problem;
    case Qt::ForegroundRole:
        if (p.problem && index.column() == columnCount() - 1)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    const QStringList &h = m_mode == Mode::Parsed ? m_parsedHeaders : m_decodedHeaders;
    return h.value(section);
}

} // namespace dt::ingest
