#pragma once

#include <QLabel>

// A line of advice under a field or a list: wrapped, plain text, in a secondary colour that
// still reads at 4.5:1 or better on the window's background, light or dark, and follows a
// change of colour scheme. Never a disabled label, which screen readers announce as unavailable.
class HintLabel : public QLabel
{
    Q_OBJECT
public:
    explicit HintLabel(const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();
};
