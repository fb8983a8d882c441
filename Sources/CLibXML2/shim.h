#ifndef GONGBAO_CLIBXML2_SHIM_H
#define GONGBAO_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#endif
