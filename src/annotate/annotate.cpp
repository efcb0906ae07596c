#include "annotate/annotate.h"

#include "annotate/docx_comments.h"
#include "annotate/odt_annotations.h"
#include "annotate/package_parts.h"
#include "text/unicode.h"

namespace vanban::annotate {
namespace {

bool digits(std::string_view s, size_t at, size_t count, int& value) {
  if (at + count > s.size()) return false;
  value = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

// `date` as an xsd:dateTime (what w:date and dc:date hold), or nullopt: YYYY-MM-DD,
// then optionally Thh:mm:ss with fractions and a zone (Z, ±hh:mm). A date alone means
// its midnight.
std::optional<std::string> date_time(std::string_view date) {
  int year = 0, month = 0, day = 0, v = 0;
  if (!digits(date, 0, 4, year) || date.size() < 10 || date[4] != '-' || !digits(date, 5, 2, month) || date[7] != '-' ||
      !digits(date, 8, 2, day) || year < 1 || month < 1 || month > 12)
    return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day < 1 || day > kDays[month - 1] + (month == 2 && leap)) return std::nullopt;
  if (date.size() == 10) return std::string(date) + "T00:00:00";
  if (date[10] != 'T' || !digits(date, 11, 2, v) || v > 23 || date.size() < 19 || date[13] != ':' ||
      !digits(date, 14, 2, v) || v > 59 || date[16] != ':' || !digits(date, 17, 2, v) || v > 59)
    return std::nullopt;
  size_t i = 19;
  if (i < date.size() && date[i] == '.') {
    const size_t start = ++i;
    while (i < date.size() && date[i] >= '0' && date[i] <= '9') ++i;
    if (i == start) return std::nullopt;
  }
  if (i == date.size()) return std::string(date);
  if (date[i] == 'Z' && i + 1 == date.size()) return std::string(date);
  if ((date[i] == '+' || date[i] == '-') && i + 6 == date.size() && digits(date, i + 1, 2, v) && v <= 14 &&
      date[i + 3] == ':' && digits(date, i + 4, 2, v) && v <= 59)
    return std::string(date);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> annotate(std::string_view package, office::Kind kind, const std::vector<Note>& notes,
                                    const Options& options, std::string_view file, Errors& errors) {
  auto fail = [&](ErrorCode code, std::string why) {
    errors.push_back({code, std::string(file), 0, 0, std::move(why)});
    return std::nullopt;
  };
  if (kind != office::Kind::Docx && kind != office::Kind::Odt)
    return fail(ErrorCode::Unreadable, "not a .docx or .odt");
  const std::string_view part = kind == office::Kind::Docx ? "word/document.xml" : "content.xml";
  for (const auto& n : notes)
    if (n.anchor.part != part)
      return fail(ErrorCode::Unreadable,
                  "comments can only be anchored in " + std::string(part) + ", not in '" + n.anchor.part + "'");
  Options used = options;
  if (!options.date.empty()) {
    const auto d = date_time(options.date);
    if (!d) {
      errors.push_back({ErrorCode::Usage, "", 0, 0,
                        "the comment date '" + text::printable(options.date) +
                            "' is not ISO 8601 (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with an optional Z or ±hh:mm)"});
      return std::nullopt;
    }
    used.date = *d;
  }
  Failure failure;
  auto parts = read_parts(package, failure);
  if (!parts) return fail(failure.code, failure.why);
  const bool added = kind == office::Kind::Docx ? add_docx_comments(*parts, notes, used, failure)
                                                : add_odt_annotations(*parts, notes, used, failure);
  if (!added) return fail(failure.code, failure.why);
  return write_parts(std::move(*parts), kind == office::Kind::Odt);
}

}  // namespace vanban::annotate
