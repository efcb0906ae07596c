#include "render/pdf_render.h"

#include <algorithm>

#include "render/pdf_engine.h"

namespace vanban {
namespace {

std::optional<pdf::Image> image(const PdfEngine& engine, const std::string& png, const std::string& origin,
                                const char* what, Errors& errors) {
  std::string why;
  auto img = engine.read_png(png, &why);
  if (!img) errors.push_back({ErrorCode::Unreadable, origin, 0, 0, std::string(what) + " image: " + why});
  return img;
}

}  // namespace

std::optional<PdfRenderer> PdfRenderer::make(const PdfChoice& c, Errors& errors) {
  PdfRenderer r;
  std::string why;
  r.engine_ = pdf_engine(&why);
  if (!r.engine_) {
    errors.push_back({ErrorCode::Io, "", 0, 0, why});
    return std::nullopt;
  }
  const size_t before = errors.size();
  if (!c.signature_png.empty())
    r.signature_ = image(*r.engine_, c.signature_png, c.signature_origin, "signature", errors);
  if (!c.seal_png.empty()) r.seal_ = image(*r.engine_, c.seal_png, c.seal_origin, "seal", errors);
  if (errors.size() > before) return std::nullopt;
  if (r.signature_)
    r.options_.signature_aspect = static_cast<double>(r.signature_->width) / std::max(1, r.signature_->height);
  if (r.seal_) {
    double d = c.seal_diameter;
    // An image that says its resolution is at its real size already.
    if (d <= 0 && r.seal_->dpi_x > 0) d = r.seal_->width / r.seal_->dpi_x * 25.4;
    r.options_.seal_diameter = d > 0 ? d : kDefaultSealDiameter;
  }
  r.options_.signature_field = c.signature_field;
  r.date_ = c.date;
  return r;
}

std::optional<std::string> PdfRenderer::write(const layout::Layout& l, std::string_view file, Errors& errors) const {
  pdf::Options o;
  o.images = {signature_ ? &*signature_ : nullptr, seal_ ? &*seal_ : nullptr};
  o.date = date_;
  std::string why;
  auto bytes = engine_->write(l, options_, o, &why);
  if (!bytes) errors.push_back({ErrorCode::Io, std::string(file), 0, 0, "cannot write the PDF: " + why});
  return bytes;
}

std::string PdfRenderer::font_report(const layout::Layout& l) {
  std::string why;
  const PdfEngine* engine = pdf_engine(&why);
  return engine ? engine->font_report(l.font, &why) : "";
}

}  // namespace vanban
