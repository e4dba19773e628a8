#pragma once
// The languages DialTrace writes for its readers, and how a part of the program knows which one to
// use: a report takes its --lang, the GUI the translation it installed, the CLI English. Everything
// rendered from a stored code (findings' sentences, rejected rows' reasons, sources' kinds and
// formats) takes this one type, so a text is never in one language and its parts in another.
#include <QString>

namespace dt {

enum class Language { English, Chinese };

/// "zh", "zh_CN", "zh-Hans"… → Chinese; anything else English.
Language languageFromCode(const QString &code);

/// The interface's language: the translation installed (the GUI installs the one chosen; the CLI,
/// which installs none, reads English). Follows a switch of language at once.
Language interfaceLanguage();

} // namespace dt
