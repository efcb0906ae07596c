#include "cli/pdf_options.h"

#include <charconv>
#include <regex>

#include "cli/io.h"

namespace vanban::cli {

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
    // Real seals are 20 to 50 mm across (Decree 99/2016 on seals); allow some margin.
    if (ec != std::errc() || end != seal_diameter.data() + seal_diameter.size() || d < 10 || d > 80)
      return "--seal-diameter needs a diameter in mm between 10 and 80, not '" + seal_diameter + "'";
  }
  static const std::regex iso(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))");
  if (!date.empty() && !std::regex_match(date, iso))
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
