#include "import/report.h"

namespace vanban::import {

const char* kind_name(ReportEntry::Kind k) {
  switch (k) {
    case ReportEntry::Kind::Recognised:
      return "recognised";
    case ReportEntry::Kind::Unclassified:
      return "unclassified";
    case ReportEntry::Kind::Aside:
      return "aside";
    case ReportEntry::Kind::Dropped:
      return "dropped";
    case ReportEntry::Kind::Repaired:
      return "repaired";
    case ReportEntry::Kind::Decoded:
      return "decoded";
    case ReportEntry::Kind::Note:
      return "note";
  }
  return "?";
}

}  // namespace vanban::import
