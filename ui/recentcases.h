#pragma once
#include <QStringList>

namespace dt::ui {

/// Most-recently-used case files, kept in QSettings, newest first.
class RecentCases
{
public:
    static constexpr int kMax = 10;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace dt::ui
