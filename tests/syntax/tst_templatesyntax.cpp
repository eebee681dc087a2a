#include "messages/templaterenderer.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTest>

using namespace Qt::StringLiterals;
namespace KSH = KSyntaxHighlighting;

namespace {

// Records the format of every character, line by line, as an editor would paint it.
class FormatRecorder : public KSH::AbstractHighlighter
{
public:
    explicit FormatRecorder(const KSH::Definition &definition) { setDefinition(definition); }

    // The format names of each character of each line; "" where none was applied.
    QList<QStringList> highlight(const QStringList &lines)
    {
        QList<QStringList> result;
        KSH::State state;
        for (const QString &line : lines) {
            m_current = QStringList(line.size());
            state = highlightLine(line, state);
            result << m_current;
        }
        return result;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_current.size(); ++i)
            m_current[i] = format.name();
    }

private:
    QStringList m_current;
};

const QString definitionName = u"Coffee Chat Template"_s;

} // namespace

class TestTemplateSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void definitionLoads();
    void formatsHaveThemeStyles_data();
    void formatsHaveThemeStyles();
    void highlights_data();
    void highlights();
    void everyKnownPlaceholderIsAPlaceholder();

private:
    std::unique_ptr<KSH::Repository> m_repository;
    KSH::Definition m_definition;
};

void TestTemplateSyntax::initTestCase()
{
    m_repository = std::make_unique<KSH::Repository>();
    // The repository looks in <path>/syntax, as it does in the app's resources.
    m_repository->addCustomSearchPath(QStringLiteral(COFFEECHAT_RESOURCES));
    m_definition = m_repository->definitionForName(definitionName);
}

void TestTemplateSyntax::definitionLoads()
{
    QVERIFY(m_definition.isValid());
    QCOMPARE(m_definition.name(), definitionName);
    QCOMPARE(m_definition.section(), u"Markup"_s);
    QVERIFY(m_definition.extensions().contains(u"*.cctemplate"_s));
    QCOMPARE(m_repository->definitionForFileName(u"thanks.cctemplate"_s).name(), definitionName);
    QStringList included;
    for (const KSH::Definition &definition : m_definition.includedDefinitions())
        included << definition.name();
    QVERIFY2(included.contains(u"Markdown"_s), qPrintable(included.join(u", "_s)));
}

void TestTemplateSyntax::formatsHaveThemeStyles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("style");
    QTest::newRow("placeholder") << u"Placeholder"_s << int(KSH::Theme::Variable);
    QTest::newRow("unknown placeholder") << u"Unknown Placeholder"_s << int(KSH::Theme::Error);
    QTest::newRow("slot") << u"Slot"_s << int(KSH::Theme::Alert);
    QTest::newRow("escape") << u"Escape"_s << int(KSH::Theme::SpecialChar);
}

// Themes colour default styles, so every theme shows fields apart from the text.
void TestTemplateSyntax::formatsHaveThemeStyles()
{
    QFETCH(QString, format);
    QFETCH(int, style);
    const QList<KSH::Format> formats = m_definition.formats();
    const auto found =
        std::find_if(formats.cbegin(), formats.cend(), [&](const KSH::Format &f) { return f.name() == format; });
    QVERIFY(found != formats.cend());
    QCOMPARE(int(found->textStyle()), style);
}

