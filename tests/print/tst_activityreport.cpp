#include "documents/activityreport.h"
#include "print/activityreportfile.h"
#include "print/pageddocument.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The activity report: which dated activities a hand-made history gives, in what order, and
// the report as HTML, CSV and PDF (read back with pdftotext).
class TestActivityReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QCoreApplication::instance()); } // English plurals
    void activities_data();
    void activities();
    void summaryCountsEachKind();
    void userTextIsEscaped();
    void csvGuardsFormulas();
    void writesPdfAcrossPages();
    void refusesOtherEndings();
    void collectsFromTheStore();
};

namespace {

const QDate From(2026, 11, 1);
const QDate To(2026, 11, 30);
const QDateTime Now(QDate(2026, 12, 4), QTime(12, 0));

// An interview with person 1 at step `step`; the test sets its dates.
Interview interview(qint64 id, Step step = Step::Contact)
{
    Interview i;
    i.id = id;
    i.step = step;
    i.topic = u"What a data team lead does all day"_s;
    return i;
}

// Each interview's person and organisation, by its id.
QString personOf(qint64 id)
{
    static const QStringList people = {u"Maria Garcia"_s, u"Lucas Jensen"_s, u"Aisha Khan"_s, u"Kenji Sato"_s,
                                       u"Zoë Müller"_s,   u"Omar Haddad"_s,  u"Priya Nair"_s, u"Seán Murphy"_s};
    return people.at(id % people.size());
}

QString organisationOf(qint64 id)
{
    static const QStringList organisations = {u"Northwind Traders"_s, u"Contoso"_s,           u"Fabrikam"_s,
                                              u"Tailwind Traders"_s,  u"Datum Corporation"_s, u"Litware"_s};
    return organisations.at(id % organisations.size());
}

QHash<qint64, InterviewNames> names(const QList<Interview> &interviews)
{
    QHash<qint64, InterviewNames> result;
    for (const Interview &i : interviews)
        result.insert(i.id, {personOf(i.id), organisationOf(i.id)});
    return result;
}

// "2026-11-03 Contact made 1" for each activity: date, kind, interview.
QStringList described(const QList<Activity> &activities)
{
    QStringList lines;
    for (const Activity &a : activities)
        lines << u"%1 %2 %3"_s.arg(a.date.toString(Qt::ISODate), ActivityReport::kindName(a.kind)).arg(a.interviewId);
    return lines;
}

} // namespace

void TestActivityReport::activities_data()
{
    QTest::addColumn<QList<Interview>>("interviews");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing yet") << QList<Interview>{interview(1, Step::Research)} << QStringList();

    Interview whole = interview(1, Step::Completed);
    whole.outreachSentOn = QDate(2026, 11, 3);
    whole.channel = Channel::LinkedIn;
    whole.followUpSentOn = QDate(2026, 11, 10);
    whole.replyReceivedOn = QDate(2026, 11, 11);
    whole.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
    whole.thankYouSentOn = QDate(2026, 11, 18); // the same day: after the conversation
    whole.referralRequestedOn = QDate(2026, 11, 18);
    whole.lastTouchBaseOn = QDate(2027, 1, 5); // after the period
    QTest::newRow("a whole history") << QList<Interview>{
        whole} << QStringList{u"2026-11-03 Contact made 1"_s,        u"2026-11-10 Follow-up sent 1"_s,
                              u"2026-11-11 Reply received 1"_s,      u"2026-11-18 Conversation held 1"_s,
                              u"2026-11-18 Thank-you note sent 1"_s, u"2026-11-18 Asked for a referral 1"_s};

    Interview declined = interview(2, Step::Declined);
    declined.outreachSentOn = QDate(2026, 11, 2);
    declined.scheduledAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0)); // cancelled: never held
    QTest::newRow("declined after a date was set")
        << QList<Interview>{declined} << QStringList{u"2026-11-02 Contact made 2"_s};

    Interview noReply = interview(3, Step::NoReply);
    noReply.outreachSentOn = QDate(2026, 11, 4);
    noReply.followUpSentOn = QDate(2026, 11, 13);
    QTest::newRow("no reply") << QList<Interview>{noReply}
                              << QStringList{u"2026-11-04 Contact made 3"_s, u"2026-11-13 Follow-up sent 3"_s};

    Interview upcoming = interview(4, Step::Conduct);
    upcoming.scheduledAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0)).addDays(10); // after now
    Interview pastNoNotes = interview(5, Step::Conduct);
    pastNoNotes.scheduledAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0)); // not moved on, no notes
    Interview pastWithNotes = interview(6, Step::Conduct);
    pastWithNotes.scheduledAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0));
    pastWithNotes.conversationNotes = u"Talk to the platform team"_s;
    QTest::newRow("held only once past and followed up or noted")
        << QList<Interview>{upcoming, pastNoNotes, pastWithNotes} << QStringList{u"2026-11-26 Conversation held 6"_s};

    Interview edges = interview(7);
    edges.outreachSentOn = From; // first day: in
    edges.followUpSentOn = To; // last day: in
    edges.replyReceivedOn = To.addDays(1); // the day after: out
    Interview before = interview(8);
    before.outreachSentOn = From.addDays(-1);
    QTest::newRow("both ends of the period count")
        << QList<Interview>{before, edges}
        << QStringList{u"2026-11-01 Contact made 7"_s, u"2026-11-30 Follow-up sent 7"_s};

    Interview a = interview(10);
    a.outreachSentOn = QDate(2026, 11, 9);
    Interview b = interview(9);
    b.outreachSentOn = QDate(2026, 11, 9);
    b.thankYouSentOn = QDate(2026, 11, 5);
    QTest::newRow("by date, then interview")
        << QList<Interview>{a, b}
        << QStringList{u"2026-11-05 Thank-you note sent 9"_s, u"2026-11-09 Contact made 9"_s,
                       u"2026-11-09 Contact made 10"_s};
}

