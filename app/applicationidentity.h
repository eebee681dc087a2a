#pragma once

// The organisation and application names that settings and data paths are derived from, and
// the version. Both executables set the same, so the launcher's commands and the app share data.
void setApplicationIdentity();
