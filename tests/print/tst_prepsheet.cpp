// The prep sheet as a user prints it: what it says and in which order, that nothing the user
// typed is read as HTML, how it falls onto pages, and the PDF read back with pdftotext.
// Set COFFEECHAT_SCREENSHOT_DIR to keep the PDFs the tests write.

#include "documents/prepsheet.h"
#include "print/prepsheetdocument.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Qt::StringLiterals;

namespace {

// The strings must appear in text in this order; returns the first one that does not.
QString firstOutOfOrder(const QString &text, const QStringList &parts)
{
    qsizetype from = 0;
    for (const QString &part : parts) {
        const qsizetype at = text.indexOf(part, from);
        if (at < 0)
            return part;
        from = at + part.size();
    }
    return QString();
}

bool hasImageOrLink(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() || format.isAnchor() || !format.anchorHref().isEmpty())
                return true;
        }
    }
    return false;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    // NFKC: the ligatures in the PDF ("ﬁ") read back as the letters they stand for.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

void keep(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("COFFEECHAT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile::remove(dir + QLatin1Char('/') + name);
    QFile::copy(pdf, dir + QLatin1Char('/') + name);
}

} // namespace

class TestPrepSheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void partsInOrder_data();
    void partsInOrder();
    void unknownInterview();
    void missingFieldsSaySo();
    void offerConversationHasItsAgendaAndDeadline_data();
    void offerConversationHasItsAgendaAndDeadline();
    void userTextIsNeverMarkup_data();
    void userTextIsNeverMarkup();
    void typicalInterviewFitsOnePage_data();
    void typicalInterviewFitsOnePage();
    void longNotesFlowOntoMorePages();
    void questionsShareTheFreeRoom_data();
    void questionsShareTheFreeRoom();
    void pdfTextMatches();
    void failedWriteLeavesNoFile_data();
    void failedWriteLeavesNoFile();
    void pageSizeFollowsLocale_data();
    void pageSizeFollowsLocale();
    void suggestedFileName_data();
    void suggestedFileName();

private:
    // Ada Lovelace at Analytical Engines, a typical interview with six questions.
    qint64 addTypicalInterview();
    PrepSheet sheet(qint64 interviewId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<OrganisationStore> m_organisations;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
};

const QStringList TypicalQuestions = {
    QStringLiteral("What does a typical week look like for you?"),
    QStringLiteral("How did you get into this field?"),
    QStringLiteral("What do you wish you had known when you started?"),
    QStringLiteral("Which skills matter most for someone starting out?"),
    QStringLiteral("How is the field changing, and what will matter in five years?"),
    QStringLiteral("Is there anyone else you think I should talk to?"),
};

void TestPrepSheet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPrepSheet::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("p.sqlite"))), qPrintable(m_db->errorString()));
    m_contacts = std::make_unique<ContactStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
    m_organisations = std::make_unique<OrganisationStore>(m_db.get());

    ContactBatch batch;
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.position = QStringLiteral("Head of Analysis");
    ada.company = QStringLiteral("Engines Ltd");
    Contact grace;
    grace.firstName = QStringLiteral("Grace");
    grace.lastName = QStringLiteral("Hopper");
    batch.inserts = {ada, grace};
    QString error;
    QVERIFY2(m_contacts->apply(batch, &error), qPrintable(error));
    for (const Contact &c : m_contacts->all())
        (c.firstName == QLatin1String("Ada") ? m_ada : m_grace) = c.id;
}

void TestPrepSheet::cleanup()
{
    m_organisations.reset();
    m_interviews.reset();
    m_contacts.reset();
    m_db.reset();
}

qint64 TestPrepSheet::addTypicalInterview()
{
    Organisation engines;
    engines.name = QStringLiteral("Analytical Engines");
    if (!m_organisations->insert(engines))
        return 0;
    Interview i;
    i.topic = QStringLiteral("What a data team lead does all day");
    i.step = Step::Conduct;
    i.organisationId = engines.id;
    i.contactId = m_ada;
    i.connection = QStringLiteral("Alumni of the same university");
    i.introducedById = m_grace;
    i.learningGoals = QStringLiteral("How her team decides what to build.\nWhich skills she hires for.");
    i.researchNotes =
        QStringLiteral("Gave a talk on forecasting at PyData 2025.\nTeam of eight, hiring juniors next spring.");
    i.links = {QStringLiteral("https://example.com/talk")};
    i.lengthMinutes = 25;
    i.scheduledAt = QDateTime(QDate(2026, 11, 26), QTime(15, 30));
    i.medium = Medium::CoffeeShop;
    i.location = QStringLiteral("Café Nero, Main Street");
    if (!m_interviews->insert(i))
        return 0;
    QList<PlannedQuestion> plan;
    for (const QString &text : TypicalQuestions)
        plan << PlannedQuestion{0, text};
    if (!m_interviews->setPlan(i.id, plan))
        return 0;
    return i.id;
}

