#include "domain/stringpool.h"

#include <QTest>

class TestStringPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharesEqualTexts_data();
    void sharesEqualTexts();
    void stopsGrowingAtItsCapacity();
};

void TestStringPool::sharesEqualTexts_data()
{
    QTest::addColumn<QByteArrayList>("texts");
    QTest::addColumn<int>("made"); // how many strings the pool had to make

    QTest::newRow("all different") << QByteArrayList{"Fabrikam", "Contoso", "Litware"} << 3;
    QTest::newRow("repeated") << QByteArrayList{"Fabrikam", "Contoso", "Fabrikam", "Fabrikam", "Contoso"} << 2;
    QTest::newRow("case matters") << QByteArrayList{"Fabrikam", "FABRIKAM"} << 2;
    QTest::newRow("prefix is not equal") << QByteArrayList{"Fabrikam", "Fabrikam Bank"} << 2;
    QTest::newRow("non-ASCII") << QByteArrayList{"M\xC3\xBCller AG", "M\xC3\xBCller AG"} << 1;
    QTest::newRow("empty") << QByteArrayList{"", ""} << 1;
}

void TestStringPool::sharesEqualTexts()
{
    QFETCH(QByteArrayList, texts);
    QFETCH(int, made);

    StringPool pool;
    int calls = 0;
    QList<QString> strings;
    for (const QByteArray &text : std::as_const(texts)) {
        // Copies, so equal texts never share an address the pool could rely on.
        const QByteArray bytes(text.constData(), text.size());
        strings << pool.get(bytes, [&] {
            ++calls;
            return QString::fromUtf8(bytes);
        });
    }
    QCOMPARE(calls, made);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(strings.at(i), QString::fromUtf8(texts.at(i)));
        for (qsizetype j = 0; j < i; ++j) {
            if (texts.at(i) == texts.at(j) && !texts.at(i).isEmpty())
                QVERIFY(strings.at(i).constData() == strings.at(j).constData()); // one string, shared
        }
    }
}

void TestStringPool::stopsGrowingAtItsCapacity()
{
    StringPool pool(2);
    int calls = 0;
    auto get = [&](const QByteArray &text) {
        return pool.get(text, [&] {
            ++calls;
            return QString::fromUtf8(text);
        });
    };
    get("a");
    get("b");
    get("c"); // past the capacity: made, not kept
    get("c");
    QCOMPARE(calls, 4);
    QCOMPARE(get("a"), QStringLiteral("a")); // what it kept, it still shares
    QCOMPARE(calls, 4);
}

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
