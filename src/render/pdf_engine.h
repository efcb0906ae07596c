// The PDF engine: the typesetter and the PDF writer behind one table of functions.
// The library calls them directly (engine/direct.cpp). The vanban program loads them
// on the first PDF from the module vanban-typeset.so (engine/loader.cpp), because
// HarfBuzz, FreeType, fontconfig, libpng and what they load (glib, graphite, brotli,
// expat) cost about 8 ms at the start of every process, PDF or not
// (bench/startup_bench.py).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "page/page.h"
#include "pdf/pdf_writer.h"
#include "pdf/png.h"
#include "typeset/typeset.h"

namespace vanban {

struct PdfEngine {
  // typeset::typeset then pdf::write_pdf; nullopt with `why` when no font is installed.
  // `missing`: the characters the font cannot show (typeset::Document::missing).
  std::optional<std::string> (*write)(const layout::Layout& l, const typeset::Options& t, const pdf::Options& o,
                                      std::string* why, std::vector<std::string>* missing);
  std::optional<pdf::Image> (*read_png)(std::string_view bytes, std::string* why);
  // typeset::FontSet::report() for the family ("" with `why` when it has no font), and
  // everything a first PDF in the family makes once per process made
  // ahead: the fonts' repertoire subsets, ICU's line rules.
  std::string (*warm)(std::string_view family, std::string* why);
};

// The engine, or null with `why` (the program's module could not be loaded).
const PdfEngine* pdf_engine(std::string* why);

}  // namespace vanban
