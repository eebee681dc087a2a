#pragma once

#include "documents/activityreport.h"
#include "print/pageddocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

// The activity report written to a file, as File › Activity Report… and `coffeechat report`
// both write it: a PDF laid out in pages (PagedDocument) or a CSV file for a spreadsheet, chosen
// by the file's suffix. Written whole or not at all (ExportFile).
class ActivityReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReportFile)
public:
    enum class Format { Pdf, Csv };
    // By the path's suffix (.pdf, .csv, in any case); nothing for another one.
    static std::optional<Format> formatOf(const QString &path);

    static QByteArray toCsv(const ActivityReport &report);
    // The report laid out for printing: landscape, so each activity's six columns fit a line.
    static std::unique_ptr<PagedDocument> document(const ActivityReport &report);
    static QPageLayout pageLayout();
    // On success sets *summary to a sentence that names the file and says what it holds; on
    // failure sets *error, naming the file.
    static bool write(const ActivityReport &report, const QString &path, QString *summary, QString *error);
};