PrepSheet TestPrepSheet::sheet(qint64 interviewId) const
{
    QString error;
    const std::optional<PrepSheet> s =
        PrepSheet::collect(interviewId, *m_interviews, *m_contacts, *m_organisations, &error);
    if (!s)
        qWarning("%s", qPrintable(error));
    return s.value_or(PrepSheet());
}

void TestPrepSheet::partsInOrder_data()
{
    QTest::addColumn<QString>("agenda");
    QTest::addColumn<QStringList>("parts");
    const QStringList head = {
        QStringLiteral("What a data team lead does all day"),
        QStringLiteral("with Ada Lovelace, Head of Analysis at Analytical Engines"),
        QStringLiteral("Who"),
        QStringLiteral("Ada Lovelace"),
        QStringLiteral("Head of Analysis"),
        QStringLiteral("Analytical Engines"),
        QStringLiteral("Alumni of the same university"),
        QStringLiteral("Introduced by"),
        QStringLiteral("Grace Hopper"),
        QStringLiteral("When and where"),
        QStringLiteral("Thursday, 26 November 2026"),
        QStringLiteral("15:30 – 15:55"),
        QStringLiteral("25 minutes, as agreed"),
        QStringLiteral("Coffee shop"),
        QStringLiteral("Café Nero, Main Street"),
        QStringLiteral("What I want to learn"),
        QStringLiteral("How her team decides what to build.\nWhich skills she hires for."),
        QStringLiteral("Research notes"),
        QStringLiteral("Gave a talk on forecasting"),
        QStringLiteral("https://example.com/talk"),
        QStringLiteral("Agenda"),
    };
    const QStringList tail = QStringList{QStringLiteral("Questions")} + TypicalQuestions
        + QStringList{QStringLiteral("Reminders"), QStringLiteral("not a request for a job"),
                      QStringLiteral("Keep to the agreed time (25 minutes)"),
                      QStringLiteral("Send a thank-you note within two days")};
    QTest::newRow("standard agenda") << QString()
                                     << head
            + QStringList{QStringLiteral("Small talk"), QStringLiteral("Your questions"),
                          QStringLiteral(
                              "The close: thank them, ask whether you may follow up, and who else you should talk to.")}
            + tail;
    QTest::newRow("own agenda") << QStringLiteral("1. Coffee first\n2. Questions\n3. Thank her")
                                << head + QStringList{QStringLiteral("1. Coffee first\n2. Questions\n3. Thank her")}
            + tail;
}

void TestPrepSheet::partsInOrder()
{
    QFETCH(QString, agenda);
    QFETCH(QStringList, parts);
    const qint64 id = addTypicalInterview();
    QVERIFY(id > 0);
    Interview i = *m_interviews->interview(id);
    i.agenda = agenda;
    QVERIFY(m_interviews->update(i));

    PrepSheet s = sheet(id);
    s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const PrepSheetDocument document(s);
    // Line breaks the user typed stay line breaks (QTextDocument writes them as U+2028).
    const QString text = document.toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
    const QString missingPart = firstOutOfOrder(text, parts);
    QVERIFY2(missingPart.isEmpty(),
             qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(missingPart, text)));
    if (!agenda.isEmpty())
        QVERIFY(!text.contains(QStringLiteral("Small talk")));
    QCOMPARE(document.title(), QStringLiteral("What a data team lead does all day — Ada Lovelace"));
}

void TestPrepSheet::unknownInterview()
{
    QString error;
    QVERIFY(!PrepSheet::collect(4711, *m_interviews, *m_contacts, *m_organisations, &error));
    QCOMPARE(error, QStringLiteral("There is no interview with the number 4711."));
}

