#ifndef CCMARKGFM_SHIM_H
#define CCMARKGFM_SHIM_H

// cmark-gfm: CommonMark with the GitHub extensions (tables, strikethrough, autolinks, task
// lists). It keeps the source line and column of every block, which `check` needs for findings.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

#endif
