// Prints what a user of Coffee Chat feels with a LinkedIn-sized network (30,000 connections):
// how long an import takes, how soon the window appears and how much memory it needs, how long
// an import in the window makes them wait and how long the window freezes meanwhile, how fast
// the list filters, and how 2,000 interviews weigh on start-up and on the pages that show them.
// Each figure is printed beside its target. A benchmark reports; it does not gate. Run it on an
// optimised build, see README.md here.
#include "documents/activityreport.h"
#include "guidedstartdialog.h"
#include "import/contactcsv.h"
#include "import/contactimport.h"
#include "import/importplan.h"
#include "importpreviewdialog.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "messages/myprofile.h"
#include "models/contactlistmodel.h"
#include "models/networkcache.h"
#include "models/starterlistmodel.h"
#include "pipelineview.h"
#include "platform.h"
#include "print/activityreportfile.h"
#include "progressview.h"
#include "session.h"
#include "storage/backups.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "targetsview.h"
#include "todayview.h"
#include "translations.h"
#include "workflow/guidedstart.h"
#include "workflow/network.h"
#include "workflow/workflow.h"
#include "workspace.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

constexpr int InterviewCount = 2000;

// A realistic current-format Connections.csv: preamble, accents, quoted commas, about 2 %
// empty rows, a URL for everyone, newest first, no final newline. Deterministic.
QByteArray generateConnections(int rows, bool withPreamble)
{
    static const char *firstNames[] = {"Maria", "José",  "Anna",   "Łukasz",  "Olu",      "Priya",
                                       "Seán",  "Zoë",   "Kai",    "Lena",    "Mohammed", "Wei",
                                       "Aoife", "Jonas", "Fatima", "Hiroshi", "Chloé",    "Dmitri"};
    static const char *lastNames[] = {"García",  "Müller", "Smith",  "Nowak",  "Okafor", "Patel",
                                      "O'Brien", "Rossi",  "Tanaka", "Dubois", "Kim",    "Johansson",
                                      "Nguyen",  "Silva",  "Cohen",  "Ivanova"};
    static const char *companies[] = {"Northwind Traders", "\"Contoso, Inc.\"", "Fabrikam", "Tailwind Traders",
                                      "Datum Corporation", "Woodgrove Bank",    "Litware",  "\"Adventure Works, LLC\""};
    static const char *positions[] = {"Software Engineer",   "Product Manager", "\"Director, Engineering\"",
                                      "Data Scientist",      "Recruiter",       "UX Researcher",
                                      "Engineering Manager", "Student"};
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QRandomGenerator random(42);
    QByteArray csv;
    csv.reserve(rows * 130);
    if (withPreamble)
        csv += "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
               "missing.\"\n\n";
    csv += "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    for (int i = 0; i < rows; ++i) {
        const int day = 1 + int(random.bounded(28));
        const QByteArray date = QByteArray::number(day).rightJustified(2, '0') + ' ' + months[random.bounded(12)] + ' '
            + QByteArray::number(2026 - i * 10 / rows);
        csv += '\n';
        if (random.bounded(100) < 2) {
            csv += ",,,,,," + date;
            continue;
        }
        const QByteArray first = firstNames[random.bounded(int(std::size(firstNames)))];
        const QByteArray last =
            QByteArray(lastNames[random.bounded(int(std::size(lastNames)))]) + ' ' + QByteArray::number(i);
        csv += first + ',' + last + ",https://www.linkedin.com/in/" + first.toLower().toPercentEncoding() + '-'
            + QByteArray::number(i) + ',' + (random.bounded(20) == 0 ? first.toLower() + "@example.com" : QByteArray())
            + ',' + companies[random.bounded(int(std::size(companies)))] + ','
            + positions[random.bounded(int(std::size(positions)))] + ',' + date;
    }
    return csv;
}

// The same people as a vCard 3.0 address book, as Apple Contacts writes one: a card per person
// with name, organisation, title, e-mail, the profile as a grouped URL and a category.
QByteArray generateVCards(const ImportPlan &plan)
{
    QByteArray vcf;
    vcf.reserve(plan.size() * 260);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const ImportPlan::Entry entry = plan.entry(i);
        if (entry.action == ImportPlan::Action::Skip)
            continue;
        const Contact &c = entry.contact;
        vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:" + c.lastName.toUtf8() + ';' + c.firstName.toUtf8() + ";;;\r\nFN:"
            + c.displayName().toUtf8() + "\r\nORG:" + QByteArray(c.company.toUtf8()).replace(',', "\\,") + "\r\nTITLE:"
            + QByteArray(c.position.toUtf8()).replace(',', "\\,") + "\r\nEMAIL;type=INTERNET;type=pref:person"
            + QByteArray::number(i) + "@example.com\r\nitem1.URL;type=pref:" + c.linkedInUrl.toUtf8()
            + "\r\nitem1.X-ABLabel:LinkedIn\r\nCATEGORIES:LinkedIn\r\nEND:VCARD\r\n";
    }
    return vcf;
}

// How an interview comes to be at `target`: forward one step at a time, as on the board;
// Declined and No reply end it after the outreach.
QList<std::pair<WorkflowEvent, Step>> movesTo(Step target)
{
    const Step last = target == Step::Completed ? Step::FollowUp : StepNames::isActive(target) ? target : Step::Contact;
    const QList<Step> active = StepNames::active();
    QList<std::pair<WorkflowEvent, Step>> moves;
    for (int i = 1; i < active.size() && active.at(i - 1) != last; ++i)
        moves.append({WorkflowEvent::Advance, active.at(i)});
    if (target == Step::Completed)
        moves.append({WorkflowEvent::Advance, Step::Completed});
    else if (target == Step::Declined)
        moves.append({WorkflowEvent::Decline, Step::Declined});
    else if (target == Step::NoReply)
        moves.append({WorkflowEvent::GiveUp, Step::NoReply});
    return moves;
}

