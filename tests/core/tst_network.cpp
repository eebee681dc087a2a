#include "workflow/guidedstart.h"
#include "workflow/network.h"

#include <QSettings>
#include <QStandardPaths>

#include <QTest>

using namespace Qt::StringLiterals;

// The network's employers, derived from the contacts' companies, and whom to ask first there.
class TestNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsSpellingsOfOneEmployer();
    void neverGroupsByPrefix();
    void seniority_data();
    void seniority();
    void ranksStarters_data();
    void ranksStarters();
    void advocacyText_data();
    void advocacyText();
    void suggestsTargets_data();
    void suggestsTargets();
    void guidedStartProgressIsKept();
    void guidedStartOpensByItself_data();
    void guidedStartOpensByItself();
};

namespace {

NetworkPerson person(qint64 id, const QString &name, const QString &company, const QString &position = {},
                     Relationship relationship = Relationship::LinkedIn)
{
    return NetworkPerson{id, name, company, position, relationship};
}

} // namespace

void TestNetwork::groupsSpellingsOfOneEmployer()
{
    const Network network = Network::build({
        person(1, QStringLiteral("Ada"), QStringLiteral("Google"), {}, Relationship::Alumni),
        person(2, QStringLiteral("Alan"), QStringLiteral("Google LLC")),
        person(3, QStringLiteral("Grace"), QStringLiteral("Google")),
        person(4, QStringLiteral("Edsger"), QStringLiteral("  GOOGLE, Inc. "), {}, Relationship::Friend),
        person(5, QStringLiteral("Barbara"), QStringLiteral("Nestlé S.A.")),
        person(6, QStringLiteral("Niklaus"), QString()),
        person(7, QStringLiteral("Ken"), QStringLiteral(" - ")),
    });
    QCOMPARE(network.people().size(), 7);
    QCOMPARE(network.employers().size(), 2);
    const Network::Employer &google = network.employers().constFirst(); // most people first
    QCOMPARE(google.name, QStringLiteral("Google"));
    QCOMPARE(google.spellings,
             (QStringList{QStringLiteral("Google"), QStringLiteral("GOOGLE, Inc."), QStringLiteral("Google LLC")}));
    QCOMPARE(google.people(), 4);
    QCOMPARE(google.close, 2);
    for (const QString &spelling :
         {QStringLiteral("google"), QStringLiteral("Google LLC"), QStringLiteral("Google Inc")})
        QCOMPARE(network.employer(spelling), &google);
    QList<qint64> ids;
    for (const NetworkPerson &p : network.peopleAt(QStringLiteral("Google Inc.")))
        ids << p.contactId;
    QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(network.employer(QStringLiteral("Nestle"))->name, QStringLiteral("Nestlé S.A."));
    QVERIFY(!network.employer(QStringLiteral("Contoso")));
    QVERIFY(network.peopleAt(QString()).isEmpty());
}

void TestNetwork::neverGroupsByPrefix()
{
    const Network network = Network::build({
        person(1, QStringLiteral("Ada"), QStringLiteral("Meta")),
        person(2, QStringLiteral("Alan"), QStringLiteral("Metaswitch")),
        person(3, QStringLiteral("Grace"), QStringLiteral("Apple")),
        person(4, QStringLiteral("Edsger"), QStringLiteral("Apple Bank")),
    });
    QCOMPARE(network.employers().size(), 4);
    QCOMPARE(network.peopleAt(QStringLiteral("Meta")).size(), 1);
    QCOMPARE(network.peopleAt(QStringLiteral("Apple")).constFirst().name, QStringLiteral("Grace"));
}

void TestNetwork::seniority_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<int>("level");
    QTest::newRow("chief") << "Chief Product Officer" << 10;
    QTest::newRow("co-founder") << "Co-Founder & CEO" << 10;
    QTest::newRow("senior director") << "Senior Director, Product" << 9;
    QTest::newRow("vp") << "VP, Engineering" << 8;
    QTest::newRow("head") << "Head of Design" << 8;
    QTest::newRow("director") << "Director of Product" << 8;
    QTest::newRow("senior manager") << "Senior Product Manager" << 7;
    QTest::newRow("group manager") << "Group Product Manager" << 7;
    QTest::newRow("principal") << "Principal Engineer" << 7;
    QTest::newRow("manager") << "Product Manager" << 6;
    QTest::newRow("lead") << "Tech Lead" << 6;
    QTest::newRow("senior") << "Senior Software Engineer" << 4;
    QTest::newRow("plain") << "Software Engineer" << 2;
    QTest::newRow("empty") << "" << 2;
    QTest::newRow("intern") << "Product Intern" << 0;
    QTest::newRow("student") << "Student" << 0;
    QTest::newRow("word inside a word is none") << "Leadership Coach" << 2;
}

