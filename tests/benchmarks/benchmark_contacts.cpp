// Prints the figures behind Coffee Chat's speed targets for a LinkedIn-sized network.
// A benchmark reports; it does not gate. Run it on an optimised build, see README.md here.
#include "import/contactcsv.h"
#include "import/csvparser.h"
#include "import/importplan.h"
#include "mainwindow.h"
#include "session.h"
#include "translations.h"
#include "models/contactlistmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <sys/resource.h>

namespace {

// A realistic current-format Connections.csv: preamble, accents, quoted commas, about 2 %
// empty rows, a URL for everyone, newest first, no final newline. Deterministic.
QByteArray generateConnections(int rows, bool withPreamble)
{
    static const char *firstNames[] = {"Maria", "José", "Anna", "Łukasz", "Olu", "Priya", "Seán", "Zoë", "Kai", "Lena",
                                       "Mohammed", "Wei", "Aoife", "Jonas", "Fatima", "Hiroshi", "Chloé", "Dmitri"};
    static const char *lastNames[] = {"García", "Müller", "Smith", "Nowak", "Okafor", "Patel", "O'Brien", "Rossi",
                                      "Tanaka", "Dubois", "Kim", "Johansson", "Nguyen", "Silva", "Cohen", "Ivanova"};
    static const char *companies[] = {"Northwind Traders", "\"Contoso, Inc.\"", "Fabrikam", "Tailwind Traders",
                                      "Datum Corporation", "Woodgrove Bank", "Litware", "\"Adventure Works, LLC\""};
    static const char *positions[] = {"Software Engineer", "Product Manager", "\"Director, Engineering\"",
                                      "Data Scientist", "Recruiter", "UX Researcher", "Engineering Manager", "Student"};
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QRandomGenerator random(42);
    QByteArray csv;
    csv.reserve(rows * 130);
    if (withPreamble)
        csv += "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n";
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
        const QByteArray last = QByteArray(lastNames[random.bounded(int(std::size(lastNames)))]) + ' ' + QByteArray::number(i);
        csv += first + ',' + last + ",https://www.linkedin.com/in/" + first.toLower().toPercentEncoding() + '-'
            + QByteArray::number(i) + ',' + (random.bounded(20) == 0 ? first.toLower() + "@example.com" : QByteArray())
            + ',' + companies[random.bounded(int(std::size(companies)))] + ','
            + positions[random.bounded(int(std::size(positions)))] + ',' + date;
    }
    return csv;
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

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Page faults of the child processes that ended so far: each first touch of a page of memory.
long childPageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

// Wall time of a whole process, in ms; negative when it failed. Its page faults go to `faults`.
double timeProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                   QList<double> *faults = nullptr)
{
    const long faultsBefore = childPageFaults();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s %s\n%s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                     process.readAllStandardOutput().constData());
        return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    process.readAllStandardOutput();
    if (faults)
        *faults << double(childPageFaults() - faultsBefore);
    return ms;
}

double timeRepeated(int repeat, const std::function<double()> &run)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        const double ms = run();
        if (ms < 0)
            return -1;
        times << ms;
    }
    return median(times);
}

void row(const char *what, double value, const char *unit, const QString &target, bool met)
{
    std::printf("%-58s %10.1f %-3s %-16s %s\n", what, value, unit, qPrintable(target), met ? "met" : "MISSED");
}

void info(const char *what, double value, const char *unit)
{
    std::printf("%-58s %10.1f %s\n", what, value, unit);
}

struct WindowTimes {
    double constructed = -1; // the database is open and the window exists
    double shown = -1;       // the platform has exposed it
    double filled = -1;      // the contact list has loaded
};

