#pragma once

class QCoreApplication;

// Installs Coffee Chat's translations for the user's languages, falling back to English
// plural forms, plus Qt's own strings (standard buttons, dialogs).
void installTranslations(QCoreApplication *app);
