// libFuzzer target for the message template renderer. The input is a template, optionally
// followed by a NUL byte and "name=value" lines that fill placeholders.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - rendering is deterministic (the same text and reports twice);
// - with no values nothing changes: the output is the template itself;
// - every unknown placeholder and every slot reported is in the output as written;
// - every name reported missing is a known placeholder;
// - escape() and unescape() are inverses for every value.
#include "messages/messagevalues.h"
#include "messages/templaterenderer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_templaterenderer: invariant broken: %s\n", what);
        std::abort();
    }
}

bool same(const TemplateRenderer::Rendered &a, const TemplateRenderer::Rendered &b)
{
    return a.text == b.text && a.unknownPlaceholders == b.unknownPlaceholders && a.missingValues == b.missingValues
        && a.unfilledSlots == b.unfilledSlots;
}

void checkReports(const TemplateRenderer::Rendered &rendered)
{
    for (const QString &placeholder : rendered.unknownPlaceholders)
        require(rendered.text.contains(placeholder), "an unknown placeholder stays as written");
    for (const QString &slot : rendered.unfilledSlots)
        require(rendered.text.contains(slot), "an unfilled slot stays in the text");
    for (const QString &name : rendered.missingValues)
        require(TemplateRenderer::isKnownPlaceholder(name), "only known placeholders are missing values");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));

    MessageValues values;
    if (split >= 0) {
        const QString assignments = QString::fromUtf8(bytes.mid(split + 1));
        for (const QString &line : assignments.split(u'\n')) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0) {
                const QString value = line.mid(eq + 1);
                values.setValue(line.left(eq), value);
                require(TemplateRenderer::unescape(TemplateRenderer::escape(value)) == value, "escape round trip");
            }
        }
    }

    const TemplateRenderer::Rendered first = TemplateRenderer::render(text, values);
    const TemplateRenderer::Rendered second = TemplateRenderer::render(text, values);
    require(same(first, second), "rendering is deterministic");
    checkReports(first);
    (void)first.message();
    (void)first.isComplete();

    const TemplateRenderer::Rendered empty = TemplateRenderer::render(text, MessageValues());
    require(empty.text == text, "with no values the template is left as written");
    checkReports(empty);
    return 0;
}
