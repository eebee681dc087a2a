#pragma once

#include <QComboBox>

class ContactListModel;

// Choose one contact by typing part of the name. Works with tens of thousands of contacts:
// the list is the shared model, and nothing measures every row.
class ContactPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ContactPicker(ContactListModel *contacts, QWidget *parent = nullptr);

    qint64 contactId() const; // 0: nobody, or text that names nobody
    void setContactId(qint64 id);

    // Asks for one contact in a small dialog (`prompt` above the picker): the one chosen, or 0
    // when cancelled or nobody was named. The dialog is named `objectName`, its picker
    // `objectName` + "Combo".
    static qint64 choose(ContactListModel *contacts, const QString &title, const QString &prompt,
                         const QString &objectName, QWidget *parent);

Q_SIGNALS:
    void contactChanged();

private:
    ContactListModel *m_contacts;
};