// Adds `count` interviews with people of the network, spread over every step and a few
// organisations, each with the recorded transitions that brought it there; those that went past
// Contact over the last six months (the Progress page's weeks), one in ten of them with a referral. Returns the ids of
// those in Follow up (they have the longest history of the active ones), or none on failure.
QList<qint64> addInterviews(const QString &databasePath, int count)
{
    Database database;
    if (!database.open(databasePath))
        return {};
    const QList<ContactMatchKey> people = ContactStore(&database).allForMatching();
    OrganisationStore organisations(&database);
    InterviewStore interviews(&database);
    QList<qint64> organisationIds;
    for (const char *name : {"Northwind Traders", "Contoso, Inc.", "Fabrikam", "Tailwind Traders", "Datum Corporation",
                             "Woodgrove Bank", "Litware", "Adventure Works, LLC"}) {
        Organisation organisation;
        organisation.name = QString::fromUtf8(name);
        if (!organisations.insert(organisation))
            return {};
        organisationIds << organisation.id;
    }
    QRandomGenerator random(7);
    const QDateTime now = QDateTime::currentDateTime();
    const QList<Step> steps = StepNames::all();
    QList<qint64> inFollowUp;
    for (int i = 0; i < count; ++i) {
        Interview interview;
        interview.topic = QStringLiteral("What the work is like, day to day (%1)").arg(i);
        interview.learningGoals = QStringLiteral("How they got there\nWhat they would do differently");
        interview.contactId = people.at(random.bounded(int(people.size()))).id;
        interview.organisationId = organisationIds.at(random.bounded(int(organisationIds.size())));
        if (!interviews.insert(interview))
            return {};
        const Step target = steps.at(i % steps.size());
        const QList<std::pair<WorkflowEvent, Step>> moves = movesTo(target);
        const bool recent = target == Step::Contact || target == Step::Conduct; // Today's business
        const QDateTime end = recent ? now : now.addDays(-int(random.bounded(180)));
        for (qsizetype m = 0; m < moves.size(); ++m) {
            const QDateTime at = end.addDays(-3 * (moves.size() - m));
            const auto [event, to] = moves.at(m);
            InterviewEvent recorded;
            recorded.interviewId = interview.id;
            recorded.at = at;
            recorded.from = interview.step;
            recorded.to = to;
            recorded.event = event;
            interview = Workflow::applied(interview, event, to, at.date());
            if (to == Step::Conduct)
                interview.outreachSentOn = at.date();
            if (to == Step::FollowUp)
                interview.scheduledAt = at;
            if (!interviews.recordTransition(interview, recorded))
                return {};
        }
        if (target == Step::Conduct) { // conversations coming up, and some past due, for Today
            interview.scheduledAt = now.addDays(int(random.bounded(14)) - 4);
            if (!interviews.update(interview))
                return {};
        }
        if (target == Step::FollowUp)
            inFollowUp << interview.id;
        if ((target == Step::FollowUp || target == Step::Completed) && i % 10 < 2
            && !interviews.addReferral(interview.id, people.at(random.bounded(int(people.size()))).id,
                                       interview.scheduledAt.date().addDays(3)))
            return {};
    }
    return inFollowUp;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A database holding the file's contacts, written as the window and `coffeechat import` write.
bool importInto(const QString &databasePath, const ContactImport::Prepared &prepared)
{
    Database database;
    if (!database.open(databasePath))
        return false;
    ContactStore store(&database);
    ContactImport::Applied applied;
    QString error;
    return ContactImport::apply(store, prepared, &applied, &error);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// The median of `repeat` runs; negative as soon as one fails.
double medianOf(int repeat, const std::function<double()> &run)
{
    QList<double> values;
    for (int i = 0; i < repeat; ++i) {
        const double value = run();
        if (value < 0)
            return -1;
        values << value;
    }
    return median(values);
}

// One figure beside its target: met, or by how much it missed.
void figure(const QString &what, double value, const char *unit, double target, int decimals = 1,
            bool strictlyBelow = false)
{
    const bool met = strictlyBelow ? value < target : value <= target;
    const QString u = QString::fromUtf8(unit);
    const QString verdict =
        met ? QStringLiteral("met") : QStringLiteral("MISSED by %1 %2").arg(value - target, 0, 'f', decimals).arg(u);
    std::printf("%s %s  %s  %s\n", qUtf8Printable(what.leftJustified(58)),
                qUtf8Printable(QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(u).rightJustified(11)),
                qUtf8Printable(QStringLiteral("%1 %2 %3")
                                   .arg(strictlyBelow ? QStringLiteral("<") : QStringLiteral("≤"))
                                   .arg(target, 0, 'f', decimals)
                                   .arg(u)
                                   .leftJustified(12)),
                qUtf8Printable(verdict));
}

// A figure for finding where time goes, without a target.
void info(const QString &what, double value, const char *unit, int decimals = 1)
{
    std::printf(
        "%s %s\n", qUtf8Printable(what.leftJustified(58)),
        qUtf8Printable(
            QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QString::fromUtf8(unit)).rightJustified(11)));
}

void heading(const char *title)
{
    std::printf("\n%s\n", title);
}

bool finishedWell(QProcess &process, const QString &program, const QStringList &arguments)
{
    if (process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    std::fprintf(stderr, "failed: %s %s\n%s%s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardOutput().constData(), process.readAllStandardError().constData());
    return false;
}

// Wall time of a whole process, in ms; negative when it failed.
double timeProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!finishedWell(process, program, arguments))
        return -1;
    return msSince(timer);
}

// The window's process as a user starts it, with `--smoke-test` (it says when its main window is
// exposed, then quits), on the offscreen platform, with a home and XDG folders of its own
// (empty: a user's settings must not leak in).
QProcessEnvironment windowEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = home + u'/' + QString::fromLatin1(name).toLower();
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QString::fromLatin1(name), folder);
    }
    return environment;
}

