#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

// One shared QString per distinct text read from UTF-8 many times over. A network of
// thousands has far fewer first names, employers and job titles than people, and each string not made
// is an allocation, a conversion and memory the list keeps for as long as it is open.
// Past `capacity` distinct texts the pool stops growing (a column of unique values would
// only cost it memory) and makes strings as usual.
class StringPool
{
public:
    explicit StringPool(qsizetype capacity = 4096)
        : m_capacity(capacity)
    { }

    // The string for these bytes: make(), or what make() gave for the same bytes before.
    template<typename Make>
    QString get(QByteArrayView utf8, Make make)
    {
        // A key that only points at the bytes, for the lookup.
        const QByteArray probe = QByteArray::fromRawData(utf8.data(), utf8.size());
        if (const auto found = m_strings.constFind(probe); found != m_strings.cend())
            return *found;
        QString text = make();
        if (m_strings.size() < m_capacity)
            m_strings.insert(utf8.toByteArray(), text);
        return text;
    }

private:
    qsizetype m_capacity;
    QHash<QByteArray, QString> m_strings;
};
