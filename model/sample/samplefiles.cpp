// The sample generator's files after the calls: the leaked lists, the complaints and truth.json.
#include "dt/version.h"
#include "sample/generation.h"
#include "sample/xlsxwriter.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dt::sample {

namespace {

QString isoDate(qint64 utc)
{
    return worldClock().date(utc).toString(Qt::ISODate);
}

QByteArray maskPhone(const QByteArray &p)
{
    return p.left(3) + "****" + p.right(4);
}

QByteArray maskId(const QByteArray &id)
{
    return id.left(6) + "********" + id.right(4);
}

} // namespace

void Generation::writeInsuranceList()
{
    Out f;
    f.open(path(QStringLiteral("leak_insurance_giveaway.csv")));
    f << "序号,姓名,手机号码,身份证号,所在城市,领取时间,赠险产品\r\n";
    const char *const products[] = {"百万医疗险", "意外险", "重疾险体验版", "交通意外险"};
    qint64 row = 0;
    for (quint64 i : m_w.leaks[0].members) {
        const Person p = m_w.population.person(i);
        const QString when = QDate(2026, 3, 1)
                                 .addDays(qint64(hash3(m_opt.seed, 0x77, i) % 100))
                                 .toString(QStringLiteral("yyyy-MM-dd"));
        f.num(++row) << ',' << p.name.toUtf8() << ',' << p.phone.national() << ',' << p.idCard << ','
                     << p.city.toUtf8() << ',' << when.toLatin1() << ','
                     << products[hash3(m_opt.seed, 0x78, i) % 4] << "\r\n";
    }
    m_sum.leakRows += row;
}

void Generation::writeLoanList(QStringEncoder &gb18030)
{
    Out f;
    f.open(path(QStringLiteral("leak_loan_app_users.txt")));
    for (quint64 i : m_w.leaks[1].members) {
        const Person p = m_w.population.person(i);
        const QDateTime reg = QDateTime(QDate(2025, 11, 1), QTime(8, 0), Qt::UTC)
                                  .addSecs(qint64(hash3(m_opt.seed, 0x79, i) % (240 * 86400)));
        f << p.phone.national() << '\t' << QByteArray(gb18030.encode(p.name)) << '\t' << maskId(p.idCard)
          << '\t';
        f.num(qint64(hash3(m_opt.seed, 0x7a, i) % 50 + 1) * 1000)
            << '\t' << reg.toString(QStringLiteral("yyyy/MM/dd HH:mm")).toLatin1() << "\n";
    }
    m_sum.leakRows += qint64(m_w.leaks[1].members.size());
}

bool Generation::writePropertyList(QString *error)
{
    XlsxWriter x(QStringLiteral("业主信息"));
    x.addRow({QStringLiteral("业主姓名"), QStringLiteral("联系电话"), QStringLiteral("小区名称"),
              QStringLiteral("楼栋房号"), QStringLiteral("身份证号码")});
    const char *const estates[] = {"滨江花园", "西溪诚园", "钱江府", "翡翠城",
                                   "金色家园", "阳光郡",   "运河湾"};
    for (quint64 i : m_w.leaks[2].members) {
        const Person p = m_w.population.person(i);
        const quint64 h = hash3(m_opt.seed, 0x7b, i);
        x.addRow({p.name, QString::fromLatin1(p.phone.national()), QString::fromUtf8(estates[h % 7]),
                  QStringLiteral("%1幢%2室").arg(h / 7 % 30 + 1).arg(h / 210 % 2600 + 101),
                  QString::fromLatin1(p.idCard)});
    }
    if (!x.save(path(QStringLiteral("leak_property_owners.xlsx")), error))
        return false;
    m_sum.leakRows += qint64(m_w.leaks[2].members.size());
    return true;
}

