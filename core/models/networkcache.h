#pragma once

#include "models/loading.h"
#include "workflow/network.h"

#include <QObject>
#include <QTimer>

class ContactStore;

// The network's employers (Network), kept up to date with the contacts: built on a worker
// thread when the window opens and again a moment after the contacts change (an import of
// 30,000 people rebuilds it once, not once per row). Shared by the Targets page and its dialogs.
class NetworkCache : public QObject
{
    Q_OBJECT
public:
    // How long after a change the network is read again: changes come in bursts (an import, an
    // undo of one), and one read follows them all.
    static constexpr int SettleMs = 300;

    NetworkCache(ContactStore *contacts, Loading loading = Loading::InBackground, QObject *parent = nullptr);

    // As last built; empty until the first build has finished (isLoading()).
    const Network &network() const { return m_network; }
    bool isLoading() const { return m_read.isLoading(); }

Q_SIGNALS:
    void changed();

private:
    void contactsChanged();

    ContactStore *m_contacts;
    Network m_network;
    QTimer m_settle;
    BackgroundRead<Network> m_read;
};
