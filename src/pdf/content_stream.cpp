#include "pdf/content_stream.h"

#include <cmath>

#include "pdf/font_cache.h"
#include "pdf/pdf_syntax.h"

namespace vanban::pdf {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool finite(double v) { return std::isfinite(v); }

// Places glyphs with one TJ array per run: the viewer advances by each glyph's /W
// width, and a number in the array moves the pen to where the typesetter put the next
// glyph (kerning, justification). The pen is followed in 1000ths of an em, exactly as
// the viewer computes it, and moved when it is off by 0.05 or more (under a
// thousandth of a point at body sizes), so the positions are the typesetter's while the
// stream holds numbers only where the spacing is not the font's own.
class TextWriter {
 public:
  TextWriter(std::string& out, double height, const FaceMetrics* const faces[4])
      : out_(out), height_(height), faces_(faces) {}

  void run(const typeset::GlyphRun& r) {
    const int style = static_cast<int>(r.face);
    if (style < 0 || style > 3 || !faces_[style] || !finite(r.size) || r.size <= 0 || !finite(r.x) || !finite(r.y))
      return;
    const FaceMetrics& m = *faces_[style];
    bool any = false;
    for (const auto& g : r.glyphs) any = any || m.drawable(g.id);
    if (!any) return;
    if (!open_) {
      out_ += "BT\n";
      open_ = true;
    }
    if (style != font_ || r.size != size_) {
      font_ = style;
      size_ = r.size;
      out_ += "/F" + std::to_string(style) + ' ';
      append_number(out_, r.size);
      out_ += " Tf\n";
    }
    const std::string color = rgb_operands(r.color);
    if (color != color_) {
      color_ = color;
      out_ += color + " rg\n";
    }
    out_ += "1 0 0 1 ";
    append_number(out_, r.x);
    out_ += ' ';
    append_number(out_, height_ - r.y);
    out_ += " Tm\n[";
    double pen = 0;  // 1000ths of an em from the run's origin
    bool in_string = false;
    for (const auto& g : r.glyphs) {
      if (!m.drawable(g.id) || !finite(g.x) || !finite(g.y)) continue;
      const double move = std::round((g.x * 1000 / r.size - pen) * 10) / 10;
      const double rise = std::round(g.y * 1000) / 1000;
      if (rise != rise_) {
        if (in_string) out_ += '>';
        in_string = false;
        out_ += "] TJ\n";
        append_number(out_, rise);
        out_ += " Ts\n[";
        rise_ = rise;
      }
      if (move != 0) {
        if (in_string) out_ += '>';
        in_string = false;
        append_number(out_, -move, 1);
        pen += move;
      }
      if (!in_string) out_ += '<';
      in_string = true;
      append_hex4(out_, g.id);
      pen += m.width(g.id);
    }
    if (in_string) out_ += '>';
    out_ += "] TJ\n";
  }

  void close() {
    if (open_) out_ += "ET\n";
    open_ = false;
  }

 private:
  std::string& out_;
  double height_;
  const FaceMetrics* const* faces_;
  bool open_ = false;
  // The text state, which lasts from one text object to the next.
  int font_ = -1;
  double size_ = 0;
  std::string color_ = "0 0 0";
  double rise_ = 0;
};

void strokes(std::string& out, const std::vector<typeset::Stroke>& list, double height) {
  bool any = false;
  double width = -1;
  std::string color = "0 0 0";  // the initial stroking colour
  for (const auto& s : list) {
    if (!finite(s.x0) || !finite(s.y0) || !finite(s.x1) || !finite(s.y1) || !finite(s.width) || s.width <= 0) continue;
    if (!any) out += "q\n0 J\n";  // butt caps: a rule ends where the typesetter says
    any = true;
    if (s.width != width) {
      width = s.width;
      append_number(out, width);
      out += " w\n";
    }
    const std::string c = rgb_operands(s.color);
    if (c != color) {
      color = c;
      out += c + " RG\n";
    }
    append_number(out, s.x0);
    out += ' ';
    append_number(out, height - s.y0);
    out += " m ";
    append_number(out, s.x1);
    out += ' ';
    append_number(out, height - s.y1);
    out += " l S\n";
  }
  if (any) out += "Q\n";
}

void pictures(std::string& out, const std::vector<typeset::Picture>& list, double height,
              const std::vector<bool>& image_ok) {
  for (const auto& p : list) {
    const auto& r = p.rect;
    if (p.image < 0 || static_cast<size_t>(p.image) >= image_ok.size() || !image_ok[static_cast<size_t>(p.image)])
      continue;
    if (!finite(r.x) || !finite(r.y) || !finite(r.w) || !finite(r.h) || r.w <= 0 || r.h <= 0) continue;
    out += "q ";
    append_number(out, r.w);
    out += " 0 0 ";
    append_number(out, r.h);
    out += ' ';
    append_number(out, r.x);
    out += ' ';
    append_number(out, height - r.y - r.h);
    out += " cm /Im" + std::to_string(p.image) + " Do Q\n";
  }
}

}  // namespace

std::string rgb_operands(const std::string& color) {
  if (color.size() != 6) return "0 0 0";
  std::string out;
  for (int i = 0; i < 3; ++i) {
    const int hi = hex_digit(color[2 * i]), lo = hex_digit(color[2 * i + 1]);
    if (hi < 0 || lo < 0) return "0 0 0";
    if (i > 0) out += ' ';
    append_number(out, (hi * 16 + lo) / 255.0);
  }
  return out;
}

std::string page_content(const typeset::Page& page, double height, const FaceMetrics* const faces[4],
                         const std::vector<bool>& image_ok) {
  std::string out;
  out.reserve(64 + page.runs.size() * 96);
  strokes(out, page.strokes, height);
  TextWriter text(out, height, faces);
  for (const auto& r : page.runs) text.run(r);
  text.close();
  pictures(out, page.pictures, height, image_ok);
  return out;
}

}  // namespace vanban::pdf
