// Must NOT compile: rules sit below the layout.
#include "layout/layout.h"