void TestActivityReport::activities()
{
    QFETCH(QList<Interview>, interviews);
    QFETCH(QStringList, expected);
    const QList<Activity> activities = ActivityReport::activitiesOf(interviews, names(interviews), From, To, Now);
    QCOMPARE(described(activities), expected);
    for (const Activity &activity : activities) {
        QCOMPARE(activity.person, personOf(activity.interviewId));
        QCOMPARE(activity.organisation, organisationOf(activity.interviewId));
    }
}

void TestActivityReport::summaryCountsEachKind()
{
    ActivityReport report;
    report.from = From;
    report.to = To;
    QCOMPARE(report.summary(), u"No activity was recorded in this period."_s);
    Interview i = interview(1, Step::FollowUp);
    i.outreachSentOn = QDate(2026, 11, 3);
    i.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
    Interview j = interview(2);
    j.outreachSentOn = QDate(2026, 11, 4);
    report.activities = ActivityReport::activitiesOf({i, j}, names({i, j}), From, To, Now);
    QCOMPARE(report.summary(), u"2 contacts made, 1 conversation held."_s);
}

void TestActivityReport::userTextIsEscaped()
{
    Interview i = interview(1);
    i.outreachSentOn = QDate(2026, 11, 3);
    i.topic = u"<img src=\"file:///etc/passwd\"> & <b>bold</b>"_s;
    ActivityReport report;
    report.from = From;
    report.to = To;
    report.name = u"Ada <script>"_s;
    QHash<qint64, InterviewNames> named{{1, {u"<i>Grace</i>"_s, u"R&D"_s}}};
    report.activities = ActivityReport::activitiesOf({i}, named, From, To, Now);
    const QString html = report.toHtml();
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<i>Grace"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;img src="_s));
    QVERIFY(html.contains(u"R&amp;D"_s));

    PagedDocument document(report.title(), html);
    document.layoutFor(PagedDocument::defaultPageLayout());
    QVERIFY(document.deniedResources().isEmpty()); // nothing asked for, nothing loaded
    QVERIFY(document.toPlainText().contains(u"<img src=\"file:///etc/passwd\">"_s));
}

