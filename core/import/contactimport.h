#pragma once

#include "import/contactcsv.h"
#include "import/importplan.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <future>
#include <optional>

class ContactStore;

// Reading a contacts file and planning its import, shared by the window, drag-and-drop and
// `coffeechat import`. Safe to run on a worker thread: it only reads the database.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)
public:
    // Larger than any real export (LinkedIn caps connections at 30,000, about 4 MB).
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    struct Prepared {
        bool ok = false;
        QString error;      // for the user: names the file and what is wrong with it
        QString filePath;
        ImportPlan plan;
        // Kept so the user can re-map columns in the preview without reading the file again.
        contactcsv::Layout layout;
        csv::Table table;
        // As ContactStore::allForMatching() reads them: only what an import compares. The plan's
        // batch writes them back with UpdatedFields::FromImport, which writes nothing else.
        QList<Contact> existing;

        bool hasNameColumn() const { return layout.hasName(); }
    };

    static Prepared prepare(const QString &filePath, const ContactStore &store);
    // For `coffeechat import`, which writes while it reads. Plans the file on the calling thread
    // and hands the contacts it adds to added() a part at a time, as soon as they are planned.
    // The rows are read and keyed while `existing` (the contacts already there, as
    // ContactStore::allForMatching() reads them) is not ready yet. The plan returned holds the
    // updates; every contact it adds went to added() (without added(), as prepare(), the plan
    // keeps them). Not ok, without an error, when `existing` gives nothing: the import was given
    // up elsewhere (the database could not be opened).
    static Prepared prepareInParts(const QString &filePath, std::future<std::optional<ContactMatcher>> &existing,
                                   const std::function<void(QList<Contact> &&)> &added);
    static Prepared prepareBytes(const QByteArray &bytes, const QString &filePath,
                                 const QList<Contact> &existing);
    // The same file read again with the columns mapped as the user chose.
    static Prepared remap(const Prepared &prepared, const QList<contactcsv::Field> &mapping);

private:
    // Rows planned at a time when they are handed on as they are planned.
    static constexpr qsizetype PartRows = 2048;

    static Prepared readFile(const QString &filePath, QByteArray *bytes);
    static Prepared plan(contactcsv::ReadResult &&read, const QString &filePath,
                         std::future<std::optional<ContactMatcher>> &existing,
                         const std::function<void(QList<Contact> &&)> &added = {});
};
