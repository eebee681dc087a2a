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

Q_SIGNALS:
    void contactChanged();

private:
    ContactListModel *m_contacts;
};
