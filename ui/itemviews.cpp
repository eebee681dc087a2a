#include "itemviews.h"

#include <QTableView>

void ItemViews::setUpTable(QTableView *table)
{
    table->setTabKeyNavigation(false);
}
