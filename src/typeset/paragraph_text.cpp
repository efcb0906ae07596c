#include "typeset/paragraph_text.h"

#include <unicode/uchar.h>

#include "text/unicode.h"

namespace vanban::typeset {
namespace {

bool blank(UChar32 c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (c != 0xA0 && u_isWhitespace(c)); }

}  // namespace

std::string clean_text(std::string_view utf8) {
  const std::string normal = text::nfc(text::valid_utf8(utf8) ? utf8 : std::string_view(text::xml_safe(utf8)));
  std::string out;
  out.reserve(normal.size());
  text::each_code_point(normal, [&](UChar32 c, std::string_view bytes) {
    if (blank(c))
      out += ' ';
    else
      out += bytes;
    return true;
  });
  return out;
}

void append(StyledText& t, std::string_view utf8, TextStyle style, int footnote) {
  if (utf8.empty()) return;
  const size_t begin = t.text.size();
  t.text += utf8;
  if (!t.spans.empty() && footnote < 0 && t.spans.back().footnote < 0 && t.spans.back().style == style &&
      t.spans.back().end == begin)
    t.spans.back().end = t.text.size();
  else
    t.spans.push_back({begin, t.text.size(), style, footnote});
}

StyledText styled_text(const std::vector<layout::Run>& runs, bool bold, bool italic) {
  StyledText t;
  for (const layout::Run& r : runs) {
    const TextStyle style{face_style(bold || r.bold, italic || r.italic), false};
    switch (r.kind) {
      case layout::Run::Kind::Text:
        append(t, clean_text(r.text), style);
        break;
      case layout::Run::Kind::LineBreak:
        append(t, "\n", style);
        break;
      case layout::Run::Kind::FootnoteRef:
        if (r.footnote >= 0)
          append(t, std::to_string(static_cast<long long>(r.footnote) + 1), {style.face, true}, r.footnote);
        break;
    }
  }
  return t;
}

}  // namespace vanban::typeset