void TestActivityReport::csvGuardsFormulas()
{
    Interview i = interview(1);
    i.outreachSentOn = QDate(2026, 11, 3);
    i.topic = u"=HYPERLINK(\"http://example.invalid\")"_s;
    i.channel = Channel::Email;
    ActivityReport report;
    report.from = From;
    report.to = To;
    QHash<qint64, InterviewNames> named{{1, {u"Ada, Countess"_s, u"Analytical \"Engines\""_s}}};
    report.activities = ActivityReport::activitiesOf({i}, named, From, To, Now);
    const QByteArray csv = ActivityReportFile::toCsv(report);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"Date,Activity,With,Organisation,How,Details"_s);
    QCOMPARE(lines.at(1),
             u"2026-11-03,Contact made,\"Ada, Countess\",\"Analytical \"\"Engines\"\"\",E-mail,"
             "\"'=HYPERLINK(\"\"http://example.invalid\"\")\""_s);
}

void TestActivityReport::writesPdfAcrossPages()
{
    // 120 interviews with four activities each: several pages, each with its footer.
    QList<Interview> interviews;
    for (int n = 1; n <= 120; ++n) {
        Interview i = interview(n, Step::Completed);
        static const QStringList topics = {u"What a data team lead does all day"_s, u"Moving from research into UX"_s,
                                           u"How product managers work with engineers"_s};
        i.topic = topics.at(n % topics.size());
        i.channel = n % 2 ? Channel::LinkedIn : Channel::Email;
        i.medium = n % 3 ? Medium::Video : Medium::CoffeeShop;
        i.outreachSentOn = QDate(2026, 11, 1 + n % 10);
        i.scheduledAt = QDateTime(QDate(2026, 11, 12 + n % 10), QTime(10, 0));
        i.thankYouSentOn = QDate(2026, 11, 13 + n % 10);
        i.referralRequestedOn = QDate(2026, 11, 14 + n % 10);
        interviews << i;
    }
    ActivityReport report;
    report.from = From;
    report.to = To;
    report.name = u"Ada Lovelace"_s;
    report.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    report.activities = ActivityReport::activitiesOf(interviews, names(interviews), From, To, Now);
    QCOMPARE(report.activities.size(), 480);

    QTemporaryDir dir;
    const QString path = dir.filePath(report.suggestedFileName(u"pdf"_s));
    QString summary;
    QString error;
    QVERIFY2(ActivityReportFile::write(report, path, &summary, &error), qPrintable(error));
    QVERIFY2(summary.startsWith(u"Wrote the activity report to "_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"480 activities on "_s), qPrintable(summary));
    if (const QString shots = qEnvironmentVariable("COFFEECHAT_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(path, shots + u"/activity-report.pdf"_s); // to look at
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}); // a row's cells on one line
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString raw = QString::fromUtf8(pdftotext.readAllStandardOutput());
    const int pages = int(raw.count(QLatin1Char('\f')));
    const QString text = raw.simplified();
    QVERIFY2(text.contains(u"Ada Lovelace"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"1 November 2026 to 30 November 2026"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"120 contacts made, 120 conversations held, 120 thank-you notes sent, asked for a referral "
                          "120 times."_s));
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    QCOMPARE(int(text.count(u"Conversation held"_s)), 120); // every row, none lost at a page break
    QVERIFY(text.contains(personOf(120)));
}

void TestActivityReport::refusesOtherEndings()
{
    QTemporaryDir dir;
    ActivityReport report;
    report.from = From;
    report.to = To;
    QString error;
    QVERIFY(!ActivityReportFile::write(report, dir.filePath(u"report.txt"_s), nullptr, &error));
    QVERIFY2(error.contains(u"report.txt"_s) && error.contains(u".pdf"_s), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(u"report.txt"_s)));
    QVERIFY(ActivityReportFile::write(report, dir.filePath(u"REPORT.CSV"_s), nullptr, &error));
}

void TestActivityReport::collectsFromTheStore()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(u"r.sqlite"_s)));
    InterviewStore store(&database);
    Interview i;
    i.topic = u"Careers in computing"_s;
    i.step = Step::Contact;
    i.outreachSentOn = QDate(2026, 11, 3);
    QVERIFY(store.insert(i));
    const ActivityReport report = ActivityReport::collect(store, From, To, Now);
    QCOMPARE(described(report.activities), QStringList{u"2026-11-03 Contact made %1"_s.arg(i.id)});
    QCOMPARE(report.activities.constFirst().details, u"Careers in computing"_s);
}

QTEST_MAIN(TestActivityReport)
#include "tst_activityreport.moc"
