#pragma once
#include "analysis/findings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dt::analysis {

/**
 * Scores a case's latest findings against a sample generator's truth.json: precision, recall and
 * F1 of the suspect numbers, legitimate numbers wrongly flagged, and the adjusted Rand index and
 * purity of the operators over the truth operators' numbers.
 */
class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::Evaluation)
public:
    /// @p truth: the sample generator's truth.json (docs/sample-truth.md). The result is `evaluate`'s JSON.
    static QJsonObject evaluate(const Findings &findings, const QJsonObject &truth);
    /// Adjusted Rand index of two labelings of the same items.
    static double adjustedRandIndex(const QVector<QString> &a, const QVector<QString> &b);
};

} // namespace dt::analysis
