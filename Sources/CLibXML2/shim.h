#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so <libxml/encoding.h> pulls in the system <unicode/ucnv.h>.
// Foundation on Linux ships its own ICU module (_FoundationICU), and clang rejects two
// definitions of UErrorCode in one Swift module on a clean build. The ICU-only fields sit at the
// end of xmlCharEncodingHandler, which we only ever use by pointer, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

// `xmlFree` is a mutable global function pointer, which Swift 6 rejects as shared mutable
// state. Call it from C instead.
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

#endif
