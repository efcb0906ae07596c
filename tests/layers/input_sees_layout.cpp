// Must NOT compile: input gets kinds and styles from rules, not from the layout.
#include "layout/layout.h"
