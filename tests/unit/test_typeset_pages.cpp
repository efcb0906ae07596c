// The typesetter on whole documents (the samples, laid out as for every writer): where
// things land on the page, in points from the top-left corner.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "input/xml_reader.h"
#include "layout/layout.h"
#include "typeset/block_setter.h"
#include "typeset/fonts.h"
#include "typeset/lines.h"
#include "typeset/typeset.h"

using namespace vanban;
using namespace vanban::typeset;

namespace {

constexpr double kPt = 72.0 / 25.4;

layout::Layout lay_xml(const std::string& xml) {
  auto r = input::read_document(xml, "t.xml");
  if (!r.document) throw std::runtime_error(r.errors.at(0).to_string());
  return layout::compose(*r.document);
}

layout::Layout sample(const std::string& name) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR "/samples/") + name, std::ios::binary);
  return lay_xml(std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()});
}

Document set(const layout::Layout& l, const Options& o = {}) {
  std::string why;
  auto d = typeset::typeset(l, o, &why);
  if (!d) throw std::runtime_error(why);
  return *d;
}

std::string text_of(const GlyphRun& r) {
  std::string t;
  for (const auto& g : r.glyphs) t += g.text;
  return t;
}

// The runs of a page whose text, joined in order, contains `needle`: the first's index.
const GlyphRun* run_with(const Page& p, const std::string& needle) {
  for (const auto& r : p.runs)
    if (text_of(r).find(needle) != std::string::npos) return &r;
  return nullptr;
}

TEST(TypesetPages, A4PortraitAndPageNumbersFromTwo) {
  const Document d = set(sample("001-ke-hoach-gia-lam.xml"));
  ASSERT_EQ(d.pages.size(), 3u);
  for (const auto& p : d.pages) {
    EXPECT_NEAR(p.width, 210 * kPt, 1e-9);
    EXPECT_NEAR(p.height, 297 * kPt, 1e-9);
  }
  // Page 1 shows no number; pages 2 and 3 start with theirs, centred in the top margin.
  EXPECT_NE(text_of(d.pages[0].runs.front()), "1");
  const auto& l = sample("001-ke-hoach-gia-lam.xml");
  for (int i : {1, 2}) {
    const GlyphRun& n = d.pages[static_cast<size_t>(i)].runs.front();
    EXPECT_EQ(text_of(n), std::to_string(i + 1));
    EXPECT_GT(n.y, l.page.header * kPt);  // its baseline under the header line
    EXPECT_LT(n.y, l.page.top * kPt);     // and above the text
    const double centre = (l.page.left + (210 - l.page.left - l.page.right) / 2) * kPt;
    const double width = n.glyphs.back().x + 7;  // one digit, about half an em at 14 pt
    EXPECT_NEAR(n.x + width / 2, centre, 4);
  }
}

TEST(TypesetPages, MottoRuleIsTheMottosWidth) {
  const layout::Layout l = sample("001-ke-hoach-gia-lam.xml");
  const Document d = set(l);
  const GlyphRun* motto = run_with(d.pages[0], "Độc lập");
  ASSERT_NE(motto, nullptr);
  const double width = text_width(*d.fonts, FaceStyle::Bold, motto->size, "Độc lập - Tự do - Hạnh phúc");
  // The stroke just under the motto, in its column (the issuer's rule is level with it).
  const Stroke* rule = nullptr;
  for (const auto& s : d.pages[0].strokes)
    if (s.y0 > motto->y && s.y0 < motto->y + 12 && s.x1 > motto->x && s.x0 < motto->x + width &&
        (!rule || s.y0 < rule->y0))
      rule = &s;
  ASSERT_NE(rule, nullptr);
  EXPECT_NEAR(rule->x1 - rule->x0, width, 0.6);
  EXPECT_NEAR(rule->x0, motto->x, 0.6);  // under the motto, not beside it
}

TEST(TypesetPages, AddressBlockAtTheFootOfPageOne) {
  const layout::Layout l = sample("cong-van.xml");
  const Document d = set(l);
  ASSERT_EQ(d.pages.size(), 1u);
  const GlyphRun* last = run_with(d.pages[0], "E-mail");
  ASSERT_NE(last, nullptr);
  const double bottom_margin = (297 - l.page.bottom) * kPt;
  // Its last line sits on the bottom margin: the baseline within a descent of it.
  EXPECT_LT(last->y, bottom_margin);
  EXPECT_GT(last->y, bottom_margin - last->size * 0.4);
  // Every other run stands above the address block's rule.
  const GlyphRun* first = run_with(d.pages[0], "Địa chỉ");
  ASSERT_NE(first, nullptr);
  for (const auto& r : d.pages[0].runs)
    if (&r != first && &r != last) {
      EXPECT_LT(r.y, first->y) << text_of(r);
    }
}

TEST(TypesetPages, SignatureFieldBetweenRoleAndName) {
  const Document d = set(sample("giay-moi.xml"), Options{1.5, 36.0, true});
  const Page& p = d.pages[0];
  ASSERT_TRUE(p.has_signature_field);
  const GlyphRun* role = run_with(p, "CHỦ TỊCH");
  const GlyphRun* name = run_with(p, "Phạm Thị Hoa");
  ASSERT_TRUE(role && name);
  const Rect f = p.signature_field;
  EXPECT_GE(f.y, role->y);                           // under the role's baseline
  EXPECT_LE(f.y + f.h, name->y - name->size * 0.7);  // above the name's capitals
  EXPECT_GT(f.h, 20 * kPt);                          // the room Decree 30 leaves: about 28 mm
  ASSERT_EQ(p.pictures.size(), 2u);
  const Rect sig = p.pictures[0].rect, seal = p.pictures[1].rect;
  EXPECT_EQ(p.pictures[0].image, 0);
  EXPECT_NEAR(sig.w / sig.h, 1.5, 1e-9);
  EXPECT_NEAR(sig.x + sig.w / 2, f.x + f.w / 2, 1e-6);  // centred between role and name
  EXPECT_NEAR(sig.y + sig.h / 2, f.y + f.h / 2, 1e-6);
  EXPECT_EQ(p.pictures[1].image, 1);
  EXPECT_NEAR(seal.w, 36 * kPt, 1e-9);                    // the seal at its real size
  EXPECT_NEAR(seal.x + seal.w, sig.x + sig.w / 3, 1e-9);  // over the signature's left third
  EXPECT_NEAR(seal.y + seal.h / 2, sig.y + sig.h / 2, 1e-9);
}

