#include "typeset/typeset.h"

#include <algorithm>
#include <map>
#include <set>

#include "typeset/block_setter.h"
#include "typeset/fonts.h"
#include "typeset/page_flow.h"
#include "typeset/page_painter.h"

namespace vanban::typeset {
namespace {

// Space the footnote separator takes above the first note (see page_painter.cpp).
constexpr double kSeparator = 9;

bool keeps_with_next(const layout::Layout& l, const layout::Block& b) {
  const auto* p = std::get_if<layout::Paragraph>(&b);
  if (!p) return false;
  const layout::ParaStyle* s = l.style(p->style);
  return p->keep_next || (s && s->keep_next);
}

void section(const layout::Layout& l, const layout::Section& sec, const BlockSetter& setter, PagePainter& painter) {
  const auto& pg = l.page;
  SectionFrame f;
  f.width = (sec.landscape ? pg.height : pg.width) * kPtPerMm;
  f.height = (sec.landscape ? pg.width : pg.height) * kPtPerMm;
  f.left = pg.left * kPtPerMm;
  f.top = pg.top * kPtPerMm;
  f.text_width = f.width - (pg.left + pg.right) * kPtPerMm;
  f.header = pg.header * kPtPerMm;
  f.bottom_edge = f.height - pg.bottom * kPtPerMm;

  Slice address;
  if (sec.address_page && !l.first_page_footer.empty()) {
    double y = 0;
    for (const auto& p : l.first_page_footer) y += setter.paragraph_into(p, f.left, f.text_width, y, address);
    address.height = y;
    f.address = &address;
  }
  // An address block longer than half a page (four contact lines are a few lines) does
  // not fit at the foot of page 1: it follows the text instead, so all of it is printed.
  const bool address_follows = f.address && address.height > (f.bottom_edge - f.top) / 2;
  if (address_follows) f.address = nullptr;

  std::vector<Slice> slices;
  HeaderGroups headers;
  bool keep = false;
  for (const auto& b : sec.blocks) {
    const size_t first = slices.size();
    if (const auto* p = std::get_if<layout::Paragraph>(&b))
      setter.paragraph(*p, f.left, f.text_width, slices);
    else
      setter.table(std::get<layout::Table>(b), f.left, slices, headers);
    if (keep && first < slices.size()) slices[first].break_before = false;
    keep = keeps_with_next(l, b);
  }
  if (address_follows)
    for (const auto& p : l.first_page_footer) setter.paragraph(p, f.left, f.text_width, slices);
  // A table row longer than a page is cut between its lines (nothing is drawn off the
  // page); the shortest page of the section is the measure.
  // A header taller than half a page is not repeated (as in Word): the rows under it
  // would have little room or none.
  const double body_room = f.bottom_edge - f.top - (f.address ? f.address->height : 0);
  std::vector<bool> repeated(headers.size());
  for (size_t g = 0; g < headers.size(); ++g) repeated[g] = headers[g].height <= body_room / 2;
  for (auto& s : slices)
    if (s.header_group >= 0 && !repeated[static_cast<size_t>(s.header_group)]) s.header_group = -1;
  double room = body_room;
  for (size_t g = 0; g < headers.size(); ++g)
    if (repeated[g]) room = std::min(room, f.bottom_edge - f.top - headers[g].height);
  std::vector<Slice> fitted;
  for (auto& s : slices)
    for (auto& piece : split_tall(s, room)) fitted.push_back(std::move(piece));
  slices = std::move(fitted);

  std::map<int, std::vector<Slice>> notes;
  auto note_lines = [&](int n) -> const std::vector<Slice>& {
    auto it = notes.find(n);
    if (it == notes.end()) it = notes.emplace(n, setter.footnote(n, f.left, f.text_width)).first;
    return it->second;
  };
  FlowInput in;
  in.slices = &slices;
  in.headers = &headers;
  in.note_lines = note_lines;
  in.separator = kSeparator;
  const double body = f.bottom_edge - f.top;
  in.body_height = [&](size_t page) { return page == 0 && f.address ? body - f.address->height : body; };
  painter.paint(f, slices, headers, flow(in), note_lines, kSeparator);
}

// The text of glyphs the font does not have (HarfBuzz gives glyph 0 for them).
void note_missing(Document& doc) {
  constexpr size_t kMaxNamed = 64;
  std::set<std::string> seen;
  for (const auto& p : doc.pages)
    for (const auto& r : p.runs)
      for (const auto& g : r.glyphs)
        if (g.id == 0 && !g.text.empty() && doc.missing.size() < kMaxNamed && seen.insert(g.text).second)
          doc.missing.push_back(g.text);
}

}  // namespace

std::optional<Document> typeset(const layout::Layout& l, const Options& o, std::string* why) {
  const FontSet* fonts = FontSet::get(l.font, why);
  if (!fonts) return std::nullopt;
  Document doc;
  doc.fonts = fonts;
  doc.title = l.title;
  doc.author = l.author;
  doc.language = l.language;
  BlockSetter setter(l, *fonts);
  PagePainter painter(l, setter, o, doc);
  for (const auto& sec : l.sections) section(l, sec, setter, painter);
  note_missing(doc);
  return doc;
}

}  // namespace vanban::typeset
