// The page breaker on slices of known heights: where pages end, with widows and
// orphans, keep-with-next, repeated table headers and footnotes.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "typeset/page_flow.h"

namespace vanban::typeset {
namespace {

struct Flowed {
  std::vector<Slice> slices;
  HeaderGroups headers;
  std::map<int, std::vector<Slice>> notes;
  double body = 100;
  double first_body = 100;

  Slice& add(double h, bool break_before = true, double before = 0) {
    Slice s;
    s.height = h;
    s.break_before = break_before;
    s.space_before = before;
    slices.push_back(s);
    return slices.back();
  }
  void note(int n, int lines, double h) {
    for (int i = 0; i < lines; ++i) {
      Slice s;
      s.height = h;
      notes[n].push_back(s);
    }
  }
  std::vector<FlowPage> run() {
    FlowInput in;
    in.slices = &slices;
    in.headers = &headers;
    in.note_lines = [this](int n) -> const std::vector<Slice>& { return notes.at(n); };
    in.body_height = [this](size_t p) { return p == 0 ? first_body : body; };
    in.separator = 5;
    return flow(in);
  }
};

std::vector<std::pair<size_t, size_t>> ranges(const std::vector<FlowPage>& pages) {
  std::vector<std::pair<size_t, size_t>> r;
  for (const auto& p : pages) r.push_back({p.begin, p.end});
  return r;
}

using Ranges = std::vector<std::pair<size_t, size_t>>;

TEST(TypesetFlow, FillsPagesGreedily) {
  Flowed f;
  for (int i = 0; i < 25; ++i) f.add(10);
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 10}, {10, 20}, {20, 25}}));
}

TEST(TypesetFlow, EmptySectionStillHasAPage) {
  Flowed f;
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 0}}));
}

TEST(TypesetFlow, BreaksAtTheLastAllowedPlace) {
  Flowed f;
  for (int i = 0; i < 8; ++i) f.add(10);
  // A 4-line paragraph whose lines 2 and 3 may not start a page (orphans and widows):
  // lines 8..11, and only line 10 may start a page.
  f.add(10);
  f.add(10, false);
  f.add(10);
  f.add(10, false);
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 10}, {10, 12}}));
}

TEST(TypesetFlow, KeepChainMovesWhole) {
  Flowed f;
  for (int i = 0; i < 8; ++i) f.add(10);
  f.add(10);         // heading kept with the next
  f.add(10, false);  // first line of the next paragraph
  f.add(10, false);  // its second line (orphans)
  f.add(10);
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 8}, {8, 12}}));
}

TEST(TypesetFlow, ChainLongerThanAPageBreaksWhereItMust) {
  Flowed f;
  f.add(10);
  for (int i = 0; i < 14; ++i) f.add(10, false);
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 10}, {10, 15}}));
}

TEST(TypesetFlow, SpaceBeforeDroppedAtTheTopOfALaterPage) {
  Flowed f;
  f.add(10, true, 20);  // the section's first slice keeps its space
  for (int i = 0; i < 7; ++i) f.add(10);
  f.add(10, true, 20);
  const auto pages = f.run();
  ASSERT_EQ(ranges(pages), (Ranges{{0, 8}, {8, 9}}));
  EXPECT_DOUBLE_EQ(pages[0].y[0], 20);
  EXPECT_DOUBLE_EQ(pages[1].y[0], 0);
}

TEST(TypesetFlow, OversizedSliceTakesAPageAlone) {
  Flowed f;
  f.add(10);
  f.add(150);
  f.add(10);
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 1}, {1, 2}, {2, 3}}));
}

TEST(TypesetFlow, FirstPageShorter) {
  Flowed f;
  f.first_body = 50;  // the address block takes the foot of page 1
  for (int i = 0; i < 12; ++i) f.add(10);
  EXPECT_EQ(ranges(f.run()), (Ranges{{0, 5}, {5, 12}}));
}