void TestTemplateSyntax::highlights_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment"); // its first occurrence in the line
    QTest::addColumn<QString>("format"); // of every character of the fragment

    const QString greeting = u"Hi {{contact.first_name}}, thanks!"_s;
    QTest::newRow("placeholder") << QStringList{greeting} << 0 << u"{{contact.first_name}}"_s << u"Placeholder"_s;
    QTest::newRow("text around it") << QStringList{greeting} << 0 << u", thanks!"_s << u"Normal Text"_s;
    QTest::newRow("spaces and case") << QStringList{u"Hi {{ Contact.First_Name  }}"_s} << 0
                                     << u"{{ Contact.First_Name  }}"_s << u"Placeholder"_s;
    QTest::newRow("unknown placeholder") << QStringList{u"Hi {{contact.nickname}}!"_s} << 0 << u"{{contact.nickname}}"_s
                                         << u"Unknown Placeholder"_s;
    QTest::newRow("unclosed placeholder") << QStringList{u"Hi {{contact.first_name, how"_s} << 0
                                          << u"{{contact.first_name,"_s << u"Unknown Placeholder"_s;
    QTest::newRow("slot") << QStringList{u"I learned [[one specific thing]]."_s} << 0 << u"[[one specific thing]]"_s
                          << u"Slot"_s;
    QTest::newRow("two slots on a line") << QStringList{u"[[a]] and [[b]]"_s} << 0 << u" and "_s << u"Normal Text"_s;
    QTest::newRow("escaped placeholder") << QStringList{u"Type \\{{ to write braces"_s} << 0 << u"\\{{"_s
                                         << u"Escape"_s;
    QTest::newRow("heading") << QStringList{u"# Heading"_s} << 0 << u"# Heading"_s << u"Header H1"_s;
    QTest::newRow("bold") << QStringList{u"Some **bold** words"_s} << 0 << u"**bold**"_s << u"Strong Text"_s;
    QTest::newRow("italic") << QStringList{u"Some *soft* words"_s} << 0 << u"*soft*"_s << u"Emphasis Text"_s;
    QTest::newRow("placeholder after a heading")
        << QStringList{u"# Notes"_s, QString(), u"Dear {{contact.first_name}},"_s} << 2 << u"{{contact.first_name}}"_s
        << u"Placeholder"_s;
    QTest::newRow("placeholder in a list item") << QStringList{u"Points:"_s, u"- [[first point]]"_s, u"- {{my.name}}"_s}
                                                << 2 << u"{{my.name}}"_s << u"Placeholder"_s;
    QTest::newRow("slot in a numbered list")
        << QStringList{u"1. [[first point]]"_s} << 0 << u"[[first point]]"_s << u"Slot"_s;
    QTest::newRow("slot in a quote") << QStringList{u"> [[their words]]"_s} << 0 << u"[[their words]]"_s << u"Slot"_s;
    QTest::newRow("after bold text") << QStringList{u"**Thanks** again, [[a detail]]"_s, u"{{my.signature}}"_s} << 1
                                     << u"{{my.signature}}"_s << u"Placeholder"_s;
    QTest::newRow("markdown link stays a link")
        << QStringList{u"See [my notes](https://example.org)"_s} << 0 << u"my notes"_s << u"Reference-Link Name"_s;
}

void TestTemplateSyntax::highlights()
{
    QFETCH(QStringList, lines);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QFETCH(QString, format);

    FormatRecorder recorder(m_definition);
    const QList<QStringList> formats = recorder.highlight(lines);
    const qsizetype start = lines.at(line).indexOf(fragment);
    QVERIFY(start >= 0);
    for (qsizetype i = start; i < start + fragment.size(); ++i)
        QVERIFY2(formats.at(line).at(i) == format,
                 qPrintable(u"column %1 is “%2”"_s.arg(i).arg(formats.at(line).at(i))));
}

void TestTemplateSyntax::everyKnownPlaceholderIsAPlaceholder()
{
    FormatRecorder recorder(m_definition);
    for (const QString &name : TemplateRenderer::knownPlaceholders()) {
        const QString placeholder = u"{{"_s + name + u"}}"_s;
        const QStringList formats = recorder.highlight({placeholder}).first();
        QVERIFY2(formats == QStringList(placeholder.size(), u"Placeholder"_s), qPrintable(placeholder));
    }
}

QTEST_GUILESS_MAIN(TestTemplateSyntax)
#include "tst_templatesyntax.moc"
