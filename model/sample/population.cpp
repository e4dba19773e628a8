#include "sample/population.h"

#include "phone/idcard.h"
#include "phone/regioncodes.h"

namespace dt::sample {

namespace {

// Mobile segments of China Mobile, China Unicom and China Telecom, repeated by rough market share.
constexpr int kSegments[] = {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159,
                             178, 182, 183, 184, 187, 188, 198, 135, 138, 139, 150, 159, 188,
                             130, 131, 132, 145, 155, 156, 166, 175, 176, 185, 186, 130, 186,
                             133, 149, 153, 173, 177, 180, 181, 189, 199, 133, 189};
constexpr int kSegmentCount = int(sizeof(kSegments) / sizeof(kSegments[0]));

const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
                                 "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
                                 "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
                                 "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
                                 "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
                                 "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟"};
const char *const kGivenMale[] = {"伟",   "强",   "磊",   "军",   "洋",   "勇",   "杰",   "涛",  "明", "超",
                                  "刚",   "平",   "辉",   "鹏",   "华",   "飞",   "鑫",   "波",  "斌", "宇",
                                  "浩",   "凯",   "健",   "俊",   "帆",   "帅",   "旭",   "宁",  "龙", "林",
                                  "建国", "志强", "文博", "子豪", "浩然", "宇轩", "俊杰", "国华"};
const char *const kGivenFemale[] = {"芳",   "娜",   "敏",   "静",   "丽",   "艳",   "娟",   "霞",
                                    "秀英", "燕",   "玲",   "桂英", "丹",   "萍",   "红",   "琳",
                                    "雪",   "倩",   "婷",   "慧",   "颖",   "梅",   "莉",   "欣怡",
                                    "佳怡", "雨涵", "诗涵", "梓涵", "晓燕", "丽娟", "海燕", "玉兰"};
const char *const kRoads[] = {"文三路", "学院路", "解放路",   "中山路", "人民路", "建设路",
                              "和平路", "新华路", "长江路",   "黄河路", "延安路", "胜利路",
                              "光明路", "朝阳路", "滨江大道", "东风路"};
const char *const kTacs[] = {"86753104", "35328911", "86891704", "35846510", "86017603", "35699311",
                             "86462305", "35411810", "86887903", "35200412", "86158204", "35912307"};

template<size_t N> const char *pick(const char *const (&arr)[N], quint64 h)
{
    return arr[h % N];
}

int luhnDigit(const char *digits, int n)
{
    int sum = 0;
    for (int i = 0; i < n; ++i) {
        int d = digits[n - 1 - i] - '0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

} // namespace

QByteArray Num::national() const
{
    switch (kind) {
    case Mobile:
    case Service:
        return QByteArray::number(value);
    case Landline:
        break;
    }
    // Area code digits are the leading areaDigits digits of value; pad the local part to 8 digits.
    QByteArray v = QByteArray::number(value);
    return '0' + v;
}

QString Num::e164() const
{
    if (kind == Service)
        return QString::fromLatin1(national());
    if (kind == Landline)
        return QStringLiteral("+86") + QString::fromLatin1(QByteArray::number(value));
    return QStringLiteral("+86") + QString::fromLatin1(QByteArray::number(value));
}

Population::Population(quint64 seed, quint64 size)
    : m_seed(seed)
    , m_size(size)
{
    const auto &rc = RegionCodes::instance();
    m_localCounties = rc.countiesUnder(3301, 4); // 杭州市
    for (int c : rc.counties()) {
        if (c / 100 != 3301 && rc.name(c) != QStringLiteral("市辖区"))
            m_otherCounties.push_back(c);
    }
}

bool Population::isLocal(quint64 i) const
{
    return hash3(m_seed, 0x10ca1, i) % 100 < 45; // 45% of subscribers live in the case's city
}

quint64 Population::scramble(quint64 i) const
{
    // A 4-round Feistel network on two 4-digit halves: a bijection of [0, 10^8) that leaves no
    // digit pattern between neighbouring indices.
    quint64 l = i / 10000 % 10000, r = i % 10000;
    for (quint64 round = 0; round < 4; ++round) {
        const quint64 f = hash3(m_seed, 0xfe15 + round, r) % 10000;
        const quint64 next = (l + f) % 10000;
        l = r;
        r = next;
    }
    return l * 10000 + r;
}

Num Population::phone(quint64 i) const
{
    // The 8 trailing digits are a bijection of i, so numbers never collide.
    const quint64 suffix = scramble(i);
    const int seg = kSegments[hash3(m_seed, 0x5e6, i) % kSegmentCount];
    return Num{quint64(seg) * 100000000ULL + suffix, Num::Mobile, 0};
}

Num Population::extraMobile(int segment, quint64 k) const
{
    // Indices beyond the population keep the bijection unique against every subscriber.
    const quint64 suffix = scramble(m_size + 1000 + k);
    return Num{quint64(segment) * 100000000ULL + suffix, Num::Mobile, 0};
}

int Population::lac(quint64 i) const
{
    return 22000 + int(hash3(m_seed, 0x1ac, i) % 400);
}

int Population::cell(quint64 i) const
{
    return 10000 + int(hash3(m_seed, 0xce11, i) % 50000);
}

QByteArray Population::makeImei(quint64 tacSeed, quint64 serial)
{
    QByteArray d =
        QByteArray(pick(kTacs, tacSeed)) + QByteArray::number(serial % 1000000).rightJustified(6, '0');
    d += char('0' + luhnDigit(d.constData(), 14));
    return d;
}

QByteArray Population::imei(quint64 i) const
{
    return makeImei(hash3(m_seed, 0x7ac, i), hash3(m_seed, 0x5e7, i));
}

Person Population::person(quint64 i) const
{
    Rng r(hash3(m_seed, 0x9e75, i));
    Person p;
    p.index = i;
    p.male = r.chance(0.5);
    p.name = QString::fromUtf8(pick(kSurnames, r.next())) +
             QString::fromUtf8(p.male ? pick(kGivenMale, r.next()) : pick(kGivenFemale, r.next()));
    p.birth = QDate(1950, 1, 1).addDays(qint64(r.below(365 * 55)));
    const auto &counties = isLocal(i) ? m_localCounties : m_otherCounties;
    p.region = counties.at(int(r.below(quint64(counties.size()))));
    QByteArray id = QByteArray::number(p.region) + p.birth.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    int seq = int(r.below(500)) * 2 + (p.male ? 1 : 0); // odd for men, even for women
    id += QByteArray::number(seq).rightJustified(3, '0');
    id += idCardCheckChar(id.constData());
    p.idCard = id;
    p.phone = phone(i);
    const auto &rc = RegionCodes::instance();
    p.city = rc.prefecture(p.region);
    p.address = rc.place(p.region).remove(QLatin1Char(' ')) + QString::fromUtf8(pick(kRoads, r.next())) +
                QString::number(r.range(1, 999)) + QStringLiteral("号") + QString::number(r.range(1, 30)) +
                QStringLiteral("幢") + QString::number(r.range(101, 2604)) + QStringLiteral("室");
    return p;
}

} // namespace dt::sample
