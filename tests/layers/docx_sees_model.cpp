// Must NOT compile: a writer knows nothing of the model.
#include "model/document.h"
