// Number classification benchmark: N distinct numbers (default 1,000,000) in the mix a case holds
// (mobiles of every carrier and virtual segment, landlines, service numbers, short numbers,
// international and junk), classified once each. Baseline: libphonenumber parse + type + geocode
// on every number, measured on a sample and extrapolated.
#include "phone/phonenumber.h"

#include <cstdio>
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <unicode/locid.h>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 1000000;
    std::vector<QString> numbers;
    numbers.reserve(size_t(n));
    const int segs[] = {134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182,
                        183, 187, 188, 198, 130, 131, 132, 155, 156, 166, 175, 176, 185,
                        186, 133, 153, 173, 177, 180, 181, 189, 199, 170, 171, 165};
    quint64 x = 88172645463325252ULL;
    for (int i = 0; i < n; ++i) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        const int kind = int(x % 100);
        const quint64 r = x >> 8;
        if (kind < 85)
            numbers.push_back(QString::number(segs[r % 38]) +
                              QString::number(r % 100000000).rightJustified(8, QLatin1Char('0')));
        else if (kind < 93)
            numbers.push_back(QStringLiteral("0571") + QString::number(80000000 + r % 9999999));
        else if (kind < 95)
            numbers.push_back(QStringLiteral("95") + QString::number(100 + r % 900));
        else if (kind < 97)
            numbers.push_back(QStringLiteral("+86 ") + QString::number(segs[r % 38]) + QLatin1Char(' ') +
                              QString::number(r % 100000000).rightJustified(8, QLatin1Char('0')));
        else if (kind < 99)
            numbers.push_back(QString::number(600000 + r % 99999));
        else
            numbers.push_back(QStringLiteral("+1") + QString::number(2000000000ULL + r % 7999999999ULL));
    }
    dt::PhoneClassifier c;
    QElapsedTimer t;
    t.start();
    qint64 keyChars = 0;
    for (const QString &s : numbers) {
        dt::NumberClass cls;
        keyChars += c.normalize(s, &cls).size() + int(cls);
    }
    const double ours = t.nsecsElapsed() / 1e9;

    using namespace i18n::phonenumbers;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumberOfflineGeocoder geocoder;
    const int sample = std::min(n, 100000);
    t.restart();
    for (int i = 0; i < sample; ++i) {
        PhoneNumber pn;
        util->Parse(numbers[size_t(i)].toStdString(), "CN", &pn);
        (void)util->GetNumberType(pn);
        (void)geocoder.GetDescriptionForNumber(pn, icu::Locale("zh", "CN"));
    }
    const double base = t.nsecsElapsed() / 1e9 * double(n) / sample;
    std::printf("number classification: %d distinct numbers\n", n);
    std::printf("  libphonenumber on every number (baseline, extrapolated from %d)  %7.2f s\n", sample, base);
    std::printf("  DialTrace PhoneClassifier (segment caches)                       %7.2f s  %.0f numbers/s  "
                "%.1fx faster  (target <= 3 s for 1M)\n",
                ours, n / ours, base / ours);
    return keyChars > 0 ? 0 : 1;
}