TEST(TypesetPages, NoFieldWhenAskedForNone) {
  const Document d = set(sample("giay-moi.xml"), Options{std::nullopt, std::nullopt, false});
  EXPECT_FALSE(d.pages[0].has_signature_field);
  EXPECT_TRUE(d.pages[0].pictures.empty());
}

TEST(TypesetPages, OutlineOfTheNumberedHeadings) {
  const Document d = set(sample("001-ke-hoach-gia-lam.xml"));
  ASSERT_GE(d.outline.size(), 5u);
  EXPECT_EQ(d.outline[0].title, "I. MỤC ĐÍCH, YÊU CẦU");
  EXPECT_EQ(d.outline[0].level, 1);
  EXPECT_EQ(d.outline[0].page, 0);
  EXPECT_EQ(d.outline[1].title, "1. Mục đích");
  EXPECT_EQ(d.outline[1].level, 2);
  EXPECT_GT(d.outline[1].y, d.outline[0].y);
  EXPECT_EQ(d.title, sample("001-ke-hoach-gia-lam.xml").title);
  EXPECT_EQ(d.author, "LĐLĐ huyện Gia Lâm");
}

TEST(TypesetPages, LandscapeAppendixAndItsOwnNumbers) {
  std::string body;
  for (int i = 0; i < 40; ++i)
    body += "<row><cell>" + std::to_string(i + 1) + "</cell><cell>Công đoàn cơ sở số " + std::to_string(i + 1) +
            "</cell><cell>15</cell></row>";
  const layout::Layout l = lay_xml(
      "<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><issuer abbr=\"LĐLĐ\">LĐLĐ quận Hải An</issuer>"
      "<number>6</number><place>Hải An</place><date>2023-07-13</date><subject>Thử</subject><body><p>Nội dung.</p>"
      "</body><appendix title=\"Danh sách\" orientation=\"landscape\"><table widths=\"20 200 30\"><row "
      "kind=\"header\"><cell>TT</cell><cell>Đơn vị</cell><cell>Số</cell></row>" +
      body + "</table></appendix></vanban>");
  const Document d = set(l);
  ASSERT_GE(d.pages.size(), 3u);  // the letter, then the appendix over two pages at least
  EXPECT_LT(d.pages[0].width, d.pages[0].height);
  for (size_t i = 1; i < d.pages.size(); ++i) {
    EXPECT_NEAR(d.pages[i].width, 297 * kPt, 1e-9);
    EXPECT_NEAR(d.pages[i].height, 210 * kPt, 1e-9);
  }
  // The appendix numbers its own pages: none on its first, "2" on its second, whose
  // table starts with the header row again.
  EXPECT_EQ(text_of(d.pages[1].runs.front()).rfind("Phụ lục", 0), 0u);
  EXPECT_EQ(text_of(d.pages[2].runs[0]), "2");
  EXPECT_EQ(text_of(d.pages[2].runs[1]), "TT");
}

TEST(TypesetPages, TableBreaksNotAfterItsHeader) {
  // The Hải Phòng appendix's table: a break may come before it and between its rows,
  // never between the header row and the first row under it.
  const layout::Layout l = sample("004-ke-hoach-hai-phong.xml");
  const layout::Table* table = nullptr;
  for (const auto& b : l.sections.back().blocks)
    if (const auto* t = std::get_if<layout::Table>(&b)) table = t;
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(table->rows[0].header);
  ASSERT_FALSE(table->rows[1].header);
  std::string why;
  const BlockSetter setter(l, *FontSet::get(l.font, &why));
  std::vector<Slice> rows;
  HeaderGroups headers;
  setter.table(*table, 0, rows, headers);
  ASSERT_EQ(rows.size(), table->rows.size());
  EXPECT_TRUE(rows[0].break_before);
  EXPECT_FALSE(rows[1].break_before);
  for (size_t i = 2; i < rows.size(); ++i) EXPECT_TRUE(rows[i].break_before) << i;
  ASSERT_EQ(headers.size(), 1u);
  EXPECT_EQ(rows[0].header_group, -1);
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i].header_group, 0);
}

TEST(TypesetPages, EveryRunOnItsPage) {
  // Nothing is drawn off the page, on every sample.
  for (const char* s : {"000-ke-hoach-ninh-thuan.xml", "003-ke-hoach-kon-tum.xml", "004-ke-hoach-hai-phong.xml",
                        "cong-van.xml", "quyet-dinh.xml"}) {
    const layout::Layout l = sample(s);
    const Document d = set(l);
    for (const auto& p : d.pages)
      for (const auto& r : p.runs) {
        EXPECT_GE(r.y - r.size, l.page.header * kPt - 1) << s << ": " << text_of(r);
        EXPECT_LE(r.y, p.height - l.page.bottom * kPt) << s << ": " << text_of(r);
        EXPECT_GE(r.x, l.page.left * kPt - 12 * kPt) << s << ": " << text_of(r);
      }
  }
}

}  // namespace
