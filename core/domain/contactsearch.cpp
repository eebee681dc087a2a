#include "domain/contactsearch.h"

#include <algorithm>

namespace {

bool isAscii(QStringView text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Lower case without accents: the compatibility decomposition splits "é" into "e" and a
// combining accent, which is then dropped. Most names are ASCII and skip the decomposition.
QString fold(QStringView text)
{
    if (isAscii(text))
        return text.toString().toLower();
    QString folded;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            folded += ch;
    }
    return folded.toCaseFolded();
}

// Appends " word" for each run of letters and digits in already folded text.
void appendWords(QString &out, QStringView folded)
{
    bool inWord = false;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            if (!inWord)
                out += QLatin1Char(' ');
            out += ch;
            inWord = true;
        } else {
            inWord = false;
        }
    }
}

} // namespace

QString ContactSearch::key(const Contact &contact)
{
    QString key;
    key.reserve(contact.firstName.size() + contact.lastName.size() + contact.company.size() + contact.position.size()
                + contact.email.size() + 16);
    for (const QString *field :
         {&contact.firstName, &contact.lastName, &contact.company, &contact.position, &contact.email})
        appendWords(key, fold(*field));
    for (const QString &tag : contact.tags)
        appendWords(key, fold(tag));
    return key;
}

QString ContactSearch::textKey(QStringView text)
{
    QString key;
    appendWords(key, fold(text));
    return key;
}

QStringList ContactSearch::queryWords(QStringView text)
{
    QString spaced;
    appendWords(spaced, fold(text));
    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word.prepend(QLatin1Char(' '));
    return words;
}

bool ContactSearch::matches(QStringView key, const QStringList &words)
{
    // A plain loop: at a few dozen characters per key, QStringView::contains() spends more
    // time choosing its search method than searching.
    const char16_t *text = key.utf16();
    const qsizetype size = key.size();
    for (const QString &word : words) {
        const char16_t *w = QStringView(word).utf16();
        const qsizetype length = word.size(); // " " and at least one letter
        const char16_t first = w[1];
        bool found = false;
        for (qsizetype i = 0; i + length <= size; ++i) {
            if (text[i + 1] == first && text[i] == u' ' && std::equal(w + 2, w + length, text + i + 2)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}
