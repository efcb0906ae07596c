#include "pdf/pdf_writer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "pdf/content_stream.h"
#include "pdf/deflate.h"
#include "pdf/font_cache.h"
#include "pdf/image_cache.h"
#include "pdf/metadata.h"
#include "pdf/object_writer.h"
#include "pdf/outline.h"
#include "pdf/page_tree.h"
#include "pdf/pdf_syntax.h"
#include "pdf/signature_field.h"
#include "pdf/srgb_profile.h"
#include "typeset/fonts.h"

namespace vanban::pdf {
namespace {

// A4, for a document without pages: a PDF shows at least one.
constexpr double kA4Width = 595.276, kA4Height = 841.89;

// PDF's page sizes run from 3 to 14,400 units.
double page_side(double v, double fallback) {
  return std::isfinite(v) && v > 0 ? std::clamp(v, 3.0, 14400.0) : fallback;
}

// What the document draws with each face: per glyph, the first text shown with it.
struct FaceUse {
  std::optional<FaceMetrics> metrics;
  std::vector<const std::string*> text_by_glyph;
  bool used = false;
};

std::array<FaceUse, 4> collect_faces(const typeset::Document& d) {
  std::array<FaceUse, 4> faces;
  if (!d.fonts) return faces;
  for (const auto& page : d.pages) {
    for (const auto& run : page.runs) {
      const int s = static_cast<int>(run.face);
      if (s < 0 || s > 3) continue;
      FaceUse& f = faces[static_cast<size_t>(s)];
      if (!f.metrics) {
        f.metrics.emplace(d.fonts->face(run.face));
        f.text_by_glyph.assign(f.metrics->glyph_count(), nullptr);
      }
      for (const auto& g : run.glyphs) {
        if (!f.metrics->drawable(g.id)) continue;
        f.used = true;
        if (!f.text_by_glyph[g.id]) f.text_by_glyph[g.id] = &g.text;
      }
    }
  }
  return faces;
}

// The Type0 font of one face with its descendant CIDFont, descriptor, font program
// and ToUnicode map.
void write_font(ObjectWriter& w, int type0, const typeset::Face& face, const EmbeddedFace& e) {
  const FontProgram& p = *e.program;
  // PDF/A bounds a name to 127 bytes; PostScript names are at most 63 characters.
  std::string ps = face.postscript_name().substr(0, 63);
  if (ps.empty()) ps = "Font";
  const std::string base = name(p.subset ? p.tag + '+' + ps : ps);
  const double k = 1000.0 / face.units_per_em();
  const int file = w.reserve(), descriptor = w.reserve(), cid = w.reserve(), map = w.reserve();
  w.stream(file, "/Filter /FlateDecode /Length1 " + std::to_string(p.font_file.raw_size), p.font_file.data,
           &p.font_file.digest);
  // Flags: 4 (symbolic: glyphs outside the standard Latin set), + 64 italic.
  const int flags = 4 + (face.italic() ? 64 : 0);
  std::string fd = "<</Type /FontDescriptor /FontName " + base + " /Flags " + std::to_string(flags) + " /FontBBox [";
  for (int i = 0; i < 4; ++i) fd += (i ? " " : "") + number(std::round(face.bbox[i] * k), 0);
  fd += "] /ItalicAngle " + number(face.italic_angle(), 2) + " /Ascent " + number(std::round(face.ascender() * k), 0) +
        " /Descent " + number(std::round(face.descender() * k), 0) + " /CapHeight " +
        number(std::round(face.cap_height() * k), 0) +
        // StemV is required but not read by any viewer for an embedded font; the usual
        // estimates for a regular and a bold face.
        " /StemV " + (face.bold() ? "140" : "80") + " /FontFile2 " + ObjectWriter::ref(file) + ">>";
  w.object(descriptor, fd);
  w.object(cid, "<</Type /Font /Subtype /CIDFontType2 /BaseFont " + base +
                    " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor " +
                    ObjectWriter::ref(descriptor) + " /CIDToGIDMap /Identity /DW 1000 /W " + p.widths + ">>");
  w.stream(map, "/Filter /FlateDecode", e.to_unicode->data, &e.to_unicode->digest);
  w.object(type0, "<</Type /Font /Subtype /Type0 /BaseFont " + base + " /Encoding /Identity-H /DescendantFonts [" +
                      ObjectWriter::ref(cid) + "] /ToUnicode " + ObjectWriter::ref(map) + ">>");
}

void write_image(ObjectWriter& w, int num, const Image& image, const ImageStreams& s) {
  const std::string size = " /Width " + std::to_string(image.width) + " /Height " + std::to_string(image.height);
  std::string dict = "/Type /XObject /Subtype /Image" + size + " /ColorSpace /DeviceRGB /BitsPerComponent 8";
  if (s.alpha) {
    const int mask = w.reserve();
    w.stream(
        mask,
        "/Type /XObject /Subtype /Image" + size + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
        s.alpha->data, &s.alpha->digest);
    dict += " /SMask " + ObjectWriter::ref(mask);
  }
  w.stream(num, dict + " /Filter /FlateDecode", s.rgb->data, &s.rgb->digest);
}

}  // namespace

std::string write_pdf(const typeset::Document& d, const Options& o) {
  const std::optional<PdfDate> date = o.date.empty() ? std::nullopt : parse_date(o.date);
  std::vector<typeset::Page> blank;
  if (d.pages.empty()) blank.push_back(typeset::Page{kA4Width, kA4Height, {}, {}, {}, false, {}});
  const std::vector<typeset::Page>& pages = d.pages.empty() ? blank : d.pages;

  // The shared streams first: their sizes tell how large the file will be.
  auto faces = collect_faces(d);
  std::array<EmbeddedFace, 4> embedded;
  size_t expected = 8192 + pages.size() * 4096;
  for (size_t s = 0; s < 4; ++s) {
    if (!faces[s].used) continue;
    embedded[s] =
        embed_face(d.fonts->face(static_cast<typeset::FaceStyle>(s)), *faces[s].metrics, faces[s].text_by_glyph);
    expected += embedded[s].program->font_file.data.size() + embedded[s].to_unicode->data.size() +
                embedded[s].program->widths.size();
  }
  std::vector<std::optional<ImageStreams>> images(o.images.size());
  std::vector<bool> image_ok(o.images.size(), false);
  for (size_t i = 0; i < o.images.size(); ++i) {
    bool drawn = false;
    for (const auto& p : pages)
      for (const auto& pic : p.pictures) drawn = drawn || (pic.image >= 0 && static_cast<size_t>(pic.image) == i);
    if (!drawn || !o.images[i]) continue;
    images[i] = image_streams(*o.images[i]);
    if (!images[i]) continue;
    image_ok[i] = true;
    expected += images[i]->rgb->data.size() + (images[i]->alpha ? images[i]->alpha->data.size() : 0);
  }
  const CachedStream& icc = srgb_profile();
  expected += icc.data.size();

  ObjectWriter w(expected);
  const int catalog = w.reserve(), pages_root = w.reserve();
  const PageTree tree = plan_page_tree(w, pages_root, pages.size());

  // Resources shared by every page: all fonts and images of the file.
  std::string font_dict, xobject_dict;
  std::array<int, 4> font_nums{};
  for (size_t s = 0; s < 4; ++s) {
    if (!faces[s].used) continue;
    font_nums[s] = w.reserve();
    font_dict += "/F" + std::to_string(s) + ' ' + ObjectWriter::ref(font_nums[s]) + ' ';
  }
  std::vector<int> image_nums(o.images.size(), 0);
  for (size_t i = 0; i < o.images.size(); ++i) {
    if (!image_ok[i]) continue;
    image_nums[i] = w.reserve();
    xobject_dict += "/Im" + std::to_string(i) + ' ' + ObjectWriter::ref(image_nums[i]) + ' ';
  }
  const int resources = w.reserve();
  std::string res = "<<";
  if (!font_dict.empty()) res += "/Font <<" + font_dict.substr(0, font_dict.size() - 1) + ">> ";
  if (!xobject_dict.empty()) res += "/XObject <<" + xobject_dict.substr(0, xobject_dict.size() - 1) + ">>";
  if (res.back() == ' ') res.pop_back();
  w.object(resources, res + ">>");
  for (size_t s = 0; s < 4; ++s)
    if (faces[s].used) write_font(w, font_nums[s], d.fonts->face(static_cast<typeset::FaceStyle>(s)), embedded[s]);
  for (size_t i = 0; i < o.images.size(); ++i)
    if (image_ok[i]) write_image(w, image_nums[i], *o.images[i], *images[i]);

  const FaceMetrics* metrics[4] = {};
  for (size_t s = 0; s < 4; ++s)
    if (faces[s].used) metrics[s] = &*faces[s].metrics;
  std::vector<int> page_nums;
  std::vector<double> heights;
  std::vector<int> fields;
  for (size_t i = 0; i < pages.size(); ++i) {
    const typeset::Page& p = pages[i];
    const double width = page_side(p.width, kA4Width), height = page_side(p.height, kA4Height);
    const int page = w.reserve(), content = w.reserve();
    page_nums.push_back(page);
    heights.push_back(height);
    w.stream(content, "/Filter /FlateDecode", deflate(page_content(p, height, metrics, image_ok)));
    std::string dict = "<</Type /Page /Parent " + ObjectWriter::ref(tree.parent_of_page(i)) + " /MediaBox [0 0 " +
                       number(width) + ' ' + number(height) + "] /Resources " + ObjectWriter::ref(resources) +
                       " /Contents " + ObjectWriter::ref(content);
    if (p.has_signature_field) {
      const int field = w.reserve();
      fields.push_back(field);
      write_signature_field(w, field, static_cast<int>(fields.size()), p.signature_field, height, page);
      dict += " /Annots [" + ObjectWriter::ref(field) + "]";
    }
    // A page showing an image through a soft mask composes in a transparency group;
    // its colour space is the output intent's.
    bool masked = false;
    for (const auto& pic : p.pictures)
      masked = masked || (pic.image >= 0 && static_cast<size_t>(pic.image) < image_ok.size() &&
                          image_ok[static_cast<size_t>(pic.image)] && images[static_cast<size_t>(pic.image)]->alpha);
    if (masked) dict += " /Group <</Type /Group /S /Transparency /CS /DeviceRGB>>";
    w.object(page, dict + ">>");
  }
  write_page_tree(w, tree, page_nums);
  const int outline = write_outline(w, d.outline, page_nums, heights);

  const int metadata = w.reserve(), profile = w.reserve(), info = w.reserve();
  w.stream(metadata, "/Type /Metadata /Subtype /XML", xmp_packet(d, date));
  w.stream(profile, "/N 3 /Filter /FlateDecode", icc.data, &icc.digest);
  w.object(info, info_dict(d, date));

  std::string cat = "<</Type /Catalog /Pages " + ObjectWriter::ref(pages_root) + " /Metadata " +
                    ObjectWriter::ref(metadata) +
                    " /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier "
                    "(sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile " +
                    ObjectWriter::ref(profile) + ">>]";
  const std::string language = sanitize_text(d.language, 64);
  if (!language.empty()) cat += " /Lang " + text_string(language);
  cat += " /ViewerPreferences <</DisplayDocTitle true>>";
  if (outline) cat += " /Outlines " + ObjectWriter::ref(outline) + " /PageMode /UseOutlines";
  if (!fields.empty()) {
    cat += " /AcroForm <</Fields [";
    for (size_t i = 0; i < fields.size(); ++i) cat += (i ? " " : "") + ObjectWriter::ref(fields[i]);
    cat += "]>>";
  }
  w.object(catalog, cat + ">>");
  return w.finish(catalog, info);
}

}  // namespace vanban::pdf
