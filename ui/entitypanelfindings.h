#pragma once
#include "analysis/describe.h"
#include "analysis/findings.h"

#include <QCoreApplication>
#include <QString>

namespace dt::ui {

/// The details panel's part for a number from the latest analysis run: its verdict, score,
/// category, reasons in the reader's language and the operator it belongs to (a dt: link).
class EntityFindings
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::EntityFindings)
public:
    /// HTML for number @p key; @p findings null: they are still being read (nothing said yet).
    static QString renderNumber(const analysis::Findings *findings, const QString &key,
                                analysis::Language lang);
};

} // namespace dt::ui
