#include "messages/myprofile.h"

#include <QSettings>

namespace {
const auto nameKey = QStringLiteral("profile/name");
const auto emailKey = QStringLiteral("profile/email");
const auto signatureKey = QStringLiteral("profile/signature");
} // namespace

MyProfile MyProfile::load()
{
    const QSettings settings;
    MyProfile profile;
    profile.name = settings.value(nameKey).toString();
    profile.email = settings.value(emailKey).toString();
    profile.signature = settings.value(signatureKey).toString();
    return profile;
}

void MyProfile::save() const
{
    QSettings settings;
    settings.setValue(nameKey, name);
    settings.setValue(emailKey, email);
    settings.setValue(signatureKey, signature);
}
