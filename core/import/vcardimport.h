#pragma once

#include "import/contactcsv.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

// Contacts from vCard files (.vcf): Apple Contacts, Google Contacts, Outlook and Coffee Chat's
// own export, vCard 2.1, 3.0 and 4.0, one card or many. Each card is parsed with KContacts and
// becomes one record of a table with fixed headings, so the rest of the import (the preview, the
// column mapping, matching and writing) is the one that CSV files go through.
class VCardImport
{
    Q_DECLARE_TR_FUNCTIONS(VCardImport)
public:
    // Whether the text starts (after a byte order mark and blank lines) with BEGIN:VCARD.
    static bool looksLikeVCard(QByteArrayView bytes);

    // The cards in bytes. Each record's line is the line of its BEGIN:VCARD. A card that cannot
    // become a contact (no END:VCARD, nothing KContacts can read) stays in the table with the
    // reason in the layout's problem column, so the preview lists it as skipped. Not ok, with
    // a message for the user, when there is no card at all.
    static contactcsv::ReadResult read(const QByteArray &bytes);
};