void Generation::writeCompilation()
{
    Out f;
    f.open(path(QStringLiteral("leak_resold_compilation.csv")));
    f << "\xEF\xBB\xBF"
      << "姓名,电话,城市\r\n";
    for (quint64 i : m_w.leaks[3].members) {
        const Person p = m_w.population.person(i);
        const bool masked = hash3(m_opt.seed, 0x3a5c, i) % 100 < 30;
        f << p.name.toUtf8() << ',' << (masked ? maskPhone(p.phone.national()) : p.phone.national()) << ','
          << p.city.toUtf8() << "\r\n";
    }
    m_sum.leakRows += qint64(m_w.leaks[3].members.size());
}

void Generation::writeDecoyList(QStringEncoder &gb18030)
{
    Out f;
    f.open(path(QStringLiteral("leak_education_parents.csv")));
    f << QByteArray(gb18030.encode(QStringLiteral("学生姓名,家长姓名,家长电话,年级,学校\r\n")));
    const char *const grades[] = {"一年级", "三年级", "五年级", "初一", "初二", "高一"};
    const Population &pop = m_w.population;
    for (quint64 i : m_w.leaks[4].members) {
        const Person p = pop.person(i);
        const Person child = pop.person(hash3(m_opt.seed, 0xc4, i) % m_opt.population);
        const QString row = p.name.left(1) + child.name.mid(1) + QLatin1Char(',') + p.name +
                            QLatin1Char(',') + QString::fromLatin1(p.phone.national()) + QLatin1Char(',') +
                            QString::fromUtf8(grades[hash3(m_opt.seed, 0xc5, i) % 6]) + QLatin1Char(',') +
                            p.city + QStringLiteral("实验学校\r\n");
        f << QByteArray(gb18030.encode(row));
    }
    m_sum.leakRows += qint64(m_w.leaks[4].members.size());
}

/// The hard variant's lists: plain UTF-8 CSV with name, phone and city.
void Generation::writeHardLists()
{
    for (size_t k = 5; k < m_w.leaks.size(); ++k) {
        Out f;
        f.open(path(m_w.leaks[k].name + QStringLiteral(".csv")));
        f << "姓名,手机号,城市\r\n";
        for (quint64 i : m_w.leaks[k].members) {
            const Person p = m_w.population.person(i);
            f << p.name.toUtf8() << ',' << p.phone.national() << ',' << p.city.toUtf8() << "\r\n";
        }
        m_sum.leakRows += qint64(m_w.leaks[k].members.size());
    }
}

/// The lists in the layouts and encodings investigators receive them in.
bool Generation::writeLeakFiles(QString *error)
{
    QStringEncoder gb18030("GB18030");
    if (!gb18030.isValid()) {
        *error = SampleGenerator::tr("this Qt has no GB18030 encoder (built without ICU)");
        return false;
    }
    writeInsuranceList();
    writeLoanList(gb18030);
    if (!writePropertyList(error))
        return false;
    writeCompilation();
    writeDecoyList(gb18030);
    writeHardLists();
    return true;
}

/// The 12321 complaints every actor's victims filed, in time order.
void Generation::writeComplaints()
{
    std::vector<Complaint> complaints;
    for (auto &a : m_actors)
        complaints.insert(complaints.end(), a->complaints.begin(), a->complaints.end());
    std::sort(complaints.begin(), complaints.end(), [](const Complaint &a, const Complaint &b) {
        return a.t != b.t ? a.t < b.t : a.reporter < b.reporter;
    });
    Out f;
    f.open(path(QStringLiteral("complaints_12321.csv")));
    f << "举报编号,举报时间,被举报号码,举报人号码,举报类型,举报内容\n";
    Clock clock;
    qint64 n = 0;
    for (const auto &c : complaints) {
        f << "JB2026" << QByteArray::number(++n).rightJustified(6, '0') << ',';
        clock.write(f, c.t);
        f << ',' << m_w.numOf(c.reported).national() << ',' << m_w.population.phone(c.reporter).national()
          << ',' << c.type.toUtf8() << ',' << c.text.toUtf8() << '\n';
        if (c.mistaken && !m_mistaken.contains(m_w.numOf(c.reported).e164()))
            m_mistaken.append(m_w.numOf(c.reported).e164());
    }
    m_sum.complaints = n;
    if (m_detail)
        m_detail->finish(complaints, m_detailOut);
}

