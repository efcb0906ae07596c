// Must NOT compile: the command line gets kinds and styles through the API.
#include "rules/kinds.h"
