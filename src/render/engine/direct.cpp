// The PDF engine's functions, called directly: linked into the library, and built
// alone into the program's module vanban-typeset.so (VANBAN_PDF_ENGINE_MODULE), whose
// one exported symbol hands the table to engine/loader.cpp.
#include "pdf/font_cache.h"
#include "pdf/pdf_writer.h"
#include "render/pdf_engine.h"
#include "typeset/fonts.h"
#include "typeset/lines.h"
#include "typeset/typeset.h"

namespace vanban {
namespace {

std::optional<std::string> write(const layout::Layout& l, const typeset::Options& t, const pdf::Options& o,
                                 std::string* why, std::vector<std::string>* missing) {
  const auto pages = typeset::typeset(l, t, why);
  if (!pages) return std::nullopt;
  if (missing) *missing = pages->missing;
  return pdf::write_pdf(*pages, o);
}

std::string warm(std::string_view family, std::string* why) {
  const typeset::FontSet* f = typeset::FontSet::get(family, why);
  if (!f) return "";
  for (int s = 0; s < 4; ++s) pdf::warm_face(f->face(static_cast<typeset::FaceStyle>(s)));
  const std::vector<layout::Run> runs{{layout::Run::Kind::Text, "Cộng hòa xã hội chủ nghĩa Việt Nam"}};
  typeset::ParagraphSpec p;
  p.runs = &runs;
  p.size = 14;
  p.width = 100;
  typeset::set_paragraph(p, *f);
  return f->report();
}

constexpr PdfEngine kEngine{write, pdf::read_png, warm};

}  // namespace

#ifdef VANBAN_PDF_ENGINE_MODULE
// The table's layout and the types it passes are those of this very build: the symbol
// carries a digest of the headers they come from (VANBAN_PDF_ENGINE_ENTRY, set by the
// build), so a module of another build is not taken for this one.
extern "C" [[gnu::visibility("default")]] const PdfEngine* VANBAN_PDF_ENGINE_SYMBOL() { return &kEngine; }
#else
const PdfEngine* pdf_engine(std::string*) { return &kEngine; }
#endif

}  // namespace vanban
