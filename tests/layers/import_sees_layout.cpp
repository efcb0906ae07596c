// Must NOT compile: import gets kinds and styles from rules, not from the layout.
#include "layout/composer.h"