QStringList windowArguments(const QString &databasePath)
{
    return {QStringLiteral("--smoke-test"), QStringLiteral("--database"), databasePath};
}

// The time from starting the window's process to its main window being exposed, in ms;
// negative when it failed.
double timeWindowProcess(const QString &coffeechat, const QString &databasePath, const QString &home)
{
    const QStringList arguments = windowArguments(databasePath);
    QProcess process;
    process.setProcessEnvironment(windowEnvironment(home));
    QElapsedTimer timer;
    timer.start();
    process.start(coffeechat, arguments);
    QByteArray output;
    while (!output.contains("Main window shown")) {
        if (!process.waitForReadyRead(30000))
            break;
        output += process.readAllStandardOutput();
    }
    const double ms = msSince(timer);
    if (!finishedWell(process, coffeechat, arguments) || !output.contains("Main window shown"))
        return -1;
    return ms;
}

// `coffeechat_benchmark --peak-memory-of PROGRAM ARGUMENTS...` runs the program and prints its
// peak memory. A child's peak includes the memory of the process that started it (until the
// new program is loaded, the child is a copy of it, or shares it), so the window's peak is
// measured from this small process rather than from the benchmark, which holds a whole network.
constexpr char PeakMemoryOption[] = "--peak-memory-of";
constexpr char PeakMemoryAnswer[] = "peak memory KiB: ";

int printPeakMemoryOf(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(2);
    const QString program = arguments.takeFirst();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!finishedWell(process, program, arguments))
        return 1;
    std::printf("%s%lld\n", PeakMemoryAnswer, peakChildMemoryKiB());
    return 0;
}

// The peak memory of the window's process, in MiB, measured as above; negative when unknown.
double windowPeakMemory(const QString &coffeechat, const QString &databasePath, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(windowEnvironment(home));
    const QStringList arguments =
        QStringList{QString::fromLatin1(PeakMemoryOption), coffeechat} + windowArguments(databasePath);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!finishedWell(process, QCoreApplication::applicationFilePath(), arguments))
        return -1;
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.lastIndexOf(PeakMemoryAnswer);
    const long long kib =
        at < 0 ? -1 : output.mid(at + qsizetype(std::size(PeakMemoryAnswer)) - 1).trimmed().toLongLong();
    return kib < 0 ? -1 : double(kib) / 1024;
}

// Runs the event loop until `done` holds, checking about every millisecond; false when it still
// does not after `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.hasExpired(timeoutMs))
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    if (!done()) {
        std::fprintf(stderr, "gave up waiting after %d ms\n", timeoutMs);
        return false;
    }
    return true;
}

bool isExposed(const QWidget *widget)
{
    return widget->isVisible() && widget->windowHandle() && widget->windowHandle()->isExposed();
}