void TestNetwork::seniority()
{
    QFETCH(QString, position);
    QFETCH(int, level);
    QCOMPARE(Starters::seniority(position), level);
}

void TestNetwork::ranksStarters_data()
{
    QTest::addColumn<QList<NetworkPerson>>("people");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("reasons");

    const QList<NetworkPerson> mixed = {
        person(1, QStringLiteral("Lin"), QStringLiteral("Contoso"), QStringLiteral("Product Manager")),
        person(2, QStringLiteral("Ali"), QStringLiteral("Contoso"), QStringLiteral("Engineer"), Relationship::Alumni),
        person(3, QStringLiteral("Fay"), QStringLiteral("Contoso"), QStringLiteral("Designer"), Relationship::Friend),
        person(4, QStringLiteral("Col"), QStringLiteral("Contoso"), QStringLiteral("Director of Product"),
               Relationship::Colleague),
        person(5, QStringLiteral("Ref"), QStringLiteral("Contoso"), QStringLiteral("Analyst"), Relationship::Referral),
        person(6, QStringLiteral("Kim"), QStringLiteral("Contoso"), QStringLiteral("Head of Product")),
    };
    QTest::newRow("closeness first, no roles")
        << mixed << QStringList() << QStringList{QStringLiteral("Fay"), QStringLiteral("Ali"), QStringLiteral("Ref"),
                                                 QStringLiteral("Col"), QStringLiteral("Kim"), QStringLiteral("Lin")}
        << QStringList{QStringLiteral("friend"),
                       QStringLiteral("alumni"),
                       QStringLiteral("referral"),
                       QStringLiteral("colleague · senior leader"),
                       QStringLiteral("LinkedIn connection · senior leader"),
                       QStringLiteral("LinkedIn connection")};
    QTest::newRow("relevance within a closeness")
        << QList<NetworkPerson>{person(1, QStringLiteral("Eng"), QStringLiteral("X"), QStringLiteral("Engineer")),
                                person(2, QStringLiteral("Pm"), QStringLiteral("X"), QStringLiteral("Product Manager")),
                                person(3, QStringLiteral("Ux"), QStringLiteral("X"), QStringLiteral("UX Designer"))}
        << QStringList{QStringLiteral("product"), QStringLiteral("UX design")}
        << QStringList{QStringLiteral("Pm"), QStringLiteral("Ux"), QStringLiteral("Eng")}
        << QStringList{QStringLiteral("LinkedIn connection · works in product"),
                       QStringLiteral("LinkedIn connection · works in ux design"),
                       QStringLiteral("LinkedIn connection")};
    QTest::newRow("a whole role before a word of one")
        << QList<NetworkPerson>{person(1, QStringLiteral("A"), QStringLiteral("X"), QStringLiteral("Data Analyst")),
                                person(2, QStringLiteral("B"), QStringLiteral("X"), QStringLiteral("Data Scientist"))}
        << QStringList{QStringLiteral("data science")} << QStringList{QStringLiteral("B"), QStringLiteral("A")}
        << QStringList{QStringLiteral("LinkedIn connection · works in data science"),
                       QStringLiteral("LinkedIn connection · works in data")};
    QTest::newRow("seniority last, then name")
        << QList<NetworkPerson>{person(1, QStringLiteral("Zed"), QStringLiteral("X"), QStringLiteral("Engineer")),
                                person(2, QStringLiteral("Amy"), QStringLiteral("X"), QStringLiteral("Engineer")),
                                person(3, QStringLiteral("Vic"), QStringLiteral("X"), QStringLiteral("VP Engineering")),
                                person(4, QStringLiteral("Ian"), QStringLiteral("X"), QStringLiteral("Intern"))}
        << QStringList{QStringLiteral("engineering")}
        << QStringList{QStringLiteral("Vic"), QStringLiteral("Amy"), QStringLiteral("Zed"), QStringLiteral("Ian")}
        << QStringList{QStringLiteral("LinkedIn connection · works in engineering · senior leader"),
                       QStringLiteral("LinkedIn connection · works in engineering"),
                       QStringLiteral("LinkedIn connection · works in engineering"),
                       QStringLiteral("LinkedIn connection · early in their career")};
    QTest::newRow("a generic word alone is no match")
        << QList<NetworkPerson>{person(1, QStringLiteral("Csm"), QStringLiteral("X"),
                                       QStringLiteral("Customer Success Manager")),
                                person(2, QStringLiteral("Des"), QStringLiteral("X"),
                                       QStringLiteral("Product Designer")),
                                person(3, QStringLiteral("Pm"), QStringLiteral("X"), QStringLiteral("Product Manager"))}
        << QStringList{QStringLiteral("product management"), QStringLiteral("UX design")}
        << QStringList{QStringLiteral("Pm"), QStringLiteral("Des"), QStringLiteral("Csm")}
        << QStringList{QStringLiteral("LinkedIn connection · works in product management"),
                       QStringLiteral("LinkedIn connection · works in product"), QStringLiteral("LinkedIn connection")};
    QTest::newRow("short words match whole only")
        << QList<NetworkPerson>{person(1, QStringLiteral("It"), QStringLiteral("X"), QStringLiteral("Item Manager")),
                                person(2, QStringLiteral("Ok"), QStringLiteral("X"), QStringLiteral("IT Support"))}
        << QStringList{QStringLiteral("IT")} << QStringList{QStringLiteral("Ok"), QStringLiteral("It")}
        << QStringList{QStringLiteral("LinkedIn connection · works in it"), QStringLiteral("LinkedIn connection")};
    QTest::newRow("nobody") << QList<NetworkPerson>() << QStringList{QStringLiteral("product")} << QStringList()
                            << QStringList();
}

