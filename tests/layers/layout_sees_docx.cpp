// Must NOT compile: the layout knows no file format.
#include "docx/parts.h"
