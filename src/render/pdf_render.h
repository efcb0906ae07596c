// Layout → PDF through vanban's own typesetter and PDF writer (no office suite), with
// the signature and seal images of Decree 30, Appendix I, Part II. One PdfRenderer
// decodes the images once and writes any number of documents (a merge's letters),
// from several threads at once.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.h"
#include "core/error.h"
#include "page/page.h"
#include "pdf/png.h"
#include "typeset/typeset.h"

namespace vanban {

struct PdfEngine;

// The seal's diameter when neither the caller nor the image says (mm): the common
// round seal of a district- or commune-level body.
constexpr double kDefaultSealDiameter = 35;
// The family the house styles set the body in (Decree 30: Times New Roman), whose
// fonts, or their stand-in, a PDF needs.
constexpr const char* kBodyFamily = "Times New Roman";

class PdfRenderer {
 public:
  // nullopt with an Unreadable error naming the image when one is no usable PNG, or an
  // Io error when the typesetter cannot be loaded. The first renderer of a process
  // loads the typesetter and makes its fonts ready on a thread of their own, while the
  // caller reads and lays out the document: a missing font is reported by check() or by
  // the first write(). Later renderers share what it found.
  static std::optional<PdfRenderer> make(const PdfChoice& c, Errors& errors);
  // Waits for the typesetter; false with an Io error when it or its fonts are missing.
  bool check(Errors& errors) const;
  // nullopt with an Io error naming `file` when no font can be found. `warnings` gets
  // "FILE: …" naming the characters the font cannot show (left out of the PDF).
  std::optional<std::string> write(const layout::Layout& l, std::string_view file, Errors& errors,
                                   std::vector<std::string>* warnings = nullptr) const;
  // The font family the PDFs are set in, as fontconfig found it ("Liberation Serif
  // (Times New Roman is not installed)"); "" when none is installed.
  std::string fonts() const;

 private:
  struct Ready;
  static std::shared_ptr<Ready> shared_ready();
  const Ready& ready() const;
  std::shared_ptr<Ready> ready_;
  std::optional<pdf::Image> signature_, seal_;
  typeset::Options options_;
  std::string date_;
};

}  // namespace vanban
