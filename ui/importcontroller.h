#pragma once

#include "import/contactimport.h"
#include "importpreviewdialog.h"

#include <QObject>

#include <QPointer>
#include <functional>

class ContactStore;
class Database;
class QMimeData;
class QProgressDialog;
class QUndoStack;
class QWidget;

// Runs one import from a file the user chose or dropped: reads and plans it on a worker
// thread (the window stays responsive, a progress dialog appears for slow files), shows the
// preview, and on confirmation applies it as one undoable command.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Database *database, ContactStore *store, QUndoStack *undoStack, QWidget *window);
    ~ImportController() override;

    // File › Import Contacts…: asks for a file (in the last import folder, else Downloads), then importFile().
    // `parent`: the window the file dialog, the preview and any message belong to (and the
    // keyboard goes back to); the main window when none is given.
    // Each says whether an import began (not when the user cancelled the file dialog, or one is
    // under way already); finished() follows every one that began.
    bool chooseFile(QWidget *parent = nullptr);
    bool importFile(const QString &path, QWidget *parent = nullptr);
    // Contact cards dropped from another application (an address book): vCard text, no file.
    bool importCards(const QByteArray &vCards, QWidget *parent = nullptr);
    bool isBusy() const { return m_busy; }
    // What a drop onto a window brings to import: one local file (empty when it is not that), or
    // vCard text dragged out of an address book (empty when there is none).
    static QString droppedFile(const QMimeData *mime);
    static QByteArray droppedCards(const QMimeData *mime);
    ImportPreviewDialog *previewDialog() const { return m_preview; }

Q_SIGNALS:
    // Writing a confirmed import has begun, for the status bar.
    void working(const QString &message);
    // How many of the confirmed rows are written so far, while it is being written.
    void progress(int written, int total);
    void finished(const QString &message); // for the status bar; empty when cancelled

private:
    // Reads and plans on a worker thread (prepare gets the worker's store), then the preview.
    bool start(const QString &name, std::function<ContactImport::Prepared(const ContactStore &)> prepare);
    void showPreview(const ContactImport::Prepared &prepared);
    void apply(const ContactImport::Prepared &prepared);
    void failed(const QString &error);

    Database *m_database;
    ContactStore *m_store;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QPointer<QWidget> m_parent; // of this import's dialogs; the main window when null
    QWidget *dialogParent() const { return m_parent ? m_parent.data() : m_window; }
    QPointer<ImportPreviewDialog> m_preview;
    QPointer<QProgressDialog> m_progress;
    QString m_fileName;
    bool m_busy = false;
};
