#pragma once

#include <QCoreApplication>
#include <QString>

// What a new interview starts with: the agreed length and the agenda. Kept in the
// application's QSettings (group "interviews") and changed in the settings dialog.
struct InterviewDefaults {
    Q_DECLARE_TR_FUNCTIONS(InterviewDefaults)

public:
    static constexpr int MinimumLength = 10;
    static constexpr int MaximumLength = 90;

    int lengthMinutes = 20;
    QString agenda = standardAgenda();

    static QString standardAgenda();
    // The agenda of a conversation held to decide on an offer (InterviewKind::DecidingOnOffer).
    static QString offerAgenda();
    static InterviewDefaults load();
    void save() const;

    bool operator==(const InterviewDefaults &other) const = default;
};
