#include "cli/pdf_options.h"

#include <cctype>
#include <charconv>

#include "cli/io.h"

namespace vanban::cli {
namespace {

// "2026-12-01T08:30:00+07:00" or "…Z" in form (the writer checks the values). Not
// std::regex: compiling one costs ~5 ms at every start, PDF or not.
bool iso_date_time(const std::string& s) {
  const std::string form = s.size() == 20 ? "dddd-dd-ddTdd:dd:ddZ" : "dddd-dd-ddTdd:dd:dd+dd:dd";
  if (s.size() != form.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool ok = form[i] == 'd'   ? std::isdigit(static_cast<unsigned char>(s[i])) != 0
                    : form[i] == '+' ? s[i] == '+' || s[i] == '-'
                                     : s[i] == form[i];
    if (!ok) return false;
  }
  const auto num = [&](size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
  const int year = num(0) * 100 + num(2), month = num(5), day = num(8);
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) return false;
  return num(11) < 24 && num(14) < 60 && num(17) < 60 && (s.size() == 20 || (num(20) < 24 && num(23) < 60));
}

}  // namespace

void PdfOptions::declare(OptionParser& parser) {
  parser.value("--pdf-engine", engine, "vanban or libreoffice")
      .value("--signature-image", signature_image, "a PNG file")
      .value("--seal-image", seal_image, "a PNG file")
      .value("--seal-diameter", seal_diameter, "a diameter in mm")
      .value("--pdf-date", date, "a date and time")
      .flag("--no-signature-field", no_field);
}

std::string PdfOptions::check() const {
  if (engine != "vanban" && engine != "libreoffice") return "unknown PDF engine '" + engine + "' (vanban, libreoffice)";
  if (!seal_diameter.empty()) {
    double d = 0;
    const auto [end, ec] = std::from_chars(seal_diameter.data(), seal_diameter.data() + seal_diameter.size(), d);
    if (ec != std::errc() || end != seal_diameter.data() + seal_diameter.size() || d < kMinSealDiameter ||
        d > kMaxSealDiameter)
      return "--seal-diameter needs a diameter in mm between 10 and 80, not '" + seal_diameter + "'";
  }
  if (!date.empty() && !iso_date_time(date))
    return "--pdf-date needs a date like 2026-12-01T08:30:00+07:00, not '" + date + "'";
  if (libreoffice() && (!signature_image.empty() || !seal_image.empty() || !date.empty()))
    return "--signature-image, --seal-image and --pdf-date need the vanban PDF engine";
  return "";
}

std::optional<PdfChoice> PdfOptions::choice(Error& error) const {
  PdfChoice c;
  if (!signature_image.empty()) {
    auto bytes = read_input(signature_image, error);
    if (!bytes) return std::nullopt;
    c.signature_png = std::move(*bytes);
    c.signature_origin = signature_image;
  }
  if (!seal_image.empty()) {
    auto bytes = read_input(seal_image, error);
    if (!bytes) return std::nullopt;
    c.seal_png = std::move(*bytes);
    c.seal_origin = seal_image;
  }
  if (!seal_diameter.empty())
    std::from_chars(seal_diameter.data(), seal_diameter.data() + seal_diameter.size(), c.seal_diameter);
  c.signature_field = !no_field;
  c.date = date;
  return c;
}

}  // namespace vanban::cli
