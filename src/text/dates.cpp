#include "text/dates.h"

#include <charconv>

namespace vanban::text {
namespace {

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> parse_issue_date(std::string_view iso, std::string& why) {
  Date d;
  if (iso.empty()) return d;  // the whole date left blank
  const std::string_view y = iso.substr(0, 4);
  if (iso.size() < 4 || !parse_int(y, d.year) || d.year < 1945 || d.year > 9999) {
    why = "date '" + std::string(iso) + "' must start with a four-digit year from 1945 (YYYY, YYYY-MM or YYYY-MM-DD)";
    return std::nullopt;
  }
  if (iso.size() == 4) return d;
  if (iso.size() != 7 && iso.size() != 10) {
    why = "date '" + std::string(iso) + "' is not YYYY, YYYY-MM or YYYY-MM-DD";
    return std::nullopt;
  }
  if (iso[4] != '-' || !parse_int(iso.substr(5, 2), d.month) || d.month < 1 || d.month > 12) {
    why = "date '" + std::string(iso) + "' has no month 01-12";
    return std::nullopt;
  }
  if (iso.size() == 7) return d;
  if (iso[7] != '-' || !parse_int(iso.substr(8, 2), d.day) || d.day < 1 || d.day > days_in_month(d.year, d.month)) {
    why = "date '" + std::string(iso) + "' does not exist: " + std::to_string(d.month) + "/" + std::to_string(d.year) +
          " has " + std::to_string(days_in_month(d.year, d.month)) + " days";
    return std::nullopt;
  }
  return d;
}

std::string day_text(int day) {
  if (day == 0) return std::string(kBlank);
  return (day < 10 ? "0" : "") + std::to_string(day);
}

std::string month_text(int month) {
  if (month == 0) return std::string(kBlank);
  return (month <= 2 ? "0" : "") + std::to_string(month);
}

std::string date_in_words(const Date& d) {
  if (d.year == 0)
    return "ngày " + std::string(kBlank) + " tháng " + std::string(kBlank) + " năm " + std::string(kBlank);
  return "ngày " + day_text(d.day) + " tháng " + month_text(d.month) + " năm " + std::to_string(d.year);
}

std::string place_and_date(std::string_view place, const Date& d) {
  return std::string(place) + ", " + date_in_words(d);
}

}  // namespace vanban::text
