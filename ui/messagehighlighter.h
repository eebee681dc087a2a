#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
}

// Colours a message template in an editor: Markdown, with {{placeholders}} and [[slots]]
// marked (the "Coffee Chat Template" syntax shipped in resources/syntax). The colour theme
// follows the editor's palette, light or dark, and changes when the palette does.
class MessageHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    static inline const QString DefinitionName = QStringLiteral("Coffee Chat Template");

    MessageHighlighter(KSyntaxHighlighting::Repository *repository, QPlainTextEdit *editor);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();

    KSyntaxHighlighting::Repository *m_repository;
    QPlainTextEdit *m_editor;
};
