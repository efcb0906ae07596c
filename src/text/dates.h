// Dates as Decree 30 writes them: "Gia Lâm, ngày 24 tháng 4 năm 2023".
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::text {

// A date as written on a document; 0 in day or month means "left blank" (drafts).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;  // year 0: the whole date is left blank
};

// Parses "YYYY-MM-DD", "YYYY-MM" (day left blank) or "YYYY" (day and month blank).
// Returns nullopt with `why` set for malformed or impossible dates (2023-02-30).
std::optional<Date> parse_issue_date(std::string_view iso, std::string& why);

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Day and month with the Decree 30 leading-zero rule: day < 10 → "05";
// months 1 and 2 → "01", "02"; months 3–12 without a zero.
std::string day_text(int day);
std::string month_text(int month);

// "ngày 24 tháng 4 năm 2023"; blank parts leave a gap to fill in by hand.
std::string date_in_words(const Date& d);
// "Gia Lâm, ngày 24 tháng 4 năm 2023"
std::string place_and_date(std::string_view place, const Date& d);

// The gap printed for a part left blank (number, day, month): wide enough to write in.
inline constexpr std::string_view kBlank = "      ";

}  // namespace vanban::text
