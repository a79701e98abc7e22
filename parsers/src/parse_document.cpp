// Owned by the PDF/format-detection work: dispatches parse_document() by detected format.
#include "format_parsers.h"
