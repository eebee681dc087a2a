#pragma once

#include <functional>

// What a background task given one may tell of how far it is (Database::runInBackground() makes
// it the future's progress range and value, which a QFutureWatcher reports on the UI thread).
using BackgroundProgress = std::function<void(int done, int total)>;
