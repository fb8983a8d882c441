#ifndef GONGBAO_CLIBXML2_SHIM_H
#define GONGBAO_CLIBXML2_SHIM_H
/* libxml2 is built with ICU, so <libxml/encoding.h> pulls in the system <unicode/ucnv.h>, whose
   enum UErrorCode clashes with the copy in Foundation's _FoundationICU as soon as one compile job
   sees both ("... is not present in definition of 'enum UErrorCode' in module 'CLibXML2'").
   We never use libxml2's converters (we decode ourselves; HTML_PARSE_IGNORE_ENC), and only the
   tail of xmlCharEncodingHandler, which we never touch, depends on the flag, so hide ICU here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#endif
