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
    // "organisation:contact" pairs
    const QStringList pairs = settings.value(QStringLiteral("chosen")).toStringList();
    for (const QString &pair : pairs) {
        const QList<qint64> ids = idsFromText(pair.split(QLatin1Char(':')));
        if (ids.size() == 2)
            p.chosen.insert(ids.at(0), ids.at(1));
    }
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
    QStringList pairs;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        pairs << QString::number(it.key()) + QLatin1Char(':') + QString::number(it.value());
    pairs.sort();
    settings.setValue(QStringLiteral("chosen"), pairs);
}

bool GuidedStartProgress::opensByItself(bool freshProfile) const
{
    if (ended || !opensAtStart)
        return false;
    return freshProfile || step > NetworkStep;
}
