#pragma once

#include "storage/database.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <utility>

// How a list model reads its rows when it is made: now, or on a worker thread once the event
// loop runs, so that a large list never keeps the window from appearing.
enum class Loading { Now, InBackground };

// A list model's read on a worker thread (Database::runInBackground()). A change the model hears
// of while the read runs is not applied to rows it does not have yet: the read is made again once
// it returns, as its snapshot may predate the change. The result is handed over on the model's
// thread, after isLoading() has turned false.
template<typename T>
class BackgroundRead
{
public:
    using Read = std::function<QFuture<T>()>;
    using Deliver = std::function<void(const T &)>;

    BackgroundRead(QObject *context, Read read, Deliver deliver)
        : m_context(context)
        , m_read(std::move(read))
        , m_deliver(std::move(deliver))
    { }

    // Reads once the event loop runs, so that the worker does not compete with building the window.
    void startFromEventLoop()
    {
        m_loading = true;
        QMetaObject::invokeMethod(
            m_context, [this] { start(); }, Qt::QueuedConnection);
    }

    void start()
    {
        m_loading = true;
        m_changedWhileLoading = false;
        continueFromEventLoop(m_read(), m_context, [this](const T &result) { finish(result); });
    }

    bool isLoading() const { return m_loading; }

    // For each change the model is told about: true while a read runs, which then reads again, so
    // the model leaves the change to it.
    bool changedWhileLoading()
    {
        if (m_loading)
            m_changedWhileLoading = true;
        return m_loading;
    }

private:
    void finish(const T &result)
    {
        if (m_changedWhileLoading) {
            start();
            return;
        }
        m_loading = false;
        m_deliver(result);
    }

    QObject *m_context;
    Read m_read;
    Deliver m_deliver;
    bool m_loading = false;
    bool m_changedWhileLoading = false;
};