TEST(TypesetFlow, HeaderRowsRepeatOnTheNextPage) {
  Flowed f;
  Slice header;
  header.height = 20;
  f.headers.push_back(header);
  f.add(20);  // the header row where it first stands
  for (int i = 0; i < 12; ++i) f.add(10).header_group = 0;
  const auto pages = f.run();
  ASSERT_EQ(ranges(pages), (Ranges{{0, 9}, {9, 13}}));
  EXPECT_EQ(pages[0].header_group, -1);
  EXPECT_EQ(pages[1].header_group, 0);
  EXPECT_DOUBLE_EQ(pages[1].y[0], 20);  // the rows start under the repeated header
}

TEST(TypesetFlow, FootnoteGoesWithItsLine) {
  Flowed f;
  f.note(0, 3, 10);  // 30 pt of note + 5 pt separator
  for (int i = 0; i < 6; ++i) f.add(10);
  f.add(10).footnotes = {0};  // would fit alone (70) but not with its note (105)
  f.add(10);
  const auto pages = f.run();
  ASSERT_EQ(ranges(pages), (Ranges{{0, 6}, {6, 8}}));
  EXPECT_TRUE(pages[0].notes.empty());
  ASSERT_EQ(pages[1].notes.size(), 3u);
  EXPECT_EQ(pages[1].notes[0].note, 0);
}

TEST(TypesetFlow, FootnoteOnTheLastLineFits) {
  Flowed f;
  f.note(0, 1, 10);
  for (int i = 0; i < 7; ++i) f.add(10);
  f.add(10).footnotes = {0};  // 80 + 5 + 10 = 95: fits
  const auto pages = f.run();
  ASSERT_EQ(ranges(pages), (Ranges{{0, 8}}));
  EXPECT_EQ(pages[0].notes.size(), 1u);
}

TEST(TypesetFlow, LongFootnoteContinuesOnTheNextPage) {
  Flowed f;
  f.note(0, 15, 10);  // longer than a page
  f.add(10).footnotes = {0};
  f.add(10);
  const auto pages = f.run();
  // Page 1: the line and as much of the note as fits (100 - 10 - 5 = 85: 8 lines);
  // the rest continues at the foot of page 2, above which the next line stands.
  ASSERT_GE(pages.size(), 2u);
  EXPECT_EQ(pages[0].begin, 0u);
  EXPECT_EQ(pages[0].notes.size(), 8u);
  size_t lines = 0;
  for (const auto& p : pages) lines += p.notes.size();
  EXPECT_EQ(lines, 15u);  // every line of the note is printed once
  EXPECT_EQ(pages[0].notes.front().line, 0u);
  EXPECT_EQ(pages[1].notes.front().line, 8u);
}

TEST(TypesetFlow, RowTallerThanAPageIsCutBetweenLines) {
  Slice row;
  row.height = 305;
  for (int i = 1; i <= 30; ++i) {
    GlyphRun r;
    r.size = 8;
    r.y = 10.0 * i;  // a line every 10 pt, baselines at 10 … 300
    r.glyphs.push_back({static_cast<uint32_t>(i), 0, 0, std::to_string(i)});
    row.runs.push_back(r);
  }
  row.strokes.push_back({0, 0, 0, 305, 0.5, ""});  // a cell's left border
  row.break_before = false;
  const auto pieces = split_tall(row, 100);
  ASSERT_GE(pieces.size(), 4u);
  EXPECT_FALSE(pieces[0].break_before);
  std::vector<uint32_t> seen;
  double total = 0, border = 0;
  for (const auto& p : pieces) {
    EXPECT_LE(p.height, 100);
    for (const auto& r : p.runs) {
      EXPECT_GE(r.y - r.size, -1e-9);  // the line's top is inside its piece
      EXPECT_LE(r.y, p.height);
      seen.push_back(r.glyphs[0].id);
    }
    for (const auto& st : p.strokes) border += st.y1 - st.y0;
    total += p.height;
  }
  EXPECT_EQ(seen.size(), 30u);  // every line once, in order
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_DOUBLE_EQ(total, 305);
  EXPECT_DOUBLE_EQ(border, 305);  // the border runs on, cut with the row
}

TEST(TypesetFlow, RowThatFitsIsNotCut) {
  Slice row;
  row.height = 80;
  EXPECT_EQ(split_tall(row, 100).size(), 1u);
}

}  // namespace
}  // namespace vanban::typeset
