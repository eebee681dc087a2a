#pragma once

// The organisation and application names that settings and data paths are derived from, and
// the version, set the same for the window and every command, so they share data and settings.
void setApplicationIdentity();
