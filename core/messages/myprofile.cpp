#include "messages/myprofile.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
const auto nameKey = QStringLiteral("profile/name");
const auto emailKey = QStringLiteral("profile/email");
const auto signatureKey = QStringLiteral("profile/signature");
const auto exploringKey = QStringLiteral("profile/exploring");
} // namespace

MyProfile MyProfile::load()
{
    const QSettings settings;
    MyProfile profile;
    profile.name = settings.value(nameKey).toString();
    profile.email = settings.value(emailKey).toString();
    profile.signature = settings.value(signatureKey).toString();
    profile.exploring = settings.value(exploringKey).toStringList();
    return profile;
}

void MyProfile::save() const
{
    QSettings settings;
    settings.setValue(nameKey, name);
    settings.setValue(emailKey, email);
    settings.setValue(signatureKey, signature);
    settings.setValue(exploringKey, exploring);
}

QStringList MyProfile::splitRoles(const QString &text)
{
    QStringList roles;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)) {
        const QString role = part.simplified();
        if (!role.isEmpty() && !roles.contains(role, Qt::CaseInsensitive))
            roles << role;
    }
    return roles;
}

QString MyProfile::joinRoles(const QStringList &roles)
{
    return roles.join(QStringLiteral(", "));
}
