#pragma once
#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <vector>

namespace dt::cli {

/// Exit status contract of dialtrace-cli (docs/cli.md).
enum Exit : int { Ok = 0, BadInput = 1, Usage = 2 };

/// Where a command writes: stdout for results (JSON when asked), stderr for messages.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

/// One subcommand: its name, a one-line summary, and the handler that parses its own options.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args, Io &io)> run; ///< args[0] is the command name
};

/// The registered subcommands, in the order `--help` lists them. Later capabilities add theirs here.
const std::vector<Command> &commands();

/// Runs the CLI: @p args as from QCoreApplication::arguments() (args[0] is the program).
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dt::cli
