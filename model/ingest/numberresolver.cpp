#include "ingest/numberresolver.h"

#include "ingest/dictionarykeys.h"

namespace dt::ingest {

NumberResolver::NumberResolver(Database &db, const QString &region)
    : m_db(db)
    , m_phones(region)
{}

bool NumberResolver::load(bool inMemory, qint64 known, qint64 newNumbers, QString *error)
{
    m_inMemory = inMemory;
    m_next = known + 1;
    if (inMemory) {
        // As numberId() keeps them: mainland mobiles by their digits, with their class. (A mobile's
        // key is read as bytes: no string made for most of a big case's numbers.) Room for them and
        // for the file's new ones, so that the table is not rehashed as it fills.
        m_mobileIds.reserve(size_t(known + newNumbers));
        Statement all = m_db.prepare(QStringLiteral("SELECT value, id, type FROM numbers"));
        IdMap::Loader mobiles(m_mobileIds);
        while (all.step()) {
            if (const qint64 mobile = mobileOfKey(all.utf8(0)); mobile > 0)
                mobiles.add(mobile, (all.int64(1) << 8) | (all.int64(2) & 0xff));
            else
                m_numbers.insert(all.text(0), all.int64(1));
        }
    }
    m_find = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    if (!m_find.isValid()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

void NumberResolver::clear()
{
    m_numbers = {};
    m_mobileIds.clear();
}

qint64 NumberResolver::numberId(const QString &raw, NumberClass *cls, std::vector<Created> &created,
                                const QString &subscriber, QString *keyOut)
{
    const qint64 mobile = plainMobile(raw);
    if (mobile > 0) {
        // Seen before as a mobile of a known segment: its key is +86 and the digits.
        if (const qint64 hit = m_mobileIds.value(mobile); hit > 0) {
            if (cls)
                *cls = NumberClass(hit & 0xff);
            if (keyOut)
                *keyOut = QLatin1String("+86") + raw;
            return hit >> 8;
        }
    }
    NumberClass c = NumberClass::Junk;
    const QString key = m_phones.normalize(raw, &c, subscriber);
    if (cls)
        *cls = c;
    if (keyOut)
        *keyOut = key;
    if (key.isEmpty())
        return 0;
    // A key "+86" and a plain mobile lives in m_mobileIds, whatever spelling gave it (one integer
    // slot instead of a string in m_numbers); every other key in m_numbers.
    const qint64 keyMobile = mobileOfKey(key);
    auto remember = [&](qint64 id) {
        if (keyMobile > 0)
            m_mobileIds.insert(keyMobile, (id << 8) | qint64(c));
        else
            m_numbers.insert(key, id);
    };
    qint64 id = -1;
    if (keyMobile > 0) {
        if (const qint64 hit = m_mobileIds.value(keyMobile); hit > 0)
            id = hit >> 8;
    } else if (auto it = m_numbers.constFind(key); it != m_numbers.constEnd()) {
        id = *it;
    }
    if (id < 0 && !m_inMemory) {
        m_find.reset();
        m_find.bind(1, key);
        if (m_find.step())
            remember(id = m_find.int64(0));
        else if (!m_find.ok())
            return -1;
    }
    if (id < 0) {
        Created n;
        n.kind = Created::Number;
        n.id = id = m_next++;
        n.value = key;
        if (key.startsWith(QLatin1Char('+')))
            n.e164 = key.section(QLatin1Char(';'), 0, 0);
        n.type = int(c);
        created.push_back(std::move(n));
        remember(id);
    }
    return id;
}

qint64 NumberResolver::partyId(qint64 mobile, const QString &raw, const QString &subscriber, QString *keyOut,
                               std::vector<Created> &created)
{
    if (mobile >= 0 && !keyOut) {
        if (const qint64 hit = m_mobileIds.value(mobile); hit > 0)
            return hit >> 8;
    }
    return numberId(mobile >= 0 ? QString::number(mobile) : raw, nullptr, created, subscriber, keyOut);
}

void NumberResolver::resolveParties(const ParsedCall &pc, ResolvedCall *r, std::vector<Created> &created)
{
    const bool localIsCaller = pc.localIsCaller, perspective = pc.perspective;
    // The row's own number is normalised once; it also qualifies the other side's 虚拟网 short numbers.
    // (Only short numbers depend on it: an 11-digit mobile on the other side does not need the key.)
    QString localKey;
    const qint64 localMobile = localIsCaller ? pc.callerMobile : pc.calleeMobile;
    const qint64 otherMobile = localIsCaller ? pc.calleeMobile : pc.callerMobile;
    const QString &localRaw = localIsCaller ? pc.callerRaw : pc.calleeRaw;
    const QString &otherRaw = localIsCaller ? pc.calleeRaw : pc.callerRaw;
    const bool needKey = perspective && otherMobile < 0 && plainMobile(otherRaw) < 0;
    const qint64 localId = partyId(localMobile, localRaw, {}, needKey ? &localKey : nullptr, created);
    const qint64 otherId = partyId(otherMobile, otherRaw, needKey ? localKey : QString(), nullptr, created);
    r->caller = localIsCaller ? localId : otherId;
    r->callee = localIsCaller ? otherId : localId;
    // Device and cell belong to the row's own number: the caller's unless the row is an incoming one.
    r->sideIsCaller = !perspective || localIsCaller;
}

} // namespace dt::ingest
