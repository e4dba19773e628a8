#include "ingest/callsink.h"
#include "phone/imei.h"

// CallSink's dictionaries of devices and cells: a call's device and cell as ids of the case,
// numbering the new ones (listed in a Created list for insertCreated()).
namespace dt::ingest {

void CallSink::loadDevicesAndCells()
{
    Statement devs = m_db.prepare(QStringLiteral("SELECT imei, id FROM devices"));
    while (devs.step())
        m_devices.insert(devs.text(0), devs.int64(1));
    Statement cells = m_db.prepare(QStringLiteral("SELECT id, value FROM cells"));
    while (cells.step()) {
        const QByteArrayView v = cells.utf8(1);
        if (const qint64 key = cellKey(v))
            m_cellIds.insert(key, cells.int64(0));
        else
            m_cellTexts.insert(v.toByteArray(), cells.int64(0));
    }
}

qint64 CallSink::deviceId(const QString &raw, std::vector<Created> &out)
{
    if (raw.isEmpty())
        return 0;
    if (auto seen = m_deviceByRaw.constFind(raw); seen != m_deviceByRaw.constEnd())
        return *seen;
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

qint64 CallSink::callDeviceId(const ParsedCall &pc, std::vector<Created> &out)
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

qint64 CallSink::cellId(const ParsedCall &pc, std::vector<Created> &out)
{
    if (!pc.cellLen && pc.cell.isEmpty())
        return 0;
    const QByteArray text = pc.cellLen ? QByteArray() : pc.cell.toUtf8();
    const QByteArrayView bytes = pc.cellLen ? QByteArrayView(pc.cellBytes, pc.cellLen) : QByteArrayView(text);
    const qint64 key = cellKey(bytes);
    if (key) {
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
    if (key)
        m_cellIds.insert(key, c.id);
    else
        m_cellTexts.insert(bytes.toByteArray(), c.id);
    return c.id;
}

void CallSink::resolveDeviceAndCell(const ParsedCall &pc, ResolvedCall *r, std::vector<Created> &out)
{
    r->device = callDeviceId(pc, out);
    r->cell = cellId(pc, out);
}

} // namespace dt::ingest
