// The units office files measure in, and the numbers they write, read without trust: a
// value that is not a number (w:sz="abc"), is out of range or carries an unknown unit
// gives nullopt, and the caller ignores it as Word does.
#pragma once
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace vanban::office::units {

inline constexpr double kMmPerInch = 25.4;
inline constexpr double kTwipsPerInch = 1440;  // 1 twip = 1/20 pt
inline constexpr double kEmuPerMm = 36000;     // 914,400 EMU an inch

inline double twips_to_mm(double twips) { return twips * kMmPerInch / kTwipsPerInch; }
inline double twips_to_pt(double twips) { return twips / 20; }
inline double half_points_to_pt(double half_points) { return half_points / 2; }
inline double eighths_to_pt(double eighths) { return eighths / 8; }
inline double emu_to_mm(double emu) { return emu / kEmuPerMm; }
inline double pt_to_mm(double pt) { return pt * kMmPerInch / 72; }

// Far beyond any page (10 m in twips, EMU or points): larger values are damage.
inline constexpr double kMaxMagnitude = 1e12;

// A decimal number, the whole of `s` (leading and trailing spaces allowed): "12",
// "-5", "+3.5", ".5". Nothing else: "abc", "12pt", "1e9", "" give nullopt.
inline std::optional<double> number(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty() || s.size() > 40) return std::nullopt;
  size_t i = 0;
  if (s[i] == '-' || s[i] == '+') ++i;
  bool digits = false, point = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      digits = true;
    } else if (s[i] == '.' && !point) {
      point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  const double v = std::strtod(std::string(s).c_str(), nullptr);
  if (!std::isfinite(v) || std::fabs(v) > kMaxMagnitude) return std::nullopt;
  return v;
}

// A whole number (a decimal one is cut toward zero), within ±2^31.
inline std::optional<int> integer(std::string_view s) {
  const auto v = number(s);
  if (!v || std::fabs(*v) > 2147483647.0) return std::nullopt;
  return static_cast<int>(*v);
}

// A length with an optional unit: `plain` says what a bare number is in; the result is
// in points. Units: pt, mm, cm, in, pc, pi, px (0.75 pt), emu.
inline std::optional<double> length_pt(std::string_view s, double points_per_plain) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  struct Unit {
    std::string_view name;
    double pt;
  };
  static constexpr Unit kUnits[] = {{"pt", 1},  {"mm", 72 / 25.4}, {"cm", 720 / 25.4}, {"in", 72},
                                    {"pc", 12}, {"pi", 12},        {"px", 0.75},       {"emu", 72.0 / 914400}};
  for (const auto& u : kUnits)
    if (s.size() > u.name.size() && s.ends_with(u.name)) {
      const auto v = number(s.substr(0, s.size() - u.name.size()));
      if (!v) return std::nullopt;
      return *v * u.pt;
    }
  const auto v = number(s);
  if (!v) return std::nullopt;
  return *v * points_per_plain;
}

// A WordprocessingML measure in twips: a number, or (ST_UniversalMeasure) a number with
// one of mm, cm, in, pt, pc, pi.
inline std::optional<double> twips(std::string_view s) {
  const auto pt = length_pt(s, 1.0 / 20);
  if (!pt) return std::nullopt;
  return *pt * 20;
}

}  // namespace vanban::office::units
