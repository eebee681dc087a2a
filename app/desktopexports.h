#pragma once

#include "exportcommand.h"

// calendar (.ics, through KCalendarCore) and vcard (.vcf, through KContacts): the export kinds
// that need KDE Frameworks and so Qt Gui, which only the full program links.
QList<ExportKind> desktopExportKinds();
