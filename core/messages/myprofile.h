#pragma once

#include <QString>
#include <QStringList>

// Who the messages come from. Kept in the application's QSettings (group "profile").
struct MyProfile {
    QString name;
    QString email;
    QString signature; // the lines under a message; the name stands in when it is empty
    // The roles or fields the user is exploring ("product management", "UX design"): people
    // working in them are suggested first at a target employer.
    QStringList exploring{};

    // "product management, UX design" and back; commas and semicolons separate, blanks go.
    static QStringList splitRoles(const QString &text);
    static QString joinRoles(const QStringList &roles);

    static MyProfile load();
    void save() const;

    bool operator==(const MyProfile &other) const = default;
};
