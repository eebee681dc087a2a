#pragma once

class QTableView;

// What every table in the window shares, so keyboard users meet the same behaviour everywhere.
namespace ItemViews {

// Tab and Shift+Tab leave the table for the next control (a table's default walks its cells,
// trapping the keyboard); the arrow keys move within it.
void setUpTable(QTableView *table);

} // namespace ItemViews
