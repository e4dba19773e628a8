#pragma once
#include "core/sha256.h"

#include <QCoreApplication>
#include <QString>

namespace dt {

/**
 * The demo case trainers open from the welcome page and the README's main job runs on.
 * Built on first use into a per-user data folder, never shipped as a binary.
 */
class SampleCase
{
    Q_DECLARE_TR_FUNCTIONS(dt::SampleCase)
public:
    static constexpr quint64 kSeed = 2026;
    /// Where the sample case lives for this user (…/DialTrace/sample/sample.dtcase).
    static QString defaultPath();
    /// Returns the path of a ready sample case at @p path, building it when missing: the sample
    /// investigation's files are generated beside it (files/) and imported as its sources.
    /// Building imports every file (a second or two): callers on a GUI thread run it elsewhere.
    static QString ensure(const QString &path, QString *error, const ProgressFn &progress = {},
                          const std::atomic_bool *cancel = nullptr);
};

} // namespace dt
