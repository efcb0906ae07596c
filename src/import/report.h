// What an import recognised, repaired, set aside or could not classify, line by line.
#pragma once
#include <string>
#include <vector>

namespace vanban::import {

struct ReportEntry {
  enum class Kind { Recognised, Unclassified, Aside, Dropped, Repaired, Decoded, Note };
  Kind kind = Kind::Note;
  int line = 0;
  std::string what;  // "number", "signature", "page number" …
  std::string text;  // the source text concerned (shortened)
};
using Report = std::vector<ReportEntry>;

const char* kind_name(ReportEntry::Kind k);

}  // namespace vanban::import
