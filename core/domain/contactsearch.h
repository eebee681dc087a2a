#pragma once

#include "domain/contact.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// What the contact filter box matches: every word typed must begin a word of the name,
// company, position, e-mail or tags, ignoring case and accents ("sean" finds "Seán").
//
// The list model keeps one key per contact in memory and scans them on each keystroke:
// 30,000 contacts take about a millisecond, and no second copy of the text on disk has to be
// rewritten by every import (a full-text index cost more than the rest of an import).
namespace ContactSearch {

// The contact's searchable words, folded, each preceded by a space: " ada lovelace berlin".
QString key(const Contact &contact);

// The folded words of any text, each preceded by a space, as in a key: the same matching for
// whatever else is searched (Search::Index).
QString textKey(QStringView text);

// The folded words of what the user typed, each preceded by a space like the words of a key,
// so finding " sea" in a key finds a word starting with "sea". Punctuation only separates.
QStringList queryWords(QStringView text);

// True when every query word begins a word of the key. No words matches everything.
bool matches(QStringView key, const QStringList &words);

} // namespace ContactSearch
