#pragma once

#include "messages/messagetemplate.h"

#include <QList>
#include <QObject>

#include <optional>

class Database;
class QSqlQuery;

// The message templates: the shipped ones (seeded once, then the user's to edit or delete)
// and the user's own. Every write is one transaction and announced through the signals.
class TemplateStore : public QObject
{
    Q_OBJECT
public:
    explicit TemplateStore(Database *database, QObject *parent = nullptr);

    QList<MessageTemplate> all() const; // by kind (in MessageKindNames::all() order), then name
    QList<MessageTemplate> byKind(MessageKind kind) const;
    std::optional<MessageTemplate> messageTemplate(qint64 id) const;
    QList<MessageTemplate> templates(const QList<qint64> &ids) const; // in the order of ids

    // Fill id and the timestamps. A template needs a name.
    bool insert(MessageTemplate &messageTemplate, QString *error = nullptr);
    bool update(MessageTemplate &messageTemplate, QString *error = nullptr);
    // The removed templates, so undo can bring them back with restore() under the same ids.
    std::optional<QList<MessageTemplate>> remove(const QList<qint64> &ids, QString *error = nullptr);
    bool restore(const QList<MessageTemplate> &templates, QString *error = nullptr);
    // Shipped templates the user deleted, to offer them back.
    QList<MessageTemplate> missingDefaults() const;
    // Adds the missing shipped templates back; returns the new ids.
    std::optional<QList<qint64>> restoreDefaults(QString *error = nullptr);

    // Writes shipped templates with q, inside the caller's transaction; for Seeding, which
    // decides which ones are due (storage/seeding.h).
    static bool seed(QSqlQuery &q, const QList<MessageTemplate> &templates);

Q_SIGNALS:
    void templatesInserted(const QList<qint64> &ids);
    void templateUpdated(qint64 id);
    void templatesRemoved(const QList<qint64> &ids);

private:
    bool insertAll(QList<MessageTemplate> &templates, bool keepIds, QString *error);

    Database *m_database;
};