void TestPrepSheet::missingFieldsSaySo()
{
    Interview bare;
    QVERIFY(m_interviews->insert(bare));
    const PrepSheetDocument document(sheet(bare.id));
    const QString text = document.toPlainText();
    const QStringList parts = {
        QStringLiteral("Informational interview"),
        QStringLiteral("with Nobody chosen yet"),
        QStringLiteral("Name"),
        QStringLiteral("Nobody chosen yet"),
        QStringLiteral("Role"),
        QStringLiteral("Not recorded"),
        QStringLiteral("Organisation"),
        QStringLiteral("Not recorded"),
        QStringLiteral("Connection"),
        QStringLiteral("Not recorded"),
        QStringLiteral("Date"),
        QStringLiteral("Not scheduled yet"),
        QStringLiteral("Length"),
        QStringLiteral("20 minutes, as agreed"),
        QStringLiteral("Medium"),
        QStringLiteral("Not decided yet"),
        QStringLiteral("Where"),
        QStringLiteral("Not decided yet"),
        QStringLiteral("What I want to learn"),
        QStringLiteral("Not written yet"),
        QStringLiteral("Research notes"),
        QStringLiteral("No research notes yet."),
        QStringLiteral("Agenda"),
        QStringLiteral("Small talk"),
        QStringLiteral("Questions"),
        QStringLiteral("No questions chosen yet."),
        QStringLiteral("Reminders"),
    };
    const QString missingPart = firstOutOfOrder(text, parts);
    QVERIFY2(missingPart.isEmpty(),
             qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(missingPart, text)));
    QVERIFY(!text.contains(QStringLiteral("Time")));
    QVERIFY(!text.contains(QStringLiteral("Introduced by"))); // nobody introduced them: no line
    QCOMPARE(document.title(), QStringLiteral("Informational interview"));
    QCOMPARE(document.pageCount(), 1);
}

void TestPrepSheet::offerConversationHasItsAgendaAndDeadline_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QString>("offerLine");
    QTest::newRow("with a deadline") << QDate(
        2026, 12, 11) << u"to answer by "_s + QLocale().toString(QDate(2026, 12, 11), QLocale::LongFormat);
    QTest::newRow("without") << QDate() << u"No deadline recorded"_s;
}

// Deciding on an offer: the offer's line among the facts, and the agenda for such a conversation
// when none was written; an exploring conversation shows neither.
void TestPrepSheet::offerConversationHasItsAgendaAndDeadline()
{
    QFETCH(QDate, deadline);
    QFETCH(QString, offerLine);
    Interview offer;
    offer.kind = InterviewKind::DecidingOnOffer;
    offer.offerDeadline = deadline;
    QVERIFY(m_interviews->insert(offer));
    const QString text = PrepSheetDocument(sheet(offer.id)).toPlainText();
    const QString missingPart =
        firstOutOfOrder(text,
                        {u"Where"_s, u"Offer"_s, offerLine, u"Agenda"_s, u"say where you are: an offer"_s,
                         u"the team, the manager and how people grow"_s, u"What they would change"_s,
                         u"whom else on the team you could talk to before you answer"_s, u"Questions"_s});
    QVERIFY2(missingPart.isEmpty(),
             qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(missingPart, text)));
    QVERIFY(!text.contains(u"Small talk"_s));
    QVERIFY(text.contains(u"This is to help you decide"_s));
    QVERIFY(!text.contains(u"not a request for a job"_s));

    Interview exploring;
    QVERIFY(m_interviews->insert(exploring));
    const QString other = PrepSheetDocument(sheet(exploring.id)).toPlainText();
    QVERIFY(other.contains(u"Small talk"_s));
    QVERIFY(!other.contains(u"Offer"_s));
}

void TestPrepSheet::userTextIsNeverMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("bold") << QStringLiteral("<b>bold</b>");
    QTest::newRow("entity") << QStringLiteral("Smith &amp; Sons");
    QTest::newRow("link") << QStringLiteral("<a href=\"https://example.com/track\">click</a>");
    QTest::newRow("style") << QStringLiteral("<style>body { background-image: url(file:///etc/passwd) }</style>x");
    QTest::newRow("table") << QStringLiteral("</td></tr></table><h1>Fake</h1>");
}

void TestPrepSheet::userTextIsNeverMarkup()
{
    QFETCH(QString, text);
    // The same text in every field the sheet shows.
    Contact odd;
    odd.firstName = text;
    odd.position = text;
    odd.company = text;
    ContactBatch batch;
    batch.inserts = {odd};
    QVERIFY(m_contacts->apply(batch));
    const qint64 oddId = batch.inserts.constFirst().id;
    Interview i;
    i.topic = text;
    i.contactId = oddId;
    i.introducedById = oddId;
    i.connection = text;
    i.learningGoals = text;
    i.researchNotes = text;
    i.links = {text};
    i.agenda = text;
    i.location = text;
    i.scheduledAt = QDateTime(QDate(2026, 11, 26), QTime(15, 30));
    QVERIFY(m_interviews->insert(i));
    QVERIFY(m_interviews->setPlan(i.id, {PlannedQuestion{0, text}}));

    const PrepSheet s = sheet(i.id);
    QVERIFY(!s.toHtml().contains(text)); // only ever escaped
    const PrepSheetDocument document(s);
    const QString plain = document.toPlainText();
    // Topic, subtitle (name, role, organisation), five facts, goals, notes, link, agenda, question.
    QVERIFY2(plain.count(text) >= 13, qPrintable(plain));
    QVERIFY(!hasImageOrLink(document));
    QVERIFY2(document.deniedResources().isEmpty(), qPrintable(document.deniedResources().value(0).toString()));

    // Painting asks for no resource either.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PrepSheetDocument painted(s);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(PrepSheetDocument::defaultPageLayout());
    QVERIFY(painted.paintPages(&writer));
    QVERIFY(painted.deniedResources().isEmpty());
}

