#pragma once

// How a list model reads its rows when it is made: now, or on a worker thread once the event
// loop runs, so that a large list never keeps the window from appearing.
enum class Loading { Now, InBackground };
