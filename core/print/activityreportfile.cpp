#include "print/activityreportfile.h"

#include "domain/failwith.h"
#include "export/csvwriter.h"
#include "export/exportfile.h"

std::optional<ActivityReportFile::Format> ActivityReportFile::formatOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return Format::Pdf;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

QByteArray ActivityReportFile::toCsv(const ActivityReport &report)
{
    QString text = CsvWriter::line(ActivityReport::csvHeadings());
    for (const Activity &activity : report.activities)
        text += CsvWriter::line(report.csvCells(activity));
    return CsvWriter::file(text);
}

QPageLayout ActivityReportFile::pageLayout()
{
    QPageLayout layout = PagedDocument::defaultPageLayout();
    layout.setOrientation(QPageLayout::Landscape);
    return layout;
}

std::unique_ptr<PagedDocument> ActivityReportFile::document(const ActivityReport &report)
{
    // The page size first, so that the long table is laid out once, at its width.
    auto document = std::make_unique<PagedDocument>(report.title());
    document->setPageLayout(pageLayout());
    document->layoutFor(pageLayout());
    document->setContent(report.toHtml());
    return document;
}

bool ActivityReportFile::write(const ActivityReport &report, const QString &path, QString *summary, QString *error)
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        return failWith(error,
                        ExportFile::notWritten(path,
                                               tr("an activity report is written as PDF (.pdf) or "
                                                  "CSV (.csv); give the file one of these endings.")));
    }
    int pages = 0;
    if (*format == Format::Csv) {
        if (!ExportFile::write(path, toCsv(report), error))
            return false;
    } else {
        if (!document(report)->writePdf(path, error, &pages))
            return false;
    }
    if (summary) {
        const QString activities = tr("%n activity(ies)", nullptr, int(report.activities.size()));
        *summary = *format == Format::Pdf
            ? tr("Wrote the activity report to %1: %2 on %n page(s).", nullptr, pages)
                  .arg(ExportFile::displayName(path), activities)
            : tr("Wrote the activity report to %1: %2.").arg(ExportFile::displayName(path), activities);
    }
    return true;
}
