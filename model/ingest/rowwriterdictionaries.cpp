#include "ingest/rowwriter.h"

#include "case/callstore.h"
#include "ingest/dictionarykeys.h"
#include "phone/imei.h"

// RowWriter's dictionaries: a row's numbers, device and cell as ids of the case, numbering the new
// ones (listed in m_created for the writer to insert).
namespace dt::ingest {

void RowWriter::touch(qint64 id)
{
    if (m_touchWhenStored)
        return;
    touchStored(id);
}

void RowWriter::touchStored(qint64 id)
{
    if (size_t(id) >= m_touched.size())
        m_touched.resize(std::max(size_t(id) + 1, m_touched.size() * 2));
    if (!m_touched[size_t(id)]) {
        m_touched[size_t(id)] = true;
        ++m_distinct;
    }
}

qint64 RowWriter::numberId(const QString &raw, NumberClass *cls, const QString &subscriber, QString *keyOut)
{
    const qint64 mobile = plainMobile(raw);
    if (mobile > 0) {
        // Seen before as a mobile of a known segment: its key is +86 and the digits.
        if (const qint64 hit = m_mobileIds.value(mobile); hit > 0) {
            const qint64 id = hit >> 8;
            if (cls)
                *cls = NumberClass(hit & 0xff);
            if (keyOut)
                *keyOut = QLatin1String("+86") + raw;
            touch(id);
            return id;
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
    if (id < 0 && !m_numbersInMemory) {
        m_findNumber.reset();
        m_findNumber.bind(1, key);
        if (m_findNumber.step())
            remember(id = m_findNumber.int64(0));
        else if (!m_findNumber.ok())
            return -1;
    }
    if (id < 0) {
        Created n;
        n.kind = Created::Number;
        n.id = id = m_nextNumber++;
        n.value = key;
        if (key.startsWith(QLatin1Char('+')))
            n.e164 = key.section(QLatin1Char(';'), 0, 0);
        n.type = int(c);
        m_created.push_back(std::move(n));
        remember(id);
    }
    touch(id);
    return id;
}

void RowWriter::loadDevices()
{
    if (m_devicesLoaded)
        return;
    m_devicesLoaded = true;
    Statement devs = m_db.prepare(QStringLiteral("SELECT imei, id FROM devices"));
    while (devs.step())
        m_devices.insert(devs.text(0), devs.int64(1));
}

qint64 RowWriter::deviceId(const QString &raw, std::vector<Created> &out)
{
    if (raw.isEmpty())
        return 0;
    if (auto seen = m_deviceByRaw.constFind(raw); seen != m_deviceByRaw.constEnd())
        return *seen;
    loadDevices(); // on first use: most imports (leak lists, complaints) have no devices
    const ImeiInfo info = Imei::parse(raw);
    const QString key = info.imei.isEmpty() ? raw.toLower() : info.imei; // opaque device ids stay as they are
    auto it = m_devices.constFind(key);
    if (it != m_devices.constEnd()) {
        m_deviceByRaw.insert(raw, *it);
        return *it;
    }
    Created d;
    d.kind = Created::Device;
    d.id = m_nextDevice++;
    d.value = key;
    out.push_back(d);
    const qint64 id = d.id;
    m_devices.insert(key, id);
    m_deviceByRaw.insert(raw, id);
    return id;
}

qint64 RowWriter::partyId(qint64 mobile, const QString &raw, const QString &subscriber, QString *keyOut)
{
    if (mobile >= 0 && !keyOut) {
        if (const qint64 hit = m_mobileIds.value(mobile); hit > 0) {
            const qint64 id = hit >> 8;
            touch(id);
            return id;
        }
    }
    return numberId(mobile >= 0 ? QString::number(mobile) : raw, nullptr, subscriber, keyOut);
}

qint64 RowWriter::callDeviceId(const ParsedCall &pc, std::vector<Created> &out)
{
    if (pc.imeiDigits < 0)
        return deviceId(pc.imei, out);
    if (const qint64 seen = m_deviceByDigits.value(pc.imeiDigits + 1))
        return seen;
    const qint64 id = deviceId(pc.imeiText(), out);
    if (id > 0)
        m_deviceByDigits.insert(pc.imeiDigits + 1, id);
    return id;
}

qint64 RowWriter::cellId(const ParsedCall &pc, std::vector<Created> &out)
{
    if (!pc.cellLen && pc.cell.isEmpty())
        return 0;
    const QByteArray text = pc.cellLen ? QByteArray() : pc.cell.toUtf8();
    const QByteArrayView bytes = pc.cellLen ? QByteArrayView(pc.cellBytes, pc.cellLen) : QByteArrayView(text);
    const qint64 key = numericCell(bytes);
    if (key > 0) {
        if (const qint64 id = m_cellIds.value(key))
            return id;
    } else if (auto it = m_cellTexts.constFind(bytes.toByteArray()); it != m_cellTexts.constEnd()) {
        return *it;
    }
    Created c;
    c.kind = Created::Cell;
    c.id = m_nextCell++;
    c.value = QString::fromUtf8(bytes);
    out.push_back(c);
    if (key > 0)
        m_cellIds.insert(key, c.id);
    else
        m_cellTexts.insert(bytes.toByteArray(), c.id);
    return c.id;
}

bool RowWriter::insertCreated(const std::vector<Created> &created, QString *error)
{
    for (const Created &c : created) {
        InsertBatch &rows = c.kind == Created::Number   ? *m_numberRows
                            : c.kind == Created::Device ? *m_deviceRows
                                                        : *m_cellRows;
        rows.add(c.id).add(c.value);
        if (c.kind == Created::Number) {
            if (c.e164.isEmpty())
                rows.addNull();
            else
                rows.add(c.e164);
            rows.add(c.type);
        }
        if (!rowHeld(rows, error))
            return false;
    }
    return true;
}

ResolvedCall RowWriter::resolve(const ParsedCall &pc, std::vector<Created> *created, bool deviceAndCell)
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
    const qint64 localId = partyId(localMobile, localRaw, {}, needKey ? &localKey : nullptr);
    const qint64 otherId = partyId(otherMobile, otherRaw, needKey ? localKey : QString(), nullptr);
    ResolvedCall r;
    r.caller = localIsCaller ? localId : otherId;
    r.callee = localIsCaller ? otherId : localId;
    // Device and cell belong to the row's own number: the caller's unless the row is an incoming one.
    r.sideIsCaller = !perspective || localIsCaller;
    if (deviceAndCell) {
        r.device = callDeviceId(pc, m_created);
        r.cell = cellId(pc, m_created);
    } else {
        r.device = r.cell = -1; // resolveDeviceAndCell() on the writing thread
    }
    if (created != &m_created) {
        created->swap(m_created);
        m_created.clear();
    }
    return r;
}

void RowWriter::resolveDeviceAndCell(const ParsedCall &pc, ResolvedCall *r)
{
    r->device = callDeviceId(pc, m_createdHere);
    r->cell = cellId(pc, m_createdHere);
}

} // namespace dt::ingest