// Starts as the app does (a Session opens the database and builds the window), shows the
// window and waits until the platform exposes it.
WindowTimes timeWindowShown(const QString &databasePath)
{
    WindowTimes times;
    QElapsedTimer timer;
    timer.start();
    auto elapsed = [&timer] { return double(timer.nsecsElapsed()) / 1e6; };
    Session session;
    if (!session.start(databasePath))
        return times;
    MainWindow *window = session.window();
    times.constructed = elapsed();
    window->show();
    while (!window->windowHandle() || !window->windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    times.shown = elapsed();
    while (session.workspace()->contactModel->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    times.filled = elapsed();
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform warns about every window it sizes; that is noise here.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            defaultHandler(type, context, message);
    });
    QApplication app(argc, argv);
    installTranslations(&app); // the window's counts, as the app shows them
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Coffee Chat contact benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Connections to generate."),
                                        QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."),
                                          QStringLiteral("k"), QStringLiteral("5"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption coffeechatOption(QStringLiteral("coffeechat"), QStringLiteral("The coffeechat executable."),
                                              QStringLiteral("path"), QStringLiteral(COFFEECHAT_EXECUTABLE));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("Save the window with the full network, searched, here."),
                                               QStringLiteral("dir"));
    parser.addOptions({rowsOption, repeatOption, sqliteOption, coffeechatOption, screenshotsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString sqlite = parser.value(sqliteOption);
    const QString coffeechat = parser.value(coffeechatOption);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("Connections.csv"));
    const QString plainCsvPath = dir.filePath(QStringLiteral("plain.csv"));
    const QByteArray csv = generateConnections(rows, true);
    if (!writeFile(csvPath, csv) || !writeFile(plainCsvPath, generateConnections(rows, false)))
        return 1;
    std::printf("Coffee Chat benchmark: %d generated connections (%.1f MB), median of %d runs\n\n", rows,
                double(csv.size()) / 1e6, repeat);
    std::printf("%-58s %14s %-16s %s\n", "figure", "value", "target", "");

    // 1. Whole-process import into an empty database, against the sqlite3 shell's .import.
    const QString baselineDb = dir.filePath(QStringLiteral("baseline.sqlite"));
    const double sqliteMs = timeRepeated(repeat, [&] {
        removeDatabase(baselineDb);
        return timeProcess(sqlite, {baselineDb}, QByteArray(".import --csv ") + plainCsvPath.toUtf8() + " connections\n");
    });
    const QString db = dir.filePath(QStringLiteral("coffeechat.sqlite"));
    QList<double> importFaults;
    const double importMs = timeRepeated(repeat, [&] {
        removeDatabase(db);
        return timeProcess(coffeechat, {QStringLiteral("import"), csvPath, QStringLiteral("--database"), db}, {},
                           &importFaults);
    });
    const double reimportMs = timeRepeated(repeat, [&] {
        return timeProcess(coffeechat, {QStringLiteral("import"), csvPath, QStringLiteral("--database"), db});
    });
    if (sqliteMs < 0 || importMs < 0 || reimportMs < 0)
        return 1;
    info("sqlite3 shell .import --csv into a plain table", sqliteMs, "ms");
    row("coffeechat import, empty database", importMs, "ms", QStringLiteral("<= %1 ms").arg(1.5 * sqliteMs, 0, 'f', 0),
        importMs <= 1.5 * sqliteMs);
    info("  ratio to sqlite3 .import (target 1.5)", importMs / sqliteMs, "x");
    info("  page faults (first touches of memory)", median(importFaults), "");
    row("coffeechat import again, every row matches", reimportMs, "ms",
        QStringLiteral("<= %1 ms").arg(2 * sqliteMs, 0, 'f', 0), reimportMs <= 2 * sqliteMs);
    info("  ratio to sqlite3 .import (target 2)", reimportMs / sqliteMs, "x");

    // 2. Where an import's time goes, in-process, step by step.
    {
        const QString scratch = dir.filePath(QStringLiteral("breakdown.sqlite"));
        Database database;
        if (!database.open(scratch))
            return 1;
        ContactStore store(&database);
        QElapsedTimer timer;
        auto lap = [&timer] {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            return ms;
        };
        timer.start();
        const csv::ParseResult parsed = csv::parse(csv);
        const double parseMs = lap();
        const contactcsv::Layout layout = contactcsv::detectLayout(parsed.table);
        const QList<linkedin::Row> contactRows = contactcsv::readRows(parsed.table, layout);
        const double rowsMs = lap();
        const QList<ContactMatchKey> none = store.allForMatching();
        lap();
        const ImportPlan plan = ImportPlan::build(contactRows, none);
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
        info("  in-process: decode and parse the CSV", parseMs, "ms");
        info("  in-process: map records to contacts", rowsMs, "ms");
        info("  in-process: plan into an empty database", planMs, "ms");
        info("  in-process: write (one transaction)", writeMs, "ms");
        info("  in-process: read every contact back (as the list does)", readMs, "ms");
        info("  in-process: read them for matching (as a re-import does)", readForMatchingMs, "ms");
        info("  in-process: plan again, every row matching", replanMs, "ms");
    }

    // 3. Filtering the list per keystroke.
    {
        Database database;
        if (!database.open(db))
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
                perKey << double(timer.nsecsElapsed()) / 1e6;
                if (perKey.constLast() > slowest) {
                    slowest = perKey.constLast();
                    slowestText = query.left(length);
                }
            }
            model.setFilterText(QString());
        }
        std::sort(perKey.begin(), perKey.end());
        row("filter per keystroke, median", median(perKey), "ms", QStringLiteral("< 5 ms"), median(perKey) < 5);
        row("filter per keystroke, slowest", perKey.constLast(), "ms", QStringLiteral("< 5 ms"), perKey.constLast() < 5);
        std::printf("  slowest was typing “%s”\n", qUtf8Printable(slowestText));
    }

    // 4. Main window shown, with the full network against an empty database.
    {
        const QString emptyDb = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            Database create;
            if (!create.open(emptyDb))
                return 1;
        }
        timeWindowShown(emptyDb); // warm-up: fonts, styles, plugins
        auto timeWindows = [&](const QString &path, WindowTimes *medians) {
            QList<double> constructed, filled;
            medians->shown = timeRepeated(repeat, [&] {
                const WindowTimes t = timeWindowShown(path);
                constructed << t.constructed;
                filled << t.filled;
                return t.shown;
            });
            medians->constructed = median(constructed);
            medians->filled = median(filled);
        };
        WindowTimes empty, full;
        timeWindows(emptyDb, &empty);
        timeWindows(db, &full);
        info("main window shown, empty database", empty.shown, "ms");
        row("main window shown, full network", full.shown, "ms", QStringLiteral("<= %1 ms").arg(1.3 * empty.shown, 0, 'f', 1),
            full.shown <= 1.3 * empty.shown);
        info("  ratio to empty (target 1.3)", full.shown / empty.shown, "x");
        info("  database opened and window built, empty", empty.constructed, "ms");
        info("  database opened and window built, full", full.constructed, "ms");
        info("  list filled in (loaded in the background)", full.filled, "ms");
    }

    // 5. What the full network looks like, searched: to look at, not to time.
    if (parser.isSet(screenshotsOption)) {
        Session session;
        if (!session.start(db))
            return 1;
        MainWindow *window = session.window();
        window->resize(1280, 800);
        window->show();
        const ContactListModel *contacts = session.workspace()->contactModel;
        while (contacts->isLoading())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("pages"));
        tabs->setCurrentIndex(2); // Contacts
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->setText(QStringLiteral("maria north eng"));
        QCoreApplication::processEvents();
        const QString shotsDir = parser.value(screenshotsOption);
        QDir().mkpath(shotsDir);
        window->grab().save(shotsDir + QStringLiteral("/contacts-30000-searched.png"));
        std::printf("\nscreenshot: %s/contacts-30000-searched.png (%d of %d contacts shown)\n", qPrintable(shotsDir),
                    contacts->rowCount(), contacts->totalCount());
    }
    return 0;
}
