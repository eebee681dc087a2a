#pragma once

#include "messages/messagetemplate.h"

#include <QAbstractListModel>
#include <QList>

class TemplateStore;

// The message templates as a list, by kind and then name, following the store row by row.
// To show one kind, put a QSortFilterProxyModel on KindKeyRole.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TemplateIdRole = Qt::UserRole + 1,
        KindKeyRole, // MessageKindNames::key()
        KindNameRole, // translated
        SubjectRole,
        BodyRole,
        ShippedRole, // came with the app
    };

    explicit TemplateListModel(TemplateStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    MessageTemplate messageTemplate(int row) const { return m_templates.at(row); }
    int rowOf(qint64 id) const;
    void reload();

private:
    void onInserted(const QList<qint64> &ids);
    void onUpdated(qint64 id);
    void onRemoved(const QList<qint64> &ids);
    int sortedRow(const MessageTemplate &messageTemplate) const;

    TemplateStore *m_store;
    QList<MessageTemplate> m_templates;
};
