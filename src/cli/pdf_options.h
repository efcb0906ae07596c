// The PDF options render and merge share: which engine, the signature and seal images,
// the signature field and the file's date.
#pragma once
#include <optional>
#include <string>

#include "cli/options.h"
#include "core/choices.h"
#include "core/error.h"

namespace vanban::cli {

// What the help of a command that writes PDF lists.
#define VANBAN_PDF_OPTIONS_HELP                                                                \
  "  --pdf-engine E      vanban (default: typeset by vanban itself) or libreoffice (the ODT\n" \
  "                      printed by LibreOffice, headless; for comparison)\n"                  \
  "  --signature-image F the signer's signature (PNG, transparent), centred between the\n"     \
  "                      role and the name (Decree 30, Appendix I, Part II)\n"                 \
  "  --seal-image F      the seal (PNG, transparent) at its real size over the left third\n"   \
  "                      of the signature\n"                                                   \
  "  --seal-diameter MM  the seal's real diameter (default: from the PNG's resolution,\n"      \
  "                      else 35)\n"                                                           \
  "  --no-signature-field  no empty signature field over the signature room\n"                 \
  "  --pdf-date D        the file's date, e.g. 2026-12-01T08:30:00+07:00 (default: none,\n"    \
  "                      so the same document always gives the same bytes)\n"

struct PdfOptions {
  std::string engine = "vanban";
  std::string signature_image, seal_image, seal_diameter, date;
  bool no_field = false;

  // Declares the options on `parser`.
  void declare(OptionParser& parser);
  bool libreoffice() const { return engine == "libreoffice"; }
  // A usage message for a bad value ("" when all are fine).
  std::string check() const;
  // Reads the images; nullopt with an Io error naming the image file that cannot be read.
  std::optional<PdfChoice> choice(Error& error) const;
};

}  // namespace vanban::cli
