// ICU's collation library (libicui18n) for the vanban program, loaded on first use
// (on_demand.h). Of its 3 MB the program uses the Vietnamese collator only, to sort
// merge rows by name; the rest of ICU the program needs is in libicuuc. Loading it at
// start-up cost every run about 35 page faults and its relocations. The collator's
// other functions are virtual, reached through the object: Collator::createInstance is
// the one to forward. VANBAN_ICU_I18N_SONAME is the library's soname and
// VANBAN_ICU_COLLATOR_CREATE the function's (mangled) symbol, both found by the build.
#include <unicode/coll.h>

#include "on_demand.h"

U_NAMESPACE_BEGIN

Collator* Collator::createInstance(const Locale& locale, UErrorCode& status) {
  static auto* const real = reinterpret_cast<Collator* (*)(const Locale&, UErrorCode&)>(
      vanban::cli::ondemand::symbol(VANBAN_ICU_I18N_SONAME, VANBAN_ICU_COLLATOR_CREATE));
  return real(locale, status);
}

U_NAMESPACE_END
