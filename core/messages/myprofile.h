#pragma once

#include <QString>

// Who the messages come from. Kept in the application's QSettings (group "profile").
struct MyProfile {
    QString name;
    QString email;
    QString signature; // the lines under a message; the name stands in when it is empty

    static MyProfile load();
    void save() const;

    bool operator==(const MyProfile &other) const = default;
};
