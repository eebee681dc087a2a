#include "workflow/guidedstart.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace {
QStringList idsToText(const QList<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text;
}

// "a:b" pairs of ids, as a hash.
QHash<qint64, qint64> pairsFromText(const QStringList &text)
{
    QHash<qint64, qint64> pairs;
    for (const QString &pair : text) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        bool okKey = false;
        bool okValue = false;
        const qint64 key = pair.left(colon).toLongLong(&okKey);
        const qint64 value = pair.mid(colon + 1).toLongLong(&okValue);
        if (colon > 0 && okKey && okValue && key > 0 && value > 0)
            pairs.insert(key, value);
    }
    return pairs;
}

QStringList pairsToText(const QHash<qint64, qint64> &pairs)
{
    QStringList text;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        text << QString::number(it.key()) + QLatin1Char(':') + QString::number(it.value());
    text.sort();
    return text;
}

QList<qint64> idsFromText(const QStringList &text)
{
    QList<qint64> ids;
    for (const QString &t : text) {
        bool ok = false;
        const qint64 id = t.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}
} // namespace

GuidedStartProgress GuidedStartProgress::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("guidedStart"));
    GuidedStartProgress p;
    p.step = std::clamp(settings.value(QStringLiteral("step"), 0).toInt(), 0, StepCount - 1);
    p.ended = settings.value(QStringLiteral("ended"), false).toBool();
    p.opensAtStart = settings.value(QStringLiteral("opensAtStart"), true).toBool();
    p.targets = idsFromText(settings.value(QStringLiteral("targets")).toStringList());
    p.interviews = idsFromText(settings.value(QStringLiteral("interviews")).toStringList());
    p.chosen = pairsFromText(settings.value(QStringLiteral("chosen")).toStringList()); // organisation:contact
    p.created = pairsFromText(settings.value(QStringLiteral("created")).toStringList()); // interview:contact
    p.database = settings.value(QStringLiteral("database")).toString();
    return p;
}

GuidedStartProgress GuidedStartProgress::load(const QString &database)
{
    GuidedStartProgress p = load();
    if (!p.database.isEmpty() && p.database != database) {
        GuidedStartProgress fresh;
        fresh.ended = p.ended;
        fresh.opensAtStart = p.opensAtStart;
        p = fresh;
    }
    p.database = database;
    return p;
}

void GuidedStartProgress::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("guidedStart"));
    settings.setValue(QStringLiteral("step"), step);
    settings.setValue(QStringLiteral("ended"), ended);
    settings.setValue(QStringLiteral("opensAtStart"), opensAtStart);
    settings.setValue(QStringLiteral("targets"), idsToText(targets));
    settings.setValue(QStringLiteral("interviews"), idsToText(interviews));
    settings.setValue(QStringLiteral("chosen"), pairsToText(chosen));
    settings.setValue(QStringLiteral("created"), pairsToText(created));
    settings.setValue(QStringLiteral("database"), database);
}

bool GuidedStartProgress::opensByItself(bool freshProfile) const
{
    if (ended || !opensAtStart)
        return false;
    return freshProfile || step > NetworkStep;
}
