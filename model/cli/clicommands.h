#pragma once
#include "cli/cli.h"

class QCommandLineParser;

namespace dt::cli {

/// Parses @p args for a subcommand. Returns -1 to continue, or the exit code to return
/// (0 after --help, 2 on a usage error, with the message written to io.err).
int parseOrExit(QCommandLineParser &parser, const QStringList &args, Io &io, int minPositional,
                int maxPositional);

int cmdNew(const QStringList &args, Io &io);
int cmdInfo(const QStringList &args, Io &io);
int cmdVerify(const QStringList &args, Io &io);
int cmdSample(const QStringList &args, Io &io);
int cmdLookup(const QStringList &args, Io &io);
int cmdImport(const QStringList &args, Io &io);
int cmdAnalyze(const QStringList &args, Io &io);
int cmdFindings(const QStringList &args, Io &io);
int cmdEvaluate(const QStringList &args, Io &io);
int cmdReport(const QStringList &args, Io &io);
int cmdTrail(const QStringList &args, Io &io);
int cmdTimezone(const QStringList &args, Io &io);
int cmdSkew(const QStringList &args, Io &io);
int cmdKeys(const QStringList &args, Io &io);
int cmdExport(const QStringList &args, Io &io);
int cmdCommon(const QStringList &args, Io &io);
int cmdDevices(const QStringList &args, Io &io);
int cmdExercise(const QStringList &args, Io &io);
int cmdNumbers(const QStringList &args, Io &io);
int cmdVerdict(const QStringList &args, Io &io);

} // namespace dt::cli
