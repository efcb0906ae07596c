#include "render/pdf_render.h"

#include <algorithm>
#include <cstdio>
#include <future>
#include <mutex>

#include "render/pdf_engine.h"
#include "text/unicode.h"

namespace vanban {
namespace {

std::optional<pdf::Image> image(const PdfEngine& engine, const std::string& png, const std::string& origin,
                                const char* what, Errors& errors) {
  std::string why;
  auto img = engine.read_png(png, &why);
  if (!img) errors.push_back({ErrorCode::Unreadable, origin, 0, 0, std::string(what) + " image: " + why});
  return img;
}

// "the font has no glyph for ✓ (U+2713), ☎ (U+260E): they are left out of the PDF".
std::string missing_message(const std::vector<std::string>& missing) {
  std::string list;
  for (const auto& m : missing) {
    std::string codes;
    text::each_code_point(m, [&](int32_t c, std::string_view) {
      char code[16] = "";
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c < 0 ? 0xFFFD : c));
      codes += (codes.empty() ? "" : " ") + std::string(code);
      return true;
    });
    list += (list.empty() ? "" : ", ") + m + " (" + codes + ")";
  }
  return "warning: the font has no glyph for " + list + ": " + (missing.size() == 1 ? "it is" : "they are") +
         " left out of the PDF";
}

}  // namespace

// The typesetter as the warming thread left it: loaded with its fonts, or why not.
struct PdfRenderer::Ready {
  std::future<void> done;
  std::once_flag once;
  const PdfEngine* engine = nullptr;
  std::string report;  // the family the PDFs are set in
  std::string why;
  // The thread writes the members above: it must be over before they are destroyed
  // (at the process's end, when no render waited for it).
  ~Ready() {
    if (done.valid()) done.wait();
  }
};

const PdfRenderer::Ready& PdfRenderer::ready() const {
  // Waited for once, by whichever thread comes first (a merge writes on several).
  std::call_once(ready_->once, [&] { ready_->done.get(); });
  return *ready_;
}

bool PdfRenderer::check(Errors& errors) const {
  const Ready& r = ready();
  if (!r.engine) errors.push_back({ErrorCode::Io, "", 0, 0, "cannot write PDF: " + r.why});
  return r.engine != nullptr;
}

// The process's one warming: the first renderer starts it, every later one (a library
// caller rendering PDFs in a loop) shares its result without a thread of its own.
std::shared_ptr<PdfRenderer::Ready> PdfRenderer::shared_ready() {
  static std::mutex mu;
  static std::shared_ptr<Ready> ready;
  std::lock_guard lock(mu);
  if (!ready) {
    ready = std::make_shared<Ready>();
    Ready* state = ready.get();
    // Loading the module, fontconfig's set-up and the fonts' subsets take about 20 ms,
    // which a single render spends beside reading and laying out the document.
    state->done = std::async(std::launch::async, [state] {
      std::string why;
      const PdfEngine* engine = pdf_engine(&why);
      if (engine) state->report = engine->warm(kBodyFamily, &why);
      state->engine = state->report.empty() ? nullptr : engine;
      state->why = why;
    });
  }
  return ready;
}

std::optional<PdfRenderer> PdfRenderer::make(const PdfChoice& c, Errors& errors) {
  PdfRenderer r;
  r.ready_ = shared_ready();
  if (!c.signature_png.empty() || !c.seal_png.empty()) {
    // The images are read by the module's libpng.
    if (!r.check(errors)) return std::nullopt;
    const PdfEngine& engine = *r.ready().engine;
    const size_t before = errors.size();
    if (!c.signature_png.empty())
      r.signature_ = image(engine, c.signature_png, c.signature_origin, "signature", errors);
    if (!c.seal_png.empty()) r.seal_ = image(engine, c.seal_png, c.seal_origin, "seal", errors);
    if (errors.size() > before) return std::nullopt;
  }
  if (r.signature_)
    r.options_.signature_aspect = static_cast<double>(r.signature_->width) / std::max(1, r.signature_->height);
  if (r.seal_) {
    double d = c.seal_diameter;
    // An image that says its resolution is at its real size already, when that size is
    // a seal's: many editors write 72 dpi whatever the image is (a 500-pixel seal would
    // be 176 mm across).
    if (d <= 0 && r.seal_->dpi_x > 0) {
      const double from_image = r.seal_->width / r.seal_->dpi_x * 25.4;
      if (from_image >= kMinSealDiameter && from_image <= kMaxSealDiameter) d = from_image;
    }
    r.options_.seal_diameter = d > 0 ? d : kDefaultSealDiameter;
  }
  r.options_.signature_field = c.signature_field;
  r.date_ = c.date;
  return r;
}

std::optional<std::string> PdfRenderer::write(const layout::Layout& l, std::string_view file, Errors& errors,
                                              std::vector<std::string>* warnings) const {
  const Ready& ready = this->ready();
  if (!ready.engine) {
    errors.push_back({ErrorCode::Io, std::string(file), 0, 0, "cannot write the PDF: " + ready.why});
    return std::nullopt;
  }
  pdf::Options o;
  o.images = {signature_ ? &*signature_ : nullptr, seal_ ? &*seal_ : nullptr};
  o.date = date_;
  std::string why;
  std::vector<std::string> missing;
  auto bytes = ready.engine->write(l, options_, o, &why, &missing);
  if (!bytes) errors.push_back({ErrorCode::Io, std::string(file), 0, 0, "cannot write the PDF: " + why});
  if (bytes && !missing.empty() && warnings) warnings->push_back(std::string(file) + ": " + missing_message(missing));
  return bytes;
}

std::string PdfRenderer::fonts() const {
  const Ready& r = ready();
  return r.engine ? r.report : "";
}

}  // namespace vanban
