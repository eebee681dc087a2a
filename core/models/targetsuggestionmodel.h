#pragma once

#include "workflow/network.h"

#include <QAbstractTableModel>
#include <QSet>

class NetworkCache;

// Employers to choose as targets, for the guided start: every employer of the network, the best
// suggestion first (Network::suggestTargets(): people working in the roles explored, close
// people, many people), each with a check box, plus names the user typed where they know nobody
// yet. Checks are kept by employer (CompanyName::key()) when the network is read again.
class TargetSuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PeopleColumn, RelevantColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // CompanyName::key()
        SpellingsRole, // QStringList: every way the contacts write it (for finding it by any)
        SearchTextRole, // QString: every spelling, a line each (for a filter)
    };

    explicit TargetSuggestionModel(NetworkCache *network, QObject *parent = nullptr);

    // The roles or fields explored, which order the suggestions.
    void setRoles(const QStringList &roles);
    // Checks these employers (by any spelling) and then the best suggestions until `count` are
    // checked; clears every other check.
    void preselect(const QStringList &names, int count);
    // A name the user typed: the employer of the network it is (checked), or a new row at the top
    // (checked). Its row; -1 for a name of nothing but spaces and punctuation.
    int addName(const QString &name);
    // The checked employers, in the order of the list, as they are best written.
    QStringList checkedNames() const;
    int checkedCount() const { return int(m_checked.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    void reload();
    int rowOfKey(const QString &key) const;
    // A row on top for a name nobody in the network works at (kept across reloads); its row.
    int insertTyped(const QString &name, const QString &key);

    struct Row {
        QString name;
        QString key;
        QStringList spellings;
        int people = 0;
        int close = 0;
        int relevant = 0;
        bool typed = false; // nobody in the network works there
    };
    NetworkCache *m_network;
    QStringList m_roles;
    QList<Row> m_rows;
    QList<Row> m_typed; // kept across reloads, at the top
    QSet<QString> m_checked; // keys
};