void TestPrepSheet::typicalInterviewFitsOnePage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("A4") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("Letter") << QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestPrepSheet::typicalInterviewFitsOnePage()
{
    QFETCH(QLocale, locale);
    const qint64 id = addTypicalInterview();
    QVERIFY(id > 0);
    PrepSheet s = sheet(id);
    s.locale = locale;
    PrepSheetDocument document(s);
    const int pages = document.layoutFor(PrepSheetDocument::defaultPageLayout(locale));
    QVERIFY2(pages == 1,
             qPrintable(QStringLiteral("%1 pages; text %2 high, page %3")
                            .arg(pages)
                            .arg(document.documentLayout()->documentSize().height())
                            .arg(document.pageSize().height())));
}

void TestPrepSheet::questionsShareTheFreeRoom_data()
{
    QTest::addColumn<int>("questions");
    QTest::addColumn<QLocale>("locale");
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("one question, A4") << 1 << uk;
    QTest::newRow("three, A4") << 3 << uk;
    QTest::newRow("six, Letter") << 6 << us;
    QTest::newRow("twelve, A4") << 12 << uk;
    QTest::newRow("forty, onto a second page") << 40 << uk;
    QTest::newRow("none") << 0 << uk;
}

// The room for notes under each question grows with what the page leaves free, never adding
// a page: a sheet with three questions gives each a third of the free space.
void TestPrepSheet::questionsShareTheFreeRoom()
{
    QFETCH(int, questions);
    QFETCH(QLocale, locale);
    const qint64 id = addTypicalInterview();
    QVERIFY(id > 0);
    PrepSheet s = sheet(id);
    s.locale = locale;
    s.questions.clear();
    for (int n = 0; n < questions; ++n)
        s.questions.append({0, TypicalQuestions.at(n % TypicalQuestions.size())});
    const QPageLayout layout = PrepSheetDocument::defaultPageLayout(locale);

    PrepSheetDocument document(s);
    const int pages = document.layoutFor(layout);
    // The same sheet with only its two ruled lines per question.
    QTextDocument plain;
    plain.setDocumentMargin(0);
    plain.setDefaultFont(document.defaultFont());
    plain.setUseDesignMetrics(true);
    plain.documentLayout()->setPaintDevice(document.documentLayout()->paintDevice());
    plain.setPageSize(document.pageSize());
    plain.setHtml(s.toHtml());
    const int plainPages = plain.pageCount();
    QCOMPARE(pages, plainPages);
    const qreal body = document.pageSize().height();
    const qreal freeAfter = pages * body - document.documentLayout()->documentSize().height();
    QVERIFY(freeAfter >= 0);
    if (questions == 0) {
        QCOMPARE(document.extraNoteRoom(), 0);
        return;
    }
    QVERIFY2(document.extraNoteRoom() > 0,
             qPrintable(QString::number(plainPages * body - plain.documentLayout()->documentSize().height())));
    QVERIFY(document.extraNoteRoom() <= body / 3); // never a page of nothing under one question
    // What is left free is less than one more pixel for each question, or the room is at most.
    QVERIFY2(freeAfter < questions + 2 || document.extraNoteRoom() >= int(body / 3),
             qPrintable(QStringLiteral("%1 px free, %2 px each").arg(freeAfter).arg(document.extraNoteRoom())));

    // As printed: the PDF has the same pages, every question and the reminders at the end.
    const QString pdf = m_dir->filePath(QStringLiteral("room.pdf"));
    document.setPageLayout(layout);
    QString error;
    int written = 0;
    QVERIFY2(document.writePdf(pdf, &error, &written), qPrintable(error));
    QCOMPARE(written, pages);
    if (questions == 3)
        keep(pdf, QStringLiteral("prepsheet-three-questions.pdf"));
}

