#include "hintlabel.h"

#include "appearance.h"

#include <QEvent>

HintLabel::HintLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setObjectName(QStringLiteral("hint"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    updateColour();
}

void HintLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColour();
}

void HintLabel::updateColour()
{
    QPalette p = palette();
    const QColor colour = Appearance::secondaryTextColour(p);
    if (p.color(QPalette::WindowText) == colour)
        return; // also ends the change event that setting it sends
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}
