#include "ingest/leakresolver.h"

#include "ingest/dictionarykeys.h"

namespace dt::ingest {

LeakResolver::LeakResolver(Database &db, qint64 sourceId)
    : m_db(db)
    , m_source(sourceId)
{}

bool LeakResolver::load(bool inMemory, qint64 known, qint64 rows)
{
    m_inMemory = inMemory;
    m_nextNumber = known + 1;
    m_nextPerson = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM persons")).toLongLong();
    // A leak list adds about a number and two person keys per row (and the case's numbers and persons
    // are read in): room for them up front, so the dictionaries are not rehashed as they grow.
    if (const qint64 mobiles = rows + (inMemory ? known : 0); mobiles > 0)
        m_mobiles.reserve(size_t(mobiles));
    if (const qint64 persons = rows + m_nextPerson - 1; persons > 0) {
        m_personsById.reserve(size_t(persons));
        m_personsByNamePhone.reserve(size_t(persons));
    }
    if (inMemory) {
        Statement all = m_db.prepare(QStringLiteral("SELECT value, id FROM numbers"));
        IdMap::Loader mobiles(m_mobiles);
        while (all.step()) {
            if (const qint64 mobile = mobileOfKey(all.utf8(0)); mobile > 0)
                mobiles.add(mobile, all.int64(1));
            else
                m_numbers.insert(all.text(0), all.int64(1));
        }
        mobiles.flush();
        if (!all.ok())
            return false;
    }
    // Later rows win, as they did when persons were keyed by text. An ID number that is no valid
    // one's spelling (LeakParser::idCode() 0) can never equal a valid one: not needed.
    m_nextRecord =
        m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM leak_records")).toLongLong();
    Statement people = m_db.prepare(QStringLiteral("SELECT id, id_card, name, phone FROM persons"));
    IdMap::Loader byId(m_personsById);
    while (people.step()) {
        if (const qint64 code = people.isNull(1) ? 0 : LeakParser::idCode(people.utf8(1)))
            byId.add(code, people.int64(0));
        if (!people.isNull(2) && !people.isNull(3))
            m_personsByNamePhone.insert(people.int64(3), people.utf8(2), people.int64(0), true);
    }
    byId.flush();
    if (!people.ok())
        return false;
    m_find = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    return m_find.isValid();
}

void LeakResolver::clear()
{
    m_numbers = {};
    m_mobiles.clear();
    m_personsById.clear();
    m_personsByNamePhone.clear();
    std::vector<bool>().swap(m_touched);
}

void LeakResolver::touch(qint64 id)
{
    if (size_t(id) >= m_touched.size())
        m_touched.resize(std::max(size_t(id) + 1, m_touched.size() * 2));
    if (!m_touched[size_t(id)]) {
        m_touched[size_t(id)] = true;
        ++m_distinct;
    }
}

bool LeakResolver::numberId(const ParsedLeak &p, ResolvedLeak *r)
{
    const bool mobile = p.mobile > 0;
    qint64 id = 0;
    if (mobile)
        id = m_mobiles.value(p.mobile);
    else if (auto it = m_numbers.constFind(p.phoneKey); it != m_numbers.constEnd())
        id = *it;
    if (!id && !m_inMemory) {
        m_find.reset();
        m_find.bind(1, p.key());
        if (m_find.step())
            id = m_find.int64(0);
        else if (!m_find.ok())
            return false;
    }
    if (!id) {
        id = m_nextNumber++;
        r->newNumber = true;
    }
    if (r->newNumber || !m_inMemory) {
        if (mobile)
            m_mobiles.insert(p.mobile, id);
        else
            m_numbers.insert(p.phoneKey, id);
    }
    touch(id);
    r->number = id;
    return true;
}

void LeakResolver::personId(const ParsedLeak &p, ResolvedLeak *r)
{
    // One person across lists: the full ID number decides; without it, the same name and phone.
    const qint64 phone = r->phone();
    const bool byId = p.idCode != 0, byNamePhone = !p.name.isEmpty() && phone > 0;
    qint64 id = 0;
    if (byId)
        id = m_personsById.value(p.idCode);
    if (!id && byNamePhone)
        id = m_personsByNamePhone.value(phone, p.name);
    if (!id) {
        if (!byId && !byNamePhone)
            return; // nothing to recognise this person by again
        id = m_nextPerson++;
        r->newPerson = true;
    }
    if (byId)
        m_personsById.insert(p.idCode, id);
    if (byNamePhone)
        m_personsByNamePhone.insert(phone, p.name, id, false);
    r->person = id;
}

bool LeakResolver::resolve(const ParsedLeak &p, ResolvedLeak *r)
{
    *r = ResolvedLeak();
    r->junk = p.phoneClass == NumberClass::Junk;
    // A phone is recorded even when junk, or when the row is rejected: as every number a file names.
    if (p.hasPhone() && !numberId(p, r))
        return false;
    if (p.rejectReason.isEmpty())
        personId(p, r);
    return true;
}

void LeakResolver::append(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, RowBuffer &numbers,
                          RowBuffer &persons, RowBuffer &records) const
{
    if (r.newNumber) {
        // The key as UTF-8 without a QString where parseFast() gave only the mobile: "+86" and its
        // digits, its own E.164 form.
        char digits[24];
        QByteArray other, e164;
        QByteArrayView key;
        if (p.phoneKey.isEmpty()) {
            key = QByteArrayView(digits, qsnprintf(digits, sizeof digits, "+86%lld", p.mobile));
        } else {
            key = other = p.phoneKey.toUtf8();
            e164 = p.phoneKey.section(QLatin1Char(';'), 0, 0).toUtf8();
        }
        numbers.add(r.number).add(key);
        if (!key.startsWith('+'))
            numbers.addNull();
        else
            numbers.add(p.phoneKey.isEmpty() ? key : QByteArrayView(e164));
        numbers.add(int(p.phoneClass));
    }
    if (!p.rejectReason.isEmpty())
        return; // the row goes to rejected_rows (its number, if any, is still recorded)
    const qint64 phone = r.phone();
    if (r.newPerson) {
        persons.add(r.person);
        if (p.idCode)
            persons.addText(p.idCard);
        else
            persons.addNull();
        persons.addText(p.name).addId(phone);
    }
    records.add(m_source).add(line).addId(phone);
    records.addText(p.pattern).addText(p.name).addText(p.idCard).addText(p.address).addText(p.extra);
    records.addId(r.person);
}

void LeakResolver::digestWith(const seal::InsertPlan *numbers, const seal::InsertPlan *persons,
                              const seal::InsertPlan *records)
{
    m_digesters = {std::make_unique<seal::RowDigester>(numbers), std::make_unique<seal::RowDigester>(persons),
                   std::make_unique<seal::RowDigester>(records)};
}

void LeakResolver::digest(LeakStage &stage)
{
    if (!m_digesters[0])
        return;
    stage.digested = true;
    m_digesters[0]->add(stage.numbers, &stage.digests[0]);
    m_digesters[1]->add(stage.persons, &stage.digests[1]);
    m_digesters[2]->add(stage.records, &stage.digests[2], m_nextRecord);
    m_nextRecord += stage.records.rows();
}

void LeakResolver::finishDigests(std::array<seal::Digested, 3> *out)
{
    for (size_t k = 0; k < m_digesters.size(); ++k)
        if (m_digesters[k])
            m_digesters[k]->finish(&(*out)[k]);
    m_digesters = {};
}

std::unique_ptr<LeakStage> LeakResolver::newStage(qsizetype rows)
{
    auto stage = std::make_unique<LeakStage>(
        LeakStage{RowBuffer(kNumberColumns), RowBuffer(kPersonColumns), RowBuffer(kRecordColumns)});
    stage->records.reserve(size_t(rows) * size_t(kRecordColumns)); // about a record a row
    return stage;
}

} // namespace dt::ingest
