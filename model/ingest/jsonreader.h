#pragma once
#include "ingest/reader.h"

#include <QCoreApplication>
#include <QStringList>

namespace dt::ingest {

/**
 * JSON lists of reported numbers (complaint feeds): an array of numbers or strings becomes one
 * column; an array of objects becomes one column per key (first-seen order). A record's line is its
 * 1-based position in the array. The list is split into its elements by a tokenizer of its own, a
 * chunk of the file at a time, and each element parsed alone: a list of any length needs the memory
 * of one element (at most kMaxRecordBytes). open() reads the whole list once, for its keys.
 * Layout detail: kObjects (the list holds objects).
 */
class JsonReader : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::JsonReader)
public:
    static constexpr qint64 kMaxRecordBytes = 64LL << 20;
    static constexpr int kMaxKeys = 4096;
    static constexpr const char *kObjects = "jsonObjects";

    QString name() const override { return QStringLiteral("json"); }
    QStringList formats() const override { return {QStringLiteral("json")}; }
    QStringList patterns() const override { return {QStringLiteral("*.json")}; }
    int confidence(const QByteArray &head, const QString &fileName) const override;
    bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const override;
    bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
              const ReadContext &context, QString *error) const override;
    bool readsInOnePass(const Layout &) const override { return false; }

    static bool looksLikeJson(const QByteArray &head);
};

} // namespace dt::ingest
