#include "applicationidentity.h"

#include <QCoreApplication>

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoffeeChat"));
    QCoreApplication::setApplicationName(QStringLiteral("coffeechat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COFFEECHAT_VERSION));
}