// The longest the UI thread went without coming back to its event loop, as seen by a timer that
// asks to run every 5 ms: how long, at worst, the window froze while the probe lived.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = std::max(m_longest, msSince(m_sinceTick));
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_timer.start(5);
    }
    double longestMs() const { return std::max(m_longest, msSince(m_sinceTick)); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

// Notes when a widget is painted, so a timing can stop once the user sees it.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// Shows the session's window and waits until it is on screen, its contact list has loaded and
// the day's first backup is made (on the UI thread, a moment after start; only after the
// integrity check, so the database then takes writes). None of that is timed by what follows.
bool showAndSettle(Session &session)
{
    MainWindow *window = session.window();
    window->show();
    const Backups backups(session.database()->path());
    return waitUntil([&] {
        return isExposed(window) && !session.workspace()->contactModel->isLoading() && !backups.list().isEmpty();
    });
}

struct GuiImport {
    double previewShown = -1; // from opening the file to its preview on screen
    double listFilled = -1; // from confirming to the contact list showing everyone
    double previewStall = -1; // the UI thread's longest stall during the first
    double confirmStall = -1; // and during the second
};

// An import as the user makes it: a Connections.csv opened in (or dropped on) the window of a
// session on an empty database, its preview confirmed.
GuiImport timeGuiImport(const QString &csvPath, const QString &databasePath, int expectedContacts)
{
    GuiImport times;
    Session session;
    if (!session.start(databasePath) || !showAndSettle(session))
        return times;
    MainWindow *window = session.window();
    const ContactListModel *list = session.workspace()->contactModel;
    auto probe = std::make_unique<StallProbe>();
    QElapsedTimer timer;
    timer.start();
    window->openFile(csvPath);
    ImportPreviewDialog *preview = nullptr;
    if (!waitUntil([&] {
            preview = window->findChild<ImportPreviewDialog *>(QStringLiteral("importPreviewDialog"));
            return preview && isExposed(preview);
        }))
        return times;
    times.previewShown = msSince(timer);
    times.previewStall = probe->longestMs();
    auto *importButton = preview->findChild<QPushButton *>(QStringLiteral("importButton"));
    if (!importButton)
        return times;
    probe = std::make_unique<StallProbe>();
    timer.restart();
    importButton->click();
    if (!waitUntil([&] { return list->rowCount() == expectedContacts; }))
        return times;
    times.listFilled = msSince(timer);
    times.confirmStall = probe->longestMs();
    return times;
}

struct PageTimes {
    double board = -1;
    double today = -1;
    double interview = -1;
    double progress = -1;
    double progressThreeMonths = -1;
    double progressAll = -1;
    int progressWeeks = 0;
};

// In a freshly started session: the Interviews board opened from Today, Today opened from the
// board, then an interview page, each timed until it has been painted.
PageTimes timePages(const QString &databasePath, qint64 interviewId)
{
    PageTimes times;
    Session session;
    if (!session.start(databasePath) || !showAndSettle(session))
        return times;
    MainWindow *window = session.window();
    const auto timeUntilPainted = [](QWidget *page, const std::function<void()> &open) {
        PaintWatcher watcher(page);
        QElapsedTimer timer;
        timer.start();
        open();
        return waitUntil([&] { return watcher.painted; }) ? msSince(timer) : -1;
    };
    window->showPage(MainWindow::TodayPage);
    times.board = timeUntilPainted(window->pipeline(), [&] { window->showPage(MainWindow::InterviewsPage); });
    times.today = timeUntilPainted(window->today(), [&] { window->showPage(MainWindow::TodayPage); });
    // The Progress page: shown (its last four weeks), then each longer period chosen; each read,
    // computed and drawn until the chart has been painted.
    ProgressView *progress = window->progress();
    QWidget *chart = progress->findChild<QChartView *>()->viewport();
    times.progress = timeUntilPainted(chart, [&] { window->showPage(MainWindow::ProgressPage); });
    times.progressThreeMonths = timeUntilPainted(chart, [&] { progress->setRange(Progress::Range::ThreeMonths); });
    times.progressAll = timeUntilPainted(chart, [&] { progress->setRange(Progress::Range::All); });
    times.progressWeeks = int(progress->progress().weeks.size());
    QElapsedTimer timer;
    timer.start();
    QPointer<InterviewDialog> dialog = window->openInterview(interviewId, Step::FollowUp);
    if (!dialog)
        return times;
    PaintWatcher watcher(dialog);
    if (waitUntil([&] { return watcher.painted; }))
        times.interview = msSince(timer);
    dialog->close();
    return times;
}

// File › Activity Report… and `coffeechat report`: twelve months read, laid out, written; then
// where that time goes, step by step.
bool benchmarkReport(const QString &interviewsDb, int repeat, const QString &pdfPath)
{
    const auto lastTwelveMonths = [](Database &database) {
        const QDate lastDay = QDate::currentDate();
        return ActivityReport::collect(InterviewStore(&database), lastDay.addYears(-1).addDays(1), lastDay);
    };
    QList<double> report;
    int pages = 0;
    qsizetype activities = 0;
    for (int i = 0; i < repeat; ++i) {
        Database database;
        if (!database.open(interviewsDb))
            return false;
        QElapsedTimer timer;
        timer.start();
        const ActivityReport collected = lastTwelveMonths(database);
        QString summary;
        QString error;
        if (!ActivityReportFile::write(collected, pdfPath, &summary, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        report << double(timer.nsecsElapsed()) / 1e6;
        activities = collected.activities.size();
        pages = ActivityReportFile::document(collected)->pageCount();
    }
    figure(QStringLiteral("12-month activity report as PDF (%1 activities, %2 pages)").arg(activities).arg(pages),
           median(report), "ms", 1000, 0);
    // Where that time goes, once more step by step.
    {
        Database database;
        if (!database.open(interviewsDb))
            return false;
        QElapsedTimer timer;
        timer.start();
        const ActivityReport collected = lastTwelveMonths(database);
        info(QStringLiteral("  the interviews read, activities collected"), msSince(timer), "ms");
        timer.restart();
        const QString html = collected.toHtml();
        info(QStringLiteral("  the HTML made"), msSince(timer), "ms");
        timer.restart();
        const std::unique_ptr<PagedDocument> document = ActivityReportFile::document(collected);
        info(QStringLiteral("  the HTML parsed"), msSince(timer), "ms");
        timer.restart();
        document->pageCount(); // QTextDocument lays out when asked
        info(QStringLiteral("  laid out in pages"), msSince(timer), "ms");
        timer.restart();
        QString error;
        if (!document->writePdf(pdfPath, &error))
            return false;
        info(QStringLiteral("  painted into the PDF and written"), msSince(timer), "ms");
    }
    return true;
}

} // namespace

// A network like a real one: `rows` people at about rows / 5 employers, a few large (the largest
// with a twentieth of everyone: 1,500 of 30,000) and most with a handful, the larger ones written
// several ways ("Employer 3", "Employer 3, Inc.", "EMPLOYER 3 LLC"), as LinkedIn exports have them.
QList<Contact> generateNetwork(int rows)
{
    static const char *positions[] = {"Product Manager",   "Senior Product Manager", "UX Designer",
                                      "Software Engineer", "Director of Product",    "Product Intern",
                                      "Head of Design",    "Data Scientist",         "Engineering Manager",
                                      "Recruiter",         "VP Engineering",         "Marketing Lead"};
    QRandomGenerator random(7);
    QList<Contact> people;
    people.reserve(rows);
    const auto add = [&](int employer, int count) {
        for (int i = 0; i < count && people.size() < rows; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person");
            c.lastName = QString::number(people.size());
            const QString name = QStringLiteral("Employer %1").arg(employer);
            const int spelling = employer < 100 ? int(random.bounded(3)) : 0;
            c.company = spelling == 0 ? name
                : spelling == 1       ? QString(name + QStringLiteral(", Inc."))
                                      : QString(name.toUpper() + QStringLiteral(" LLC"));
            c.position = QString::fromLatin1(positions[random.bounded(int(std::size(positions)))]);
            const int r = int(random.bounded(100));
            c.relationship = r < 3 ? Relationship::Alumni
                : r < 4            ? Relationship::Friend
                : r < 5            ? Relationship::Colleague
                : r < 6            ? Relationship::Referral
                                   : Relationship::LinkedIn;
            people << c;
        }
    };
    add(0, rows / 20);
    for (int e = 1; e < 10; ++e)
        add(e, rows / 100);
    for (int e = 10; e < 100; ++e)
        add(e, rows / 600);
    for (int e = 100; people.size() < rows; ++e)
        add(e, 1 + int(random.bounded(6)));
    return people;
}

// Targets: the network grouped by employer (on a worker thread in the app), whom to ask first at
// the largest employer, and the Targets page opened and a target chosen in the real window.
bool benchmarkTargets(const QString &databasePath, int rows, int repeat)
{
    heading("Targets: the network by employer, and whom to ask first");
    const QList<Contact> generated = generateNetwork(rows);
    {
        Database database;
        if (!database.open(databasePath))
            return false;
        ContactStore contacts(&database);
        ContactBatch batch;
        batch.inserts = generated;
        QString error;
        if (!contacts.apply(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        OrganisationStore organisations(&database);
        for (int e = 0; e < 5; ++e) {
            Organisation o;
            o.name = QStringLiteral("Employer %1").arg(e);
            o.target = true;
            o.motivation = 3 - e % 3;
            if (!organisations.insert(o, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return false;
            }
        }
    }
    Database database;
    if (!database.open(databasePath))
        return false;
    const ContactStore contacts(&database);
    QList<NetworkPerson> people;
    const double readMs = medianOf(repeat, [&] {
        QElapsedTimer timer;
        timer.start();
        people = contacts.network();
        return msSince(timer);
    });
    Network network;
    const double groupMs = medianOf(repeat, [&] {
        QElapsedTimer timer;
        timer.start();
        network = Network::build(people);
        return msSince(timer);
    });
    const Network::Employer &largest = network.employers().constFirst();
    const QList<NetworkPerson> atLargest = network.peopleAt(largest.name);
    QList<Starters::Starter> ranked;
    const QStringList roles = {QStringLiteral("product management"), QStringLiteral("UX design")};
    const double rankMs = medianOf(repeat, [&] {
        QElapsedTimer timer;
        timer.start();
        ranked = Starters::rank(atLargest, roles);
        return msSince(timer);
    });
    info(QStringLiteral("%1 contacts read for grouping (worker thread)").arg(people.size()), readMs, "ms");
    figure(QStringLiteral("grouped into %1 employers (worker thread)").arg(network.employers().size()), groupMs, "ms",
           200);
    figure(QStringLiteral("whom to ask first at %1 (%2 people ranked)").arg(largest.name).arg(ranked.size()), rankMs,
           "ms", 20);

    QList<double> targetsPage, largestTarget, stalls;
    for (int i = 0; i < repeat; ++i) {
        Session session;
        if (!session.start(databasePath) || !showAndSettle(session))
            return false;
        Workspace *workspace = session.workspace();
        if (!waitUntil([&] { return !workspace->network->isLoading(); }))
            return false;
        MainWindow *window = session.window();
        auto *view = window->findChild<TargetsView *>();
        PaintWatcher pageWatcher(view);
        QElapsedTimer timer;
        timer.start();
        window->showPage(MainWindow::TargetsPage);
        if (!waitUntil([&] { return pageWatcher.painted; }))
            return false;
        targetsPage << msSince(timer);
        // Another target first, then the largest: its 1,500 people ranked and shown.
        view->selectTarget(workspace->organisations->findByName(QStringLiteral("Employer 1"))->id);
        QCoreApplication::processEvents();
        auto *starterTable = view->findChild<QTableView *>(QStringLiteral("starterTable"));
        PaintWatcher peopleWatcher(starterTable->viewport());
        timer.restart();
        view->selectTarget(workspace->organisations->findByName(largest.name)->id);
        if (!waitUntil([&] { return peopleWatcher.painted && starterTable->model()->rowCount() == ranked.size(); }))
            return false;
        largestTarget << msSince(timer);
        // A contact edited: the network is read and grouped again on a worker thread; how long
        // the window went without answering meanwhile.
        StallProbe probe;
        Contact edited = *workspace->contacts->contact(
            starterTable->model()->index(0, 0).data(StarterListModel::ContactIdRole).toLongLong());
        edited.position = QStringLiteral("Principal Product Manager");
        bool rebuilt = false;
        const QMetaObject::Connection heard =
            QObject::connect(workspace->network, &NetworkCache::changed, view, [&rebuilt] { rebuilt = true; });
        ContactBatch batch;
        batch.updates << edited;
        if (!workspace->contacts->apply(batch))
            return false;
        const bool done = waitUntil([&] { return rebuilt; });
        QObject::disconnect(heard);
        if (!done)
            return false;
        stalls << probe.longestMs();
    }
    figure(QStringLiteral("Targets page opened, 5 targets (in-process)"), median(targetsPage), "ms", 100, 0);
    figure(QStringLiteral("a target with %1 people chosen, ranked and shown").arg(ranked.size()), median(largestTarget),
           "ms", 100, 0);
    figure(QStringLiteral("longest UI stall while the network is grouped again"), median(stalls), "ms", 50, 0);
    return true;
}

// The guided start on a 30,000-person network, in the real window: each step from the click that
// asks for it until it is painted, suggesting targets, ranking the people at five of them and
// making the interviews included. Every run starts from a copy of the same database.
bool benchmarkGuide(const QString &databasePath, int rows, int repeat)
{
    heading("Guided start: each step, from the click to the step on screen");
    {
        Database database;
        if (!database.open(databasePath))
            return false;
        ContactStore contacts(&database);
        ContactBatch batch;
        batch.inserts = generateNetwork(rows);
        // Titles as people write them, nearly every one different ("Product Manager, Payments
        // 212"): the roles explored are matched against each distinct title once.
        static const char *areas[] = {"Payments", "Search", "Ads", "Cloud", "Retail", "Health"};
        QRandomGenerator random(3);
        for (Contact &c : batch.inserts)
            c.position += QStringLiteral(", %1 %2")
                              .arg(QLatin1String(areas[random.bounded(int(std::size(areas)))]))
                              .arg(random.bounded(500));
        QString error;
        if (!contacts.apply(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    MyProfile profile = MyProfile::load();
    profile.exploring = {QStringLiteral("product management"), QStringLiteral("UX design")};
    profile.name = QStringLiteral("Ada Byron");
    profile.save();
    QList<QList<double>> steps(GuidedStartProgress::StepCount);
    for (int run = 0; run < repeat; ++run) {
        const QString copy = databasePath + QStringLiteral(".run%1").arg(run);
        QFile::remove(copy);
        if (!QFile::copy(databasePath, copy))
            return false;
        GuidedStartProgress().save();
        Session session;
        if (!session.start(copy) || !showAndSettle(session))
            return false;
        Workspace *workspace = session.workspace();
        if (!waitUntil([&] { return !workspace->network->isLoading(); }))
            return false;
        MainWindow *window = session.window();
        QElapsedTimer timer;
        timer.start();
        GuidedStartDialog *dialog = window->showGuidedStart();
        auto *pages = dialog->findChild<QStackedWidget *>();
        {
            PaintWatcher watcher(pages->widget(GuidedStartProgress::NetworkStep));
            if (!waitUntil([&] { return watcher.painted && isExposed(dialog); }))
                return false;
            steps[GuidedStartProgress::NetworkStep] << msSince(timer);
        }
        auto *next = dialog->findChild<QPushButton *>(QStringLiteral("guideNext"));
        auto *skip = dialog->findChild<QPushButton *>(QStringLiteral("guideSkip"));
        for (int step = GuidedStartProgress::ExploringStep; step < GuidedStartProgress::StepCount; ++step) {
            PaintWatcher watcher(pages->widget(step));
            timer.restart();
            // The message step goes on without sending: its Next is Skip's.
            (step == GuidedStartProgress::NextStep ? skip : next)->click();
            if (!waitUntil([&] { return watcher.painted && dialog->step() == step; }))
                return false;
            steps[step] << msSince(timer);
        }
        if (dialog->progress().interviews.size() != 5) {
            std::fprintf(stderr, "the guide made %d interviews, not 5\n", int(dialog->progress().interviews.size()));
            return false;
        }
        dialog->close();
        session.window()->close();
        QCoreApplication::processEvents();
    }
    const char *names[] = {"1. your network (the guide opened)",
                           "2. what you are exploring (titles counted)",
                           "3. five targets suggested from the network",
                           "4. whom to ask first at the five",
                           "5. first message (5 interviews made, composer)",
                           "6. what happens next"};
    for (int step = 0; step < GuidedStartProgress::StepCount; ++step)
        figure(QString::fromLatin1(names[step]), median(steps.at(step)), "ms", 300, 0);
    return true;
}

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], PeakMemoryOption) == 0)
        return printPeakMemoryOf(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform warns about every window it sizes; that is noise here.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            defaultHandler(type, context, message);
    });
    QApplication app(argc, argv);
    installTranslations(&app); // the window's texts, as the app shows them
    QStandardPaths::setTestModeEnabled(true); // the in-process windows' settings stay out of the user's
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Coffee Chat benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Connections to generate."),
                                        QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."),
                                          QStringLiteral("k"), QStringLiteral("5"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption coffeechatOption(QStringLiteral("coffeechat"),
                                              QStringLiteral("The coffeechat executable."), QStringLiteral("path"),
                                              QStringLiteral(COFFEECHAT_EXECUTABLE));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated files and databases, and say where."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only this figure, after generating the data: report."),
                                        QStringLiteral("figure"));
    parser.addOptions({rowsOption, repeatOption, sqliteOption, coffeechatOption, keepOption, onlyOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString sqlite = parser.value(sqliteOption);
    const QString coffeechat = parser.value(coffeechatOption);

    QTemporaryDir dir;
    if (parser.isSet(keepOption)) {
        dir.setAutoRemove(false);
        std::printf("Generated files are kept in %s\n", qPrintable(dir.path()));
    }
    const auto path = [&dir](const QString &name) { return dir.filePath(name); };
    const QString csvPath = path(QStringLiteral("Connections.csv"));
    const QString plainCsvPath = path(QStringLiteral("plain.csv"));
    const QByteArray csv = generateConnections(rows, true);
    if (!writeFile(csvPath, csv) || !writeFile(plainCsvPath, generateConnections(rows, false)))
        return 1;
    std::printf("Coffee Chat benchmark: %d generated connections (%.1f MB), median of %d runs\n", rows,
                double(csv.size()) / 1e6, repeat);

    // The network, and the same network with interviews, imported as the app imports.
    const QString networkDb = path(QStringLiteral("network.sqlite"));
    const QString interviewsDb = path(QStringLiteral("interviews.sqlite"));
    const ContactImport::Prepared prepared = ContactImport::prepare(csvPath, nullptr);
    if (!prepared.ok || !importInto(networkDb, prepared) || !importInto(interviewsDb, prepared))
        return 1;
    const QList<qint64> interviewsInFollowUp = addInterviews(interviewsDb, InterviewCount);
    if (interviewsInFollowUp.isEmpty())
        return 1;
    if (parser.value(onlyOption) == QLatin1String("report"))
        return benchmarkReport(interviewsDb, repeat, path(QStringLiteral("report.pdf"))) ? 0 : 1;
    if (parser.value(onlyOption) == QLatin1String("targets"))
        return benchmarkTargets(path(QStringLiteral("targets.sqlite")), rows, repeat) ? 0 : 1;
    if (parser.value(onlyOption) == QLatin1String("guide"))
        return benchmarkGuide(path(QStringLiteral("guide.sqlite")), rows, repeat) ? 0 : 1;
    const QString emptyDb = path(QStringLiteral("empty.sqlite"));
    int contactCount = 0;
    {
        Database empty;
        if (!empty.open(emptyDb))
            return 1;
        Database database;
        if (!database.open(networkDb))
            return 1;
        contactCount = ContactStore(&database).count();
    }

    heading("Start-up: `coffeechat --smoke-test`, whole process, until the main window is exposed");
    {
        int runs = 0;
        const auto home = [&] { return path(QStringLiteral("home-%1").arg(++runs)); };
        // A warm-up run: the executable, Qt's plugins and the fonts come into the page cache.
        timeWindowProcess(coffeechat, networkDb, home());
        const double shownMs = medianOf(repeat, [&] { return timeWindowProcess(coffeechat, networkDb, home()); });
        const double emptyMs = medianOf(repeat, [&] { return timeWindowProcess(coffeechat, emptyDb, home()); });
        const double peakMiB = medianOf(repeat, [&] { return windowPeakMemory(coffeechat, networkDb, home()); });
        if (shownMs < 0 || emptyMs < 0)
            return 1;
        figure(QStringLiteral("main window shown, %1 contacts").arg(contactCount), shownMs, "ms", 250, 0);
        info(QStringLiteral("  for reference: the same with an empty database"), emptyMs, "ms", 0);
        if (peakMiB >= 0)
            figure(QStringLiteral("peak memory of that process"), peakMiB, "MiB", 100, 0);
        else
            std::printf("peak memory of that process: not known on this system\n");
    }

    heading("Import: `coffeechat import`, whole process");
    const QString importDb = path(QStringLiteral("import.sqlite"));
    {
        const QString sqliteDb = path(QStringLiteral("sqlite3.sqlite"));
        const double sqliteMs = medianOf(repeat, [&] {
            removeDatabase(sqliteDb);
            return timeProcess(sqlite, {sqliteDb},
                               QByteArray(".import --csv ") + plainCsvPath.toUtf8() + " connections\n");
        });
        const QStringList importArguments = {QStringLiteral("import"), csvPath, QStringLiteral("--database"), importDb};
        const double importMs = medianOf(repeat, [&] {
            removeDatabase(importDb);
            return timeProcess(coffeechat, importArguments);
        });
        const double reimportMs = medianOf(repeat, [&] { return timeProcess(coffeechat, importArguments); });
        if (sqliteMs < 0 || importMs < 0 || reimportMs < 0)
            return 1;
        figure(QStringLiteral("into an empty database"), importMs, "ms", 350, 0);
        figure(QStringLiteral("again, every row matching"), reimportMs, "ms", 350, 0);
        info(QStringLiteral("  for reference: sqlite3 shell .import --csv, plain table"), sqliteMs, "ms", 0);

        // The same people from a vCard file: each card is parsed by KContacts.
        const QString vcfPath = path(QStringLiteral("contacts.vcf"));
        const QString vcfDb = path(QStringLiteral("vcard.sqlite"));
        if (!writeFile(vcfPath, generateVCards(prepared.plan)))
            return 1;
        const QStringList vcfArguments = {QStringLiteral("import"), vcfPath, QStringLiteral("--database"), vcfDb};
        const double vcfMs = medianOf(repeat, [&] {
            removeDatabase(vcfDb);
            return timeProcess(coffeechat, vcfArguments);
        });
        if (vcfMs < 0)
            return 1;
        info(QStringLiteral("  the same people as a vCard 3.0 file, into an empty database"), vcfMs, "ms", 0);
    }

    // Where an import's time goes, in-process, step by step, one after another on one thread.
    {
        Database database;
        if (!database.open(path(QStringLiteral("breakdown.sqlite"))))
            return 1;
        ContactStore store(&database);
        QElapsedTimer timer;
        const auto lap = [&timer] {
            const double ms = msSince(timer);
            timer.restart();
            return ms;
        };
        timer.start();
        const csv::ParseResult parsed = csv::parse(csv);
        const contactcsv::Layout layout = contactcsv::detectLayout(parsed.table);
        const double parseMs = lap();
        const QList<linkedin::Row> contactRows = contactcsv::readRows(parsed.table, layout);
        const double mapMs = lap();
        const ImportPlan plan = ImportPlan::build(contactRows, store.allForMatching());
        const double planMs = lap();
        ContactBatch batch = plan.batch();
        if (!store.apply(batch))
            return 1;
        const double writeMs = lap();
        const QList<Contact> all = store.all();
        const double readMs = lap();
        const QList<ContactMatchKey> forMatching = store.allForMatching();
        const double readForMatchingMs = lap();
        const ImportPlan again = ImportPlan::build(contactRows, forMatching);
        const double replanMs = lap();
        info(QStringLiteral("  in-process: decode and parse the CSV"), parseMs, "ms");
        info(QStringLiteral("  in-process: map records to contacts"), mapMs, "ms");
        info(QStringLiteral("  in-process: plan into an empty database"), planMs, "ms");
        info(QStringLiteral("  in-process: write (one transaction)"), writeMs, "ms");
        info(QStringLiteral("  in-process: read every contact back (as the list does)"), readMs, "ms");
        info(QStringLiteral("  in-process: read them for matching (as a re-import does)"), readForMatchingMs, "ms");
        info(QStringLiteral("  in-process: plan again, every row matching"), replanMs, "ms");
    }

    heading("Import in the window: open the file, confirm the preview (in-process, real MainWindow)");
    {
        QList<double> preview, filled, previewStall, confirmStall, stall;
        for (int i = 0; i < repeat; ++i) {
            const GuiImport times =
                timeGuiImport(csvPath, path(QStringLiteral("window-import-%1.sqlite").arg(i)), contactCount);
            if (times.confirmStall < 0)
                return 1;
            preview << times.previewShown;
            filled << times.listFilled;
            previewStall << times.previewStall;
            confirmStall << times.confirmStall;
            stall << std::max(times.previewStall, times.confirmStall);
        }
        figure(QStringLiteral("file opened → preview shown"), median(preview), "ms", 500, 0);
        figure(QStringLiteral("confirmed → contact list filled"), median(filled), "ms", 1000, 0);
        figure(QStringLiteral("longest stall of the UI thread, both steps"), median(stall), "ms", 50, 0);
        info(QStringLiteral("  longest stall while the preview was prepared and shown"), median(previewStall), "ms", 0);
        info(QStringLiteral("  longest stall after confirming"), median(confirmStall), "ms", 0);
    }

    heading("Filter the contact list, per keystroke (ContactListModel::setFilterText)");
    {
        Database database;
        if (!database.open(networkDb))
            return 1;
        ContactStore store(&database);
        ContactListModel model(&store);
        QList<double> perKey;
        double slowest = 0;
        QString slowestText;
        for (const QString &query : {QStringLiteral("maria"), QStringLiteral("north"), QStringLiteral("engineer"),
                                     QStringLiteral("sa"), QStringLiteral("jo smi"), QStringLiteral("zzz")}) {
            for (int length = 1; length <= query.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                model.setFilterText(query.left(length));
                perKey << msSince(timer);
                if (perKey.constLast() > slowest) {
                    slowest = perKey.constLast();
                    slowestText = query.left(length);
                }
            }
            model.setFilterText(QString());
        }
        figure(QStringLiteral("median"), median(perKey), "ms", 5, 1, true);
        figure(QStringLiteral("slowest (typing “%1”)").arg(slowestText), slowest, "ms", 5, 1, true);
    }

    heading("Many interviews: the same network with 2,000 interviews and their histories");
    {
        int runs = 0;
        const auto run = [&](const QString &databasePath) {
            return timeWindowProcess(coffeechat, databasePath,
                                     path(QStringLiteral("home-with-interviews-%1").arg(++runs)));
        };
        run(interviewsDb); // warm-up
        QList<double> without, with;
        for (int i = 0; i < repeat; ++i) { // in turn, so a change in the machine's speed hits both
            without << run(networkDb);
            with << run(interviewsDb);
        }
        if (std::ranges::any_of(without, [](double ms) { return ms < 0; })
            || std::ranges::any_of(with, [](double ms) { return ms < 0; }))
            return 1;
        info(QStringLiteral("main window shown, whole process, with interviews"), median(with), "ms", 0);
        info(QStringLiteral("main window shown, whole process, without"), median(without), "ms", 0);
        figure(QStringLiteral("start-up with interviews ÷ without"), median(with) / median(without), "×", 1.3, 2);

        QList<double> board, today, interview, progress, progressThreeMonths, progressAll;
        int progressWeeks = 0;
        for (int i = 0; i < repeat; ++i) {
            const PageTimes times = timePages(interviewsDb, interviewsInFollowUp.at(i % interviewsInFollowUp.size()));
            if (times.interview < 0)
                return 1;
            board << times.board;
            today << times.today;
            interview << times.interview;
            progress << times.progress;
            progressThreeMonths << times.progressThreeMonths;
            progressAll << times.progressAll;
            progressWeeks = times.progressWeeks;
        }
        figure(QStringLiteral("Interviews board opened (in-process)"), median(board), "ms", 100, 0);
        figure(QStringLiteral("Today opened (in-process)"), median(today), "ms", 100, 0);
        figure(QStringLiteral("interview page opened (in-process)"), median(interview), "ms", 100, 0);
        figure(QStringLiteral("Progress page opened, last 4 weeks (in-process)"), median(progress), "ms", 150, 0);
        figure(QStringLiteral("Progress page, last 3 months chosen"), median(progressThreeMonths), "ms", 150, 0);
        figure(QStringLiteral("Progress page, since the start chosen (%1 weeks)").arg(progressWeeks),
               median(progressAll), "ms", 150, 0);

        if (!benchmarkReport(interviewsDb, repeat, path(QStringLiteral("report.pdf"))))
            return 1;
    }
    if (!benchmarkTargets(path(QStringLiteral("targets.sqlite")), rows, repeat))
        return 1;
    if (!benchmarkGuide(path(QStringLiteral("guide.sqlite")), rows, repeat))
        return 1;
    return 0;
}
