#include "domain/companyname.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Legal forms, as words after the dots are joined ("S.A." → "sa", "L.L.C." → "llc").
const QSet<QString> &legalForms()
{
    static const QSet<QString> forms = {
        QStringLiteral("inc"),   QStringLiteral("incorporated"), QStringLiteral("llc"),
        QStringLiteral("llp"),   QStringLiteral("lp"),           QStringLiteral("pllc"),
        QStringLiteral("ltd"),   QStringLiteral("limited"),      QStringLiteral("plc"),
        QStringLiteral("corp"),  QStringLiteral("corporation"),  QStringLiteral("co"),
        QStringLiteral("gmbh"),  QStringLiteral("mbh"),          QStringLiteral("ag"),
        QStringLiteral("kg"),    QStringLiteral("kgaa"),         QStringLiteral("ug"),
        QStringLiteral("ev"),    QStringLiteral("se"),           QStringLiteral("sa"),
        QStringLiteral("sas"),   QStringLiteral("sarl"),         QStringLiteral("sasu"),
        QStringLiteral("srl"),   QStringLiteral("spa"),          QStringLiteral("sl"),
        QStringLiteral("slu"),   QStringLiteral("bv"),           QStringLiteral("nv"),
        QStringLiteral("vof"),   QStringLiteral("ab"),           QStringLiteral("asa"),
        QStringLiteral("oy"),    QStringLiteral("oyj"),          QStringLiteral("aps"),
        QStringLiteral("pty"),   QStringLiteral("pte"),          QStringLiteral("pvt"),
        QStringLiteral("kk"),    QStringLiteral("sro"),          QStringLiteral("zoo"),
        QStringLiteral("spzoo"), QStringLiteral("ltda"),         QStringLiteral("cv"),
        QStringLiteral("sab"),   QStringLiteral("bhd"),          QStringLiteral("sdn"),
        QStringLiteral("sp"),    QStringLiteral("oo"),
    };
    return forms;
}

// Small words between legal forms: "Sp. z o.o.", "S.A. de C.V.".
bool isJoiner(const QString &word)
{
    return word == QLatin1String("de") || word == QLatin1String("z") || word == QLatin1String("o");
}

} // namespace

QStringList CompanyName::comparableWords(QStringView text)
{
    // Accents: decomposed, then the combining marks dropped ("Nestlé" → "Nestle"). Compatibility
    // forms too, so full-width letters and ligatures compare as their plain letters.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text.toString() : text.toString().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size() + 8);
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == u'&') {
            plain += QLatin1String(" and ");
        } else if (c == u'.' || c == u'\'' || c == u'\u2019') {
            // Joined: "S.A." → "SA", "McDonald's" → "McDonalds", "Booking.com" → "Bookingcom".
        } else if (c.isLetterOrNumber()) {
            plain += c;
        } else {
            plain += u' ';
        }
    }
    return plain.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
}

QString CompanyName::key(QStringView name)
{
    // Nothing but signs ("&&&", "###") names nothing, though "&" alone reads as "and".
    if (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return {};
    // A web address's ending is no part of the name: "Amazon.com" is Amazon, "Booking.com"
    // Booking, "Foo.co.uk Ltd" Foo (before the dots are joined).
    static const QRegularExpression domain(QStringLiteral("\\.(com|net|org|io|co\\.uk|co|de|fr|nl|eu)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString withoutDomain = name.toString();
    withoutDomain.replace(domain, QStringLiteral(" "));
    QStringList words = comparableWords(withoutDomain);
    const QStringList whole = words;
    if (words.size() > 1 && words.constFirst() == QLatin1String("the"))
        words.removeFirst();
    // Legal forms at the end, as many as there are ("Foo Holdings Pty Ltd" keeps "Holdings"),
    // with the small words between them ("S.A. de C.V."); never the first word.
    bool droppedForm = false;
    while (words.size() > 1) {
        const QString &last = words.constLast();
        if (legalForms().contains(last)) {
            words.removeLast();
            droppedForm = true;
        } else if (droppedForm && isJoiner(last) && words.size() > 2) {
            words.removeLast();
        } else {
            break;
        }
    }
    if (words.isEmpty())
        return {};
    // "The Co." or "Inc." alone: nothing but forms; keep what was typed, so it still matches itself.
    if (words.size() == 1 && legalForms().contains(words.constFirst()) && whole.size() == 1)
        return whole.constFirst();
    return words.join(u' ');
}

bool CompanyName::sameEmployer(QStringView a, QStringView b)
{
    const QString keyA = key(a);
    return !keyA.isEmpty() && keyA == key(b);
}