void TestNetwork::ranksStarters()
{
    QFETCH(QList<NetworkPerson>, people);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, order);
    QFETCH(QStringList, reasons);
    QStringList names;
    QStringList why;
    for (const Starters::Starter &s : Starters::rank(people, roles)) {
        names << s.person.name;
        why << s.reason;
    }
    QCOMPARE(names, order);
    QCOMPARE(why, reasons);
}

void TestNetwork::advocacyText_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("close");
    QTest::addColumn<QString>("text");
    QTest::newRow("nobody") << 0 << 0 << "Nobody you know yet";
    QTest::newRow("no close") << 12 << 0 << "12 people";
    QTest::newRow("close") << 12 << 3 << "12 people · 3 close";
}

void TestNetwork::advocacyText()
{
    QFETCH(int, people);
    QFETCH(int, close);
    QFETCH(QString, text);
    QCOMPARE(Network::advocacyText(people, close), text);
}

// Where the user knows people in the roles explored comes first (5 each), then close people (3
// each), then everyone (1 each); ties keep most people first, then the name.
void TestNetwork::suggestsTargets_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("expected"); // employers, best first
    QTest::addColumn<QList<int>>("relevant");
    QTest::newRow("nothing explored: most people, close ones weigh more")
        << QStringList() << QStringList{u"Big"_s, u"Close"_s, u"Design Co"_s, u"Tiny"_s} << QList<int>{0, 0, 0, 0};
    QTest::newRow("design explored") << QStringList{u"UX design"_s}
                                     << QStringList{u"Design Co"_s, u"Big"_s, u"Close"_s, u"Tiny"_s}
                                     << QList<int>{2, 0, 0, 0};
    QTest::newRow("engineering explored: one engineer at Big")
        << QStringList{u"engineering"_s} << QStringList{u"Big"_s, u"Close"_s, u"Design Co"_s, u"Tiny"_s}
        << QList<int>{1, 0, 0, 0};
    QTest::newRow("a role nobody has") << QStringList{u"marine biology"_s}
                                       << QStringList{u"Big"_s, u"Close"_s, u"Design Co"_s, u"Tiny"_s}
                                       << QList<int>{0, 0, 0, 0};
}

