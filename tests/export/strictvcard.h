#pragma once

// A small, strict reader of vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) text, written from the RFCs
// and sharing nothing with KContacts, so that a test can read an export the way another address
// book would. Strict where our exports must be: CRLF line ends, physical lines of at most 75
// octets that do not split a UTF-8 sequence, parameters as NAME=value, and only the escapes
// \\ \; \, \n (\N) in values; anything else is an error rather than a guess.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>
#include <utility>

namespace strictvcard {

struct Property {
    QString group;
    QString name; // upper case
    QList<std::pair<QString, QString>> parameters; // names upper case, values as written
    QByteArray value; // still escaped
};

struct Card {
    QList<Property> properties;
    // The properties of that name.
    QList<Property> all(const QString &name) const
    {
        QList<Property> found;
        for (const Property &p : properties) {
            if (p.name == name)
                found << p;
        }
        return found;
    }
};

struct Result {
    bool ok = false;
    QString error;
    QList<Card> cards;
};

inline std::optional<QString> utf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Splits on `separator` where it is not escaped; each part stays escaped.
inline QList<QByteArray> splitUnescaped(QByteArrayView value, char separator)
{
    QList<QByteArray> parts;
    QByteArray part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\\' && i + 1 < value.size()) {
            part += c;
            part += value.at(++i);
        } else if (c == separator) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

// A text value. `bareCommaAllowed` is false where RFC 6350 (3.4) requires a comma to be escaped.
inline std::optional<QString> text(QByteArrayView value, bool bareCommaAllowed = false)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == ',' && !bareCommaAllowed)
            return std::nullopt;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= value.size())
            return std::nullopt; // a lone backslash at the end
        switch (value.at(i)) {
        case '\\':
            out += '\\';
            break;
        case ';':
            out += ';';
            break;
        case ',':
            out += ',';
            break;
        case 'n':
        case 'N':
            out += '\n';
            break;
        default:
            return std::nullopt;
        }
    }
    return utf8(out);
}

// A structured value (N, ORG, ADR): its components, split on unescaped semicolons.
inline std::optional<QStringList> components(QByteArrayView value)
{
    QStringList list;
    for (const QByteArray &part : splitUnescaped(value, ';')) {
        const std::optional<QString> component = text(part);
        if (!component)
            return std::nullopt;
        list << *component;
    }
    return list;
}

// A list of text values (CATEGORIES), split on unescaped commas.
inline std::optional<QStringList> list(QByteArrayView value)
{
    QStringList items;
    if (value.isEmpty())
        return items;
    for (const QByteArray &part : splitUnescaped(value, ',')) {
        const std::optional<QString> item = text(part);
        if (!item)
            return std::nullopt;
        items << *item;
    }
    return items;
}

inline bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// One unfolded content line: [group "."] name *(";" param) ":" value.
inline std::optional<Property> contentLine(const QByteArray &line, QString *error)
{
    Property property;
    qsizetype i = 0;
    auto name = [&]() {
        const qsizetype start = i;
        while (i < line.size() && isNameChar(line.at(i)))
            ++i;
        return QString::fromLatin1(line.mid(start, i - start)).toUpper();
    };
    property.name = name();
    if (i < line.size() && line.at(i) == '.') {
        ++i;
        property.group = property.name;
        property.name = name();
    }
    if (property.name.isEmpty()) {
        *error = QStringLiteral("no property name in: %1").arg(QString::fromUtf8(line));
        return std::nullopt;
    }
    while (i < line.size() && line.at(i) == ';') {
        ++i;
        const QString parameter = name();
        if (parameter.isEmpty() || i >= line.size() || line.at(i) != '=') {
            *error = QStringLiteral("a parameter is not NAME=value in: %1").arg(QString::fromUtf8(line));
            return std::nullopt;
        }
        ++i;
        QByteArray value;
        if (i < line.size() && line.at(i) == '"') {
            const qsizetype close = line.indexOf('"', i + 1);
            if (close < 0) {
                *error = QStringLiteral("an unclosed quoted parameter in: %1").arg(QString::fromUtf8(line));
                return std::nullopt;
            }
            value = line.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const qsizetype start = i;
            while (i < line.size() && line.at(i) != ';' && line.at(i) != ':' && line.at(i) != '"')
                ++i;
            value = line.mid(start, i - start);
        }
        property.parameters.append({parameter, QString::fromUtf8(value)});
    }
    if (i >= line.size() || line.at(i) != ':') {
        *error = QStringLiteral("no ':' after the name in: %1").arg(QString::fromUtf8(line));
        return std::nullopt;
    }
    property.value = line.mid(i + 1);
    return property;
}

inline Result parse(const QByteArray &bytes)
{
    Result result;
    auto fail = [&result](const QString &why) {
        result.error = why;
        result.cards.clear();
        return result;
    };
    if (!bytes.isEmpty() && !bytes.endsWith("\r\n"))
        return fail(QStringLiteral("the text does not end with CRLF"));
    // Physical lines, then unfolded content lines.
    QList<QByteArray> lines;
    qsizetype start = 0;
    int physical = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n", start);
        const QByteArray line = bytes.mid(start, end - start);
        start = end + 2;
        ++physical;
        if (line.contains('\n') || line.contains('\r'))
            return fail(QStringLiteral("line %1 has a bare CR or LF").arg(physical));
        if (line.size() > 75)
            return fail(QStringLiteral("line %1 is %2 octets long, more than 75").arg(physical).arg(line.size()));
        if (!utf8(line))
            return fail(QStringLiteral("line %1 is not UTF-8 on its own (a fold splits a character?)").arg(physical));
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (lines.isEmpty())
                return fail(QStringLiteral("line %1 continues nothing").arg(physical));
            lines.last() += line.mid(1);
        } else {
            lines << line;
        }
    }

    std::optional<Card> card;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            return fail(QStringLiteral("an empty line"));
        QString error;
        const std::optional<Property> property = contentLine(line, &error);
        if (!property)
            return fail(error);
        if (property->name == QLatin1String("BEGIN")) {
            if (card || property->value.toUpper() != "VCARD")
                return fail(QStringLiteral("BEGIN:%1 inside a card").arg(QString::fromUtf8(property->value)));
            card.emplace();
        } else if (property->name == QLatin1String("END")) {
            if (!card || property->value.toUpper() != "VCARD")
                return fail(QStringLiteral("END without BEGIN"));
            const QList<Property> versions = card->all(QStringLiteral("VERSION"));
            if (versions.size() != 1 || (versions.first().value != "3.0" && versions.first().value != "4.0"))
                return fail(QStringLiteral("a card without one VERSION of 3.0 or 4.0"));
            if (card->all(QStringLiteral("FN")).isEmpty())
                return fail(QStringLiteral("a card without FN"));
            if (versions.first().value == "3.0" && card->all(QStringLiteral("N")).size() != 1)
                return fail(QStringLiteral("a vCard 3.0 without exactly one N"));
            result.cards << *card;
            card.reset();
        } else {
            if (!card)
                return fail(QStringLiteral("a property outside a card: %1").arg(property->name));
            card->properties << *property;
        }
    }
    if (card)
        return fail(QStringLiteral("a card without END"));
    result.ok = true;
    return result;
}

} // namespace strictvcard
