#include "api/vanban.h"

#include <algorithm>

#include "api/boundary.h"
#include "input/xml_reader.h"
#include "render/pdf_render.h"
#include "render/render_steps.h"
#include "rules/house_style.h"
#include "rules/kinds.h"

namespace vanban {

MultiRenderResult render(std::string_view xml, std::string_view file, const std::vector<Format>& formats,
                         const StyleChoice* style, const PdfChoice* pdf) {
  MultiRenderResult r;
  at_boundary(file, r.errors, [&] {
    const std::optional<rules::HouseStyle> chosen = choose_style(style, r.errors);
    if (!r.errors.empty()) return;
    std::optional<PdfRenderer> pdf_renderer;
    if (std::find(formats.begin(), formats.end(), Format::Pdf) != formats.end()) {
      pdf_renderer = PdfRenderer::make(pdf ? *pdf : PdfChoice{}, r.errors);
      if (!pdf_renderer) return;
    }
    const std::optional<layout::Layout> l = lay_out(xml, file, chosen, r.errors);
    if (!l) return;
    for (Format format : formats) {
      if (format != Format::Pdf) {
        r.files.push_back(write_layout(*l, format));
        continue;
      }
      auto bytes = pdf_renderer->write(*l, file, r.errors, &r.warnings);
      if (!bytes) return;
      r.files.push_back(std::move(*bytes));
    }
  });
  if (!r.errors.empty()) r.files.clear();
  return r;
}

RenderResult render(std::string_view xml, std::string_view file, Format format, const StyleChoice* style,
                    const PdfChoice* pdf) {
  MultiRenderResult m = render(xml, file, std::vector<Format>{format}, style, pdf);
  RenderResult r;
  r.errors = std::move(m.errors);
  r.warnings = std::move(m.warnings);
  if (r.errors.empty()) r.bytes = std::move(m.files.front());
  return r;
}

Errors validate(std::string_view xml, std::string_view file) {
  Errors errors;
  at_boundary(file, errors, [&] { errors = input::read_document(xml, file).errors; });
  return errors;
}

std::vector<KindEntry> document_kinds() {
  std::vector<KindEntry> list;
  for (const auto& k : rules::kinds()) list.push_back({k.id, k.name, k.abbr});
  return list;
}

std::string pdf_fonts(Errors& errors) {
  std::string report;
  at_boundary("", errors, [&] {
    const auto renderer = PdfRenderer::make({}, errors);
    if (renderer && renderer->check(errors)) report = renderer->fonts();
  });
  return report;
}

std::vector<StyleEntry> house_styles() {
  std::vector<StyleEntry> list;
  for (const auto& id : rules::builtin_style_ids()) list.push_back({id, rules::builtin_style(id)->name});
  return list;
}

}  // namespace vanban