/// truth.json: what the case must be found to hold (docs/sample-truth.md).
bool Generation::writeTruth(QString *error)
{
    const World &w = m_w;
    QJsonArray operators, harassment, legitimate;
    // QJsonObject inserts are linear; a million labels are collected here and written by hand.
    std::vector<std::pair<QString, QString>> labels;
    for (const auto &a : m_actors) {
        QJsonArray numbers, imeis;
        for (int li : a->lines()) {
            const Line &l = w.lines[size_t(li)];
            if (l.callsPlaced == 0)
                continue; // spare numbers the operator never brought into service
            numbers.append(l.num.e164());
            if (!l.imei.isEmpty() && !imeis.contains(QString::fromLatin1(l.imei)))
                imeis.append(QString::fromLatin1(l.imei));
            labels.emplace_back(l.num.e164(), l.label);
        }
        if (a->kind() == QLatin1String("harassment_storm")) {
            for (const auto &n : numbers)
                harassment.append(n);
        } else if (!a->isOperator()) {
            if (a->kind() != QLatin1String("social"))
                for (const auto &n : numbers)
                    legitimate.append(
                        QJsonObject{{QStringLiteral("number"), n}, {QStringLiteral("kind"), a->kind()}});
            continue;
        }
        operators.append(QJsonObject{
            {QStringLiteral("id"), a->truthId()},
            {QStringLiteral("kind"), a->kind()},
            {QStringLiteral("numbers"), numbers},
            {QStringLiteral("imeis"), imeis},
            {QStringLiteral("leak"), a->leakName().isEmpty() ? QJsonValue() : QJsonValue(a->leakName())},
            {QStringLiteral("calls"), a->calls()},
            {QStringLiteral("victims"), qint64(a->victims().size())}});
    }
    // Subscribers who placed calls: the social sample, bank customers, recipients calling couriers back.
    std::vector<quint64> callers(m_subscriberCallers.begin(), m_subscriberCallers.end());
    std::sort(callers.begin(), callers.end());
    for (quint64 i : callers)
        labels.emplace_back(w.population.phone(i).e164(),
                            w.isSocial(i) ? QStringLiteral("social") : QStringLiteral("subscriber"));
    std::sort(labels.begin(), labels.end());
    QJsonArray files, lineage, leaks;
    auto file = [&](const QString &name, const char *kind, const char *format, const char *encoding,
                    const QString &acquired, qint64 offset, qint64 rows) {
        QJsonObject o{{QStringLiteral("file"), name},
                      {QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("format"), QLatin1String(format)},
                      {QStringLiteral("encoding"), QLatin1String(encoding)},
                      {QStringLiteral("clock_offset"), offset},
                      {QStringLiteral("rows"), rows}};
        if (!acquired.isEmpty())
            o.insert(QStringLiteral("acquired"), acquired);
        files.append(o);
        m_sum.files << name;
    };
    file(kCdrName, "calls", "carrier-cdr", "UTF-8", QString(), 0, m_sum.cdrRows);
    file(kPbxName, "calls", "asterisk-master-csv", "UTF-8", QString(), -kPbxClockOffset, m_sum.pbxRows);
    const char *const leakFormats[][3] = {{"leak_insurance_giveaway.csv", "delimited", "UTF-8"},
                                          {"leak_loan_app_users.txt", "delimited-tab-noheader", "GB18030"},
                                          {"leak_property_owners.xlsx", "xlsx", "UTF-8"},
                                          {"leak_resold_compilation.csv", "delimited", "UTF-8-BOM"},
                                          {"leak_education_parents.csv", "delimited", "GB18030"}};
    for (size_t k = 0; k < w.leaks.size(); ++k) {
        const Leak &l = w.leaks[k];
        if (k < 5)
            file(QString::fromLatin1(leakFormats[k][0]), "leak", leakFormats[k][1], leakFormats[k][2],
                 l.acquired, 0, qint64(l.members.size()));
        else
            file(l.name + QStringLiteral(".csv"), "leak", "delimited", "UTF-8", l.acquired, 0,
                 qint64(l.members.size()));
        leaks.append(QJsonObject{{QStringLiteral("name"), l.name},
                                 {QStringLiteral("origin"), l.origin},
                                 {QStringLiteral("acquired"), l.acquired},
                                 {QStringLiteral("records"), qint64(l.members.size())},
                                 {QStringLiteral("decoy"), k == 4}});
    }
    file(QStringLiteral("complaints_12321.csv"), "complaints", "delimited", "UTF-8", QString(), 0,
         m_sum.complaints);
    lineage.append(QJsonObject{{QStringLiteral("parent"), w.leaks[0].name},
                               {QStringLiteral("child"), w.leaks[3].name},
                               {QStringLiteral("records"), m_takenInsurance}});
    lineage.append(QJsonObject{{QStringLiteral("parent"), w.leaks[1].name},
                               {QStringLiteral("child"), w.leaks[3].name},
                               {QStringLiteral("records"), m_takenLoan}});

    QJsonObject truth{
        {QStringLiteral("generator"),
         QJsonObject{{QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)},
                     {QStringLiteral("seed"), QString::number(m_opt.seed)},
                     {QStringLiteral("scale"), m_opt.scale},
                     {QStringLiteral("days"), m_opt.days},
                     {QStringLiteral("first_day"), isoDate(w.startUtc)},
                     {QStringLiteral("timezone"), QString::fromLatin1(kWorldZone)},
                     {QStringLiteral("population"), qint64(m_opt.population)},
                     {QStringLiteral("calls"), m_sum.calls}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("leaks"), leaks},
        {QStringLiteral("operators"), operators},
        {QStringLiteral("harassment"), harassment},
        {QStringLiteral("legitimate"), legitimate},
        {QStringLiteral("mistaken_complaints"), m_mistaken},
        {QStringLiteral("lineage"), lineage},
        {QStringLiteral("decoy_leaks"), QJsonArray{w.leaks[4].name}},
        {QStringLiteral("compilation_new_records"), m_fresh},
        {QStringLiteral("clock_offsets"), QJsonObject{{kCdrName, 0}, {kPbxName, -kPbxClockOffset}}}};
    if (m_opt.hard()) { // the default sample's truth stays as it always was
        QJsonObject generator = truth.value(QStringLiteral("generator")).toObject();
        generator.insert(QStringLiteral("variant"), m_opt.variant);
        truth.insert(QStringLiteral("generator"), generator);
    }
    QSaveFile t(path(QStringLiteral("truth.json")));
    if (!t.open(QIODevice::WriteOnly)) {
        *error = SampleGenerator::tr("%1: cannot write truth.json").arg(m_dir.path());
        return false;
    }
    QByteArray doc = QJsonDocument(truth).toJson(QJsonDocument::Indented);
    doc.chop(doc.size() - doc.lastIndexOf('}')); // reopen the top-level object for "labels"
    while (doc.endsWith('\n') || doc.endsWith(' '))
        doc.chop(1);
    doc += ",\n    \"labels\": {";
    for (size_t k = 0; k < labels.size(); ++k) // keys are digits and '+', values plain ASCII
        doc += (k ? ",\n        \"" : "\n        \"") + labels[k].first.toLatin1() + "\": \"" +
               labels[k].second.toLatin1() + '"';
    doc += "\n    }\n}\n";
    t.write(doc);
    if (!t.commit()) {
        *error = SampleGenerator::tr("%1: cannot write truth.json").arg(m_dir.path());
        return false;
    }
    m_sum.files << QStringLiteral("truth.json");
    return true;
}

} // namespace dt::sample
