#include "importcontroller.h"

#include "commands/contactcommands.h"
#include "import/vcardimport.h"
#include "importpreviewdialog.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

ImportController::ImportController(Database *database, ContactStore *store, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_window(window)
{ }

ImportController::~ImportController() = default;

bool ImportController::chooseFile(QWidget *parent)
{
    if (m_busy)
        return false;
    m_parent = parent;
    QSettings settings;
    QString startDir = settings
                           .value(QStringLiteral("import/lastDirectory"),
                                  QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                           .toString();
    // A folder that is not there (no Downloads yet, a last folder since removed) would be offered
    // as a file name: start at home instead.
    if (!QFileInfo(startDir).isDir())
        startDir = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        dialogParent(), tr("Import contacts"), startDir,
        tr("Contacts exports (*.csv *.CSV *.zip *.ZIP *.vcf *.VCF *.vcard);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(path).absolutePath());
    // The window may have closed while the file dialog was open.
    return importFile(path, m_parent.data());
}

bool ImportController::importFile(const QString &path, QWidget *parent)
{
    if (m_busy)
        return false;
    m_parent = parent;
    return start(QFileInfo(path).fileName(),
                 [path](const ContactStore &store) { return ContactImport::prepare(path, &store); });
}

bool ImportController::importCards(const QByteArray &vCards, QWidget *parent)
{
    if (m_busy)
        return false;
    m_parent = parent;
    // Named like a file, so the preview and the messages read as for one.
    const QString name = tr("dropped contact cards.vcf");
    return start(name, [vCards, name](const ContactStore &store) {
        return ContactImport::prepareBytes(vCards, name, store.allForMatching());
    });
}

bool ImportController::start(const QString &name, std::function<ContactImport::Prepared(const ContactStore &)> prepare)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_fileName = name;

    m_progress = new QProgressDialog(tr("Reading “%1”…").arg(m_fileName), QString(), 0, 0, dialogParent());
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import contacts"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // only files that take a while show it
    m_progress->setValue(0);

    // Reading and matching runs off the GUI thread with its own database connection.
    // The task may outlive this window and its stores; the database waits for it.
    Database *database = m_database;
    continueFromEventLoop(m_database->runInBackground([prepare = std::move(prepare), database] {
        const ContactStore store(database);
        return prepare(store);
    }),
                          this, [this](const ContactImport::Prepared &prepared) {
                              if (m_progress)
                                  m_progress->deleteLater();
                              showPreview(prepared);
                          });
    return true;
}

void ImportController::showPreview(const ContactImport::Prepared &prepared)
{
    if (!prepared.ok) {
        m_busy = false;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import contacts"), prepared.error, QMessageBox::Ok,
                                    dialogParent());
        box->setObjectName(QStringLiteral("importError"));
        box->setInformativeText(tr("Nothing was imported. Coffee Chat reads LinkedIn's data export (in LinkedIn: "
                                   "Settings › Data privacy › Get a copy of your data › Connections; drop the ZIP "
                                   "file LinkedIn mails you, or the Connections.csv in it, here), CSV exports of "
                                   "Google Contacts and Outlook, and vCard (.vcf) files."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT finished(QString());
        return;
    }
    auto *preview = new ImportPreviewDialog(prepared, dialogParent());
    preview->setAttribute(Qt::WA_DeleteOnClose);
    auto decided = std::make_shared<bool>(false);
    connect(preview, &QDialog::accepted, this, [this, preview, decided] {
        *decided = true;
        apply(preview->prepared());
    });
    connect(preview, &QDialog::rejected, this, [this, decided] {
        *decided = true;
        m_busy = false;
        Q_EMIT finished(tr("Import cancelled; nothing was changed."));
    });
    // Gone with the window it belonged to, unanswered: nothing was imported, and the next import may begin.
    connect(preview, &QObject::destroyed, this, [this, decided] {
        if (*decided)
            return;
        m_busy = false;
        Q_EMIT finished(tr("Import cancelled; nothing was changed."));
    });
    m_preview = preview;
    preview->open();
}

void ImportController::apply(const ContactImport::Prepared &prepared)
{
    // Nothing is written before the start-up check has passed; it is over by now, as a rule.
    if (QString problem; !m_database->waitUntilWritable(&problem)) {
        failed(problem);
        return;
    }
    // Said in the window, not in a dialog: the user may go on searching and reading meanwhile
    // (a change they save waits for the import to finish writing).
    Q_EMIT working(tr("Importing “%1”…").arg(m_fileName));

    // Written on a worker thread, so the window stays responsive while a large network is saved;
    // the rows are planned again there against the contacts as they are now.
    struct Outcome {
        bool ok = false;
        ContactImport::Applied applied;
        QString error;
    };
    Database *database = m_database;
    const QFuture<Outcome> writing =
        m_database->runInBackground([database, prepared](const BackgroundProgress &progress) {
            ContactStore store(database);
            Outcome outcome;
            outcome.ok = ContactImport::apply(store, prepared, &outcome.applied, &outcome.error, progress);
            return outcome;
        });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int written) {
        const int total = watcher->progressMaximum();
        if (total > 0)
            Q_EMIT working(tr("Importing “%1”: %2 of %3 contacts written…")
                               .arg(m_fileName, QLocale().toString(written), QLocale().toString(total)));
        Q_EMIT progress(written, total);
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(writing);
    continueFromEventLoop(QFuture<Outcome>(writing), this, [this](const Outcome &outcome) {
        if (!outcome.ok) {
            failed(outcome.error);
            return;
        }
        ContactCommands::importWritten(m_undoStack, m_store, outcome.applied, tr("Import “%1”").arg(m_fileName));
        m_busy = false;
        Q_EMIT finished(tr("Imported “%1”: %2").arg(m_fileName, outcome.applied.plan.summary()));
    });
}

void ImportController::failed(const QString &error)
{
    m_busy = false;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import contacts"),
                                tr("The import failed and nothing was changed.\n\n%1").arg(error), QMessageBox::Ok,
                                dialogParent());
    box->setObjectName(QStringLiteral("importFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT finished(QString());
}

QString ImportController::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return QString();
    return urls.constFirst().toLocalFile();
}

QByteArray ImportController::droppedCards(const QMimeData *mime)
{
    if (!mime)
        return {};
    // What address books put on the clipboard when contacts are dragged out of them.
    for (const QLatin1StringView type : {"text/vcard"_L1, "text/x-vcard"_L1, "text/directory"_L1}) {
        if (mime->hasFormat(type)) {
            const QByteArray data = mime->data(type);
            if (VCardImport::looksLikeVCard(data))
                return data;
        }
    }
    return {};
}
