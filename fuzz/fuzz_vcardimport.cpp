// libFuzzer target for the vCard reader: any bytes in, a table of cards or a plain error out.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - an error comes with a sentence and no rows; success with a vCard layout, one row per card
//   and each row on a line after the one before;
// - a row is skipped (a reason) or holds a contact: never both;
// - reading the same bytes twice gives the same rows.
#include "import/vcardimport.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_vcardimport: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const contactcsv::ReadResult result = VCardImport::read(bytes);
    if (!result.ok) {
        require(!result.error.isEmpty(), "an error without a sentence");
        require(result.rows.isEmpty(), "rows with an error");
        return 0;
    }
    require(result.layout.format == contactcsv::Format::VCard, "not read as vCard");
    require(result.rows.size() == result.table.size() - 1, "not one row per card");
    int previousLine = 0;
    for (const linkedin::Row &row : result.rows) {
        require(row.line > previousLine, "cards not on increasing lines");
        previousLine = row.line;
        if (!row.skipReason.isEmpty())
            require(row.contact.firstName.isEmpty() && row.contact.email.isEmpty(), "a skipped card with a contact");
    }
    const contactcsv::ReadResult again = VCardImport::read(bytes);
    require(again.rows.size() == result.rows.size(), "a second read differs");
    for (qsizetype i = 0; i < result.rows.size(); ++i)
        require(again.rows.at(i).contact == result.rows.at(i).contact, "a second read differs");
    return 0;
}
