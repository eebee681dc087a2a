#include "models/networkcache.h"

#include "storage/contactstore.h"
#include "storage/database.h"

NetworkCache::NetworkCache(ContactStore *contacts, Loading loading, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_read(
          this,
          [this] {
              // The task outlives this cache if the window closes meanwhile; the database waits.
              Database *database = m_contacts->database();
              return database->runInBackground([database] { return Network::build(ContactStore(database).network()); });
          },
          [this](const Network &network) {
              m_network = network;
              Q_EMIT changed();
          })
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] { m_read.start(); });
    connect(m_contacts, &ContactStore::contactsInserted, this, &NetworkCache::contactsChanged);
    connect(m_contacts, &ContactStore::contactsUpdated, this, &NetworkCache::contactsChanged);
    connect(m_contacts, &ContactStore::contactsRemoved, this, &NetworkCache::contactsChanged);
    if (loading == Loading::Now) {
        m_network = Network::build(m_contacts->network());
    } else {
        m_read.startFromEventLoop();
    }
}

void NetworkCache::contactsChanged()
{
    if (!m_read.changedWhileLoading())
        m_settle.start();
}