void TestNetwork::suggestsTargets()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, relevant);
    QList<NetworkPerson> people;
    for (int i = 0; i < 5; ++i)
        people << person(i + 1, u"B%1"_s.arg(i), u"Big"_s, i == 0 ? u"Software Engineer"_s : u"Sales Manager"_s);
    people << person(6, u"C1"_s, u"Close"_s, u"Account Manager"_s, Relationship::Alumni);
    people << person(7, u"C2"_s, u"Close Ltd"_s, u"Analyst"_s);
    people << person(8, u"D1"_s, u"Design Co"_s, u"Product Designer"_s);
    people << person(9, u"D2"_s, u"Design Co"_s, u"UX Designer"_s);
    people << person(10, u"D3"_s, u"Design Co"_s, u"Office Manager"_s);
    people << person(11, u"T1"_s, u"Tiny"_s, QString());
    const Network network = Network::build(people);
    const QList<Network::Suggestion> suggestions = network.suggestTargets(roles);
    QCOMPARE(suggestions.size(), expected.size());
    QStringList names;
    QList<int> counts;
    for (const Network::Suggestion &s : suggestions) {
        names << network.employers().at(s.employer).name;
        counts << s.relevant;
    }
    QCOMPARE(names, expected);
    QCOMPARE(counts, relevant);
}

// The guide's place is kept in the settings, and read back whole; nonsense in them is ignored.
void TestNetwork::guidedStartProgressIsKept()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(GuidedStartProgress::load(), GuidedStartProgress());
    GuidedStartProgress p;
    p.step = GuidedStartProgress::PeopleStep;
    p.targets = {4, 2, 9};
    p.chosen = {{4, 40}, {2, 20}, {5, 5}}; // an organisation and a contact may share an id
    p.interviews = {7};
    p.created = {{7, 40}};
    p.database = u"/home/ada/coffeechat.sqlite"_s;
    p.opensAtStart = false;
    p.save();
    QCOMPARE(GuidedStartProgress::load(), p);
    // For the same file, all of it; for another, only whether it ended and opens at start.
    QCOMPARE(GuidedStartProgress::load(u"/home/ada/coffeechat.sqlite"_s), p);
    const GuidedStartProgress other = GuidedStartProgress::load(u"/media/usb/other.sqlite"_s);
    QCOMPARE(other.step, int(GuidedStartProgress::NetworkStep));
    QVERIFY(other.targets.isEmpty() && other.chosen.isEmpty() && other.interviews.isEmpty() && other.created.isEmpty());
    QCOMPARE(other.opensAtStart, false);
    QCOMPARE(other.database, u"/media/usb/other.sqlite"_s);
    QSettings settings;
    settings.setValue(u"guidedStart/step"_s, 99);
    settings.setValue(u"guidedStart/targets"_s, QStringList{u"x"_s, u"-3"_s, u"5"_s, u"5"_s});
    settings.setValue(u"guidedStart/chosen"_s, QStringList{u"1:2:3"_s, u"a:b"_s, u"6:60"_s});
    const GuidedStartProgress odd = GuidedStartProgress::load();
    QCOMPARE(odd.step, GuidedStartProgress::StepCount - 1);
    QCOMPARE(odd.targets, QList<qint64>{5});
    QCOMPARE(odd.chosen, (QHash<qint64, qint64>{{6, 60}}));
    settings.setValue(u"guidedStart/chosen"_s, QStringList{u":5"_s, u"5:"_s, u"0:3"_s, u"7:-1"_s, u"8:8"_s});
    QCOMPARE(GuidedStartProgress::load().chosen, (QHash<qint64, qint64>{{8, 8}}));
    QSettings().clear();
}

void TestNetwork::guidedStartOpensByItself_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("ended");
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<bool>("atStart"); // the user left "Show when Coffee Chat starts" on
    QTest::addColumn<bool>("opens");
    QTest::newRow("fresh profile") << 0 << false << true << true << true;
    QTest::newRow("contacts, never begun") << 0 << false << false << true << false;
    QTest::newRow("left halfway") << 3 << false << false << true << true;
    QTest::newRow("left halfway, told to wait") << 3 << false << false << false << false;
    QTest::newRow("fresh profile, told to wait") << 0 << false << true << false << false;
    QTest::newRow("finished") << 5 << true << false << true << false;
    QTest::newRow("finished, then a fresh database") << 5 << true << true << true << false;
}

void TestNetwork::guidedStartOpensByItself()
{
    QFETCH(int, step);
    QFETCH(bool, ended);
    QFETCH(bool, fresh);
    QFETCH(bool, atStart);
    QFETCH(bool, opens);
    GuidedStartProgress p;
    p.step = step;
    p.ended = ended;
    p.opensAtStart = atStart;
    QCOMPARE(p.opensByItself(fresh), opens);
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
