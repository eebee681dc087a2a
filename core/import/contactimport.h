#pragma once

#include "import/contactcsv.h"
#include "import/importplan.h"
#include "storage/backgroundprogress.h"

#include <QCoreApplication>
#include <QString>

class ContactStore;

// The one import pipeline, for the window, drag-and-drop and `coffeechat import` alike, for
// CSV files, LinkedIn's ZIP archive and vCard files:
// prepare() reads a contacts file and plans it against the contacts there (for the preview, or
// the command's summary); apply() plans the same rows again against the contacts as they are
// at the moment of writing, and writes, under one write lock.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)
public:
    // Larger than any real export (LinkedIn caps connections at 30,000, about 4 MB). Only this
    // much is ever read, however large the file claims (or turns out) to be.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    struct Prepared {
        bool ok = false;
        QString error; // for the user: names the file and what is wrong with it
        QString filePath;
        // Set when filePath is an archive (LinkedIn's data export as mailed): the path of the
        // Connections.csv inside it that was read.
        QString archiveEntry;
        ImportPlan plan;
        // Kept so the user can re-map columns in the preview, and so apply() can read the rows
        // again, without reading the file again.
        contactcsv::Layout layout;
        csv::Table table;
        QList<ContactMatchKey> existing; // what the plan was made against

        bool hasNameColumn() const { return layout.hasName(); }
    };

    // Planned against the contacts in store, or against none without one (to check a file
    // before a database is opened). Safe on a worker thread: it only reads the database.
    static Prepared prepare(const QString &filePath, const ContactStore *store);
    static Prepared prepareBytes(const QByteArray &bytes, const QString &filePath,
                                 const QList<ContactMatchKey> &existing);
    // The same file read again with the columns mapped as the user chose.
    static Prepared remap(const Prepared &prepared, const QList<contactcsv::Field> &mapping);

    struct Applied {
        ImportPlan plan; // as written: it may differ from the preview's
        ContactBatch batch; // as written, with the new contacts' ids
        QList<Contact> before; // the updated contacts as they were, whole, for undo
    };
    // Plans prepared's rows against the contacts in the database now and writes the result, in
    // one transaction that holds the write lock throughout (see ContactStore::applyPlanned()):
    // a second import of the same file, at the same time or later, finds everyone there.
    static bool apply(ContactStore &store, const Prepared &prepared, Applied *applied, QString *error,
                      const BackgroundProgress &progress = {});

private:
    // The file's bytes, at most MaximumFileSize of them, or those of the Connections.csv in it
    // when it is a ZIP archive (*archiveEntry then names it); false with the message for the user.
    static bool readFile(const QString &filePath, QByteArray *bytes, QString *archiveEntry, QString *error);
    static QString tooLargeMessage(const QString &name);
    static bool isVCardName(const QString &fileName);
};
