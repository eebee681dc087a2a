#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Company names as people type them, made comparable: "Google LLC", "google", "GOOGLE, Inc."
// and "Google Inc" are one employer; "AT&T" and "AT and T" too; "Nestlé S.A." and "Nestle" too.
// Whole words only: "Meta" and "Metaswitch" stay apart, as do "Apple" and "Apple Bank" (only a
// legal form at the end is dropped, never a word of the name).
namespace CompanyName {

// The words of a text as compared: case-folded, accents dropped, "&" read as "and", punctuation
// as spaces, dots and apostrophes inside words joined. For names and job titles alike.
QStringList comparableWords(QStringView text);

// The matching key: case-folded, accents dropped, "&" read as "and", punctuation as spaces,
// dots inside abbreviations joined ("S.A." → "sa"), a leading "The" and legal forms at the end
// (Inc., LLC, Ltd, GmbH, S.A., AG, plc, Corp., Co., …) dropped, spaces collapsed. Empty for a
// name that is nothing but those (or blank). A name that is only a legal form keeps it.
QString key(QStringView name);

// Whether two names are the same employer by key (both non-empty).
bool sameEmployer(QStringView a, QStringView b);

} // namespace CompanyName
