// Must NOT compile: core is the bottom layer.
#include "text/unicode.h"
