#pragma once
#include <atomic>
#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace dt::ui {

/// The GUI's memory-heavy work (the numbers table's figures: the whole call table and its index,
/// gigabytes at 10M calls) runs in a `dialtrace-cli` process, so that its peak never stays in the
/// GUI's memory: the GUI keeps only what it shows.
class CliProcess
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::CliProcess)
public:
    /// The program: $DIALTRACE_CLI when set, else the dialtrace-cli beside the running program.
    static QString program();
    /// Runs the program with @p args on the calling thread (a worker: it blocks until the process
    /// ends), handing each line it prints on stdout (without its newline) to @p onLine; when that
    /// returns false the process is killed and run() returns false with @p error as @p onLine left
    /// it. Raising @p cancel kills the process ("cancelled"). False with @p error set when the
    /// process cannot start or ends with an error (its own message, from stderr).
    static bool run(const QStringList &args, const std::function<bool(const QByteArray &line)> &onLine,
                    const std::atomic_bool *cancel, QString *error);
};

} // namespace dt::ui
