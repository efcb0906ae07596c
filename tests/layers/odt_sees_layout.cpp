// Must NOT compile: a writer takes the page description, not the layout.
#include "layout/layout.h"
