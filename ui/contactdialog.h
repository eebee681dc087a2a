#pragma once

#include "domain/contact.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Add or edit one contact. Returns the edited copy; saving is the caller's job (through the
// undo commands), so the dialog never touches storage.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // referrers: people who can be chosen as "referred by" (id → display name).
    explicit ContactDialog(const Contact &contact, const QList<QPair<qint64, QString>> &referrers,
                           QWidget *parent = nullptr);

    Contact contact() const;

private:
    void updateOkButton();

    Contact m_original;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_linkedIn;
    QLineEdit *m_company;
    QLineEdit *m_position;
    QCheckBox *m_hasConnectedOn;
    QDateEdit *m_connectedOn;
    QComboBox *m_relationship;
    QComboBox *m_referredBy;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};
