#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication *app)
{
    const QLocale locale;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("coffeechat"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("coffeechat_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