void TestPrepSheet::longNotesFlowOntoMorePages()
{
    const qint64 id = addTypicalInterview();
    QVERIFY(id > 0);
    Interview i = *m_interviews->interview(id);
    QStringList lines;
    for (int n = 1; n <= 120; ++n)
        lines
            << QStringLiteral("Note %1: she moved from physics to analytics and now runs the forecasting team.").arg(n);
    lines << QStringLiteral("The very last words of the notes.");
    i.researchNotes = lines.join(QLatin1Char('\n'));
    QVERIFY(m_interviews->update(i));

    PrepSheetDocument document(sheet(id));
    document.setPageLayout(PrepSheetDocument::defaultPageLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    const QString pdf = m_dir->filePath(QStringLiteral("long.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(document.writePdf(pdf, &error, &pages), qPrintable(error));
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    keep(pdf, QStringLiteral("prepsheet-long.pdf"));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Note 120: she moved")));
    QVERIFY(text.contains(QStringLiteral("The very last words of the notes.")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QCOMPARE(text.count(QLatin1Char('\f')), pages); // pdftotext ends each page with a form feed
    QVERIFY(text.contains(TypicalQuestions.constLast()));
}

void TestPrepSheet::pdfTextMatches()
{
    const qint64 id = addTypicalInterview();
    QVERIFY(id > 0);
    PrepSheet s = sheet(id);
    s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    PrepSheetDocument document(s);
    const QString pdf = m_dir->filePath(QStringLiteral("sheet.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(document.writePdf(pdf, &error, &pages), qPrintable(error));
    QCOMPARE(pages, 1);
    keep(pdf, QStringLiteral("prepsheet-typical.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf).simplified();
    QStringList parts = {QStringLiteral("What a data team lead does all day"), QStringLiteral("Ada Lovelace"),
                         QStringLiteral("Questions")};
    for (int n = 0; n < TypicalQuestions.size(); ++n)
        parts << QStringLiteral("%1.").arg(n + 1) << TypicalQuestions.at(n);
    parts << QStringLiteral("Reminders") << QStringLiteral("Page 1 of 1");
    const QString missingPart = firstOutOfOrder(text, parts);
    QVERIFY2(missingPart.isEmpty(),
             qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(missingPart, text)));
}

void TestPrepSheet::failedWriteLeavesNoFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("folder missing") << QStringLiteral("missing/sheet.pdf");
    QTest::newRow("path is a folder") << QString();
}

void TestPrepSheet::failedWriteLeavesNoFile()
{
    QFETCH(QString, relativePath);
    const qint64 id = addTypicalInterview();
    QVERIFY(id > 0);
    const QString path = relativePath.isEmpty() ? m_dir->path() : m_dir->filePath(relativePath);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    PrepSheetDocument document(sheet(id));
    QString error;
    QVERIFY(!document.writePdf(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write “%1”: ").arg(path)), qPrintable(error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestPrepSheet::pageSizeFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("United States") << QLocale(QLocale::English, QLocale::UnitedStates) << int(QPageSize::Letter);
    QTest::newRow("Canada, French") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom) << int(QPageSize::A4);
    QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
    QTest::newRow("C") << QLocale::c() << int(QPageSize::A4);
}

void TestPrepSheet::pageSizeFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, pageSize);
    QCOMPARE(int(PrepSheetDocument::defaultPageSize(locale).id()), pageSize);
    QCOMPARE(int(PrepSheetDocument::defaultPageLayout(locale).pageSize().id()), pageSize);
}

void TestPrepSheet::suggestedFileName_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("name") << QStringLiteral("Ada") << QStringLiteral("Careers")
                          << QStringLiteral("Prep sheet – Ada.pdf");
    QTest::newRow("no name: topic") << QString() << QStringLiteral("Careers in data")
                                    << QStringLiteral("Prep sheet – Careers in data.pdf");
    QTest::newRow("nothing") << QString() << QString() << QStringLiteral("Prep sheet.pdf");
    QTest::newRow("slashes and colons") << QStringLiteral("A/B: C\\D") << QString()
                                        << QStringLiteral("Prep sheet – A B C D.pdf");
    QTest::newRow("markup and quotes") << QStringLiteral("<img src=\"x\">") << QString()
                                       << QStringLiteral("Prep sheet – img src= x.pdf");
    QTest::newRow("dots and control characters")
        << QStringLiteral("..hidden\tname\n") << QString() << QStringLiteral("Prep sheet – hidden name.pdf");
}

void TestPrepSheet::suggestedFileName()
{
    QFETCH(QString, firstName);
    QFETCH(QString, topic);
    QFETCH(QString, fileName);
    PrepSheet s;
    s.contact.firstName = firstName;
    s.interview.topic = topic;
    QCOMPARE(s.suggestedFileName(), fileName);
}

QTEST_MAIN(TestPrepSheet)
#include "tst_prepsheet.moc"
