#include "messagehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QPlainTextEdit>

MessageHighlighter::MessageHighlighter(KSyntaxHighlighting::Repository *repository, QPlainTextEdit *editor)
    : KSyntaxHighlighting::SyntaxHighlighter(editor->document())
    , m_repository(repository)
    , m_editor(editor)
{
    const KSyntaxHighlighting::Definition definition = m_repository->definitionForName(DefinitionName);
    if (!definition.isValid())
        qWarning("The syntax definition \"%s\" is missing; messages are not highlighted.", qPrintable(DefinitionName));
    setDefinition(definition);
    followPalette();
    m_editor->installEventFilter(this);
}

bool MessageHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange)
        followPalette();
    return KSyntaxHighlighting::SyntaxHighlighter::eventFilter(watched, event);
}

void MessageHighlighter::followPalette()
{
    const KSyntaxHighlighting::Theme theme = m_repository->themeForPalette(m_editor->palette());
    if (theme.name() == this->theme().name())
        return;
    setTheme(theme);
    rehighlight();
}
