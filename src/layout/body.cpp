// The body tree: sections numbered by depth (I., 1., a)), articles ("Điều 1."),
// points ("-", then "+"), paragraphs and tables. Numbers are computed here, never
// taken from the input.
#include <algorithm>
#include <numeric>

#include "layout/composer.h"
#include "rules/numbering.h"
#include "text/unicode.h"

namespace vanban::layout {

std::vector<Run> Composer::runs(const model::Text& t, bool bold) {
  std::vector<Run> out;
  for (const auto& in : t) {
    Run r;
    r.bold = in.bold || bold;
    r.italic = in.italic;
    switch (in.kind) {
      case model::Inline::Kind::Text:
        r.text = in.text;
        break;
      case model::Inline::Kind::LineBreak:
        r.kind = Run::Kind::LineBreak;
        break;
      case model::Inline::Kind::Footnote:
        r.kind = Run::Kind::FootnoteRef;
        r.bold = r.italic = false;
        r.footnote = static_cast<int>(out_.footnotes.size());
        out_.footnotes.push_back({runs(in.note)});
        break;
    }
    out.push_back(std::move(r));
  }
  return out;
}

void Composer::item(const model::Node& n, int depth, std::vector<Block>& out) {
  Paragraph p;
  p.style = "VbItem";
  p.runs.push_back({Run::Kind::Text, rules::item_mark(depth) + " "});
  for (auto& r : runs(n.text)) p.runs.push_back(std::move(r));
  out.emplace_back(std::move(p));
  for (const auto& c : n.children)
    if (c.kind == model::Node::Kind::Item) item(c, depth + 1, out);
}

void Composer::blocks(const std::vector<model::Node>& nodes, int depth, std::vector<Block>& out, double width_mm,
                      bool arabic_top) {
  int section_no = 0, article_no = 0;
  // Decree 30 gives every roman-numbered "Mục" a title. Top-level sections none of
  // which has one are clauses ("1.", "2."), as in a công văn's numbered requests.
  if (depth == 0) {
    const bool any_titled = std::any_of(nodes.begin(), nodes.end(), [](const model::Node& n) {
      return n.kind == model::Node::Kind::Section && !n.title.empty();
    });
    const bool any_section = std::any_of(nodes.begin(), nodes.end(),
                                         [](const model::Node& n) { return n.kind == model::Node::Kind::Section; });
    if (arabic_top || (any_section && !any_titled)) depth = 1;
  }
  for (const auto& n : nodes) {
    switch (n.kind) {
      case model::Node::Kind::Paragraph: {
        Paragraph p;
        p.style = "VbBody";
        p.runs = runs(n.text);
        out.emplace_back(std::move(p));
        break;
      }
      case model::Node::Kind::Item:
        item(n, 1, out);
        break;
      case model::Node::Kind::Table:
        out.emplace_back(table(n.table, width_mm));
        break;
      case model::Node::Kind::Section:
      case model::Node::Kind::Article: {
        const bool article = n.kind == model::Node::Kind::Article;
        const int level = article ? 1 : depth + 1;
        const std::string label =
            article ? "Điều " + std::to_string(++article_no) + "." : rules::section_label(level, ++section_no);
        // A level-I title is in capitals (Decree 30 §4.8); the user may type normal case.
        model::Text title = n.title;
        if (!article && level == 1)
          for (auto& r : title) r.text = text::upper_vi(r.text);
        const bool titled = !title.empty();
        // Decree 30 §4.8: "Điều 1." and "I." are bold; "1." is bold when titled; "a)" is upright.
        const bool title_bold = article || level <= 2;
        const bool label_bold = article || level == 1 || (level == 2 && titled);
        Paragraph head;
        head.style = article ? "VbArticle" : level == 1 ? "VbHeading1" : level == 2 ? "VbHeading2" : "VbHeading3";
        head.runs.push_back({Run::Kind::Text, label, label_bold});
        if (titled) {
          head.runs.push_back({Run::Kind::Text, " ", title_bold});
          for (auto& r : runs(title, title_bold)) head.runs.push_back(std::move(r));
        }
        auto children_begin = n.children.begin();
        if (!n.text.empty()) {
          // Run-in text: "1. Thời gian: 01 buổi …" with only the title in bold.
          // "Thời gian" / "Thời gian:" / "Thời gian." all read "Thời gian: …".
          if (titled) {
            auto& last = head.runs.back();
            last.text = strip_end_punctuation(last.text) + ":";
          }
          head.runs.push_back({Run::Kind::Text, " "});
          for (auto& r : runs(n.text)) head.runs.push_back(std::move(r));
          head.style = "VbBody";
        } else if (!titled && !n.children.empty() && n.children.front().kind == model::Node::Kind::Paragraph) {
          // Untitled clause: the number leads its first paragraph.
          head.runs.push_back({Run::Kind::Text, " "});
          for (auto& r : runs(n.children.front().text)) head.runs.push_back(std::move(r));
          head.style = "VbBody";
          ++children_begin;
        }
        out.emplace_back(std::move(head));
        blocks(std::vector<model::Node>(children_begin, n.children.end()), article ? 1 : level, out, width_mm);
        break;
      }
    }
  }
}

Table Composer::table(const model::Table& t, double width_mm) {
  Table out;
  out.borders = true;
  out.padding = lt_.ruled_cell_padding;
  const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
  for (double w : t.widths) out.columns.push_back(width_mm * w / total);
  for (const auto& row : t.rows) {
    Row r;
    r.header = row.kind == model::TableRow::Kind::Header;
    const bool bold = row.kind != model::TableRow::Kind::Normal;
    for (const auto& c : row.cells) {
      Cell cell;
      cell.span = c.span;
      Paragraph p;
      p.style = r.header ? "VbTableHead" : "VbTable";
      p.runs = runs(c.text, bold);
      if (c.align == "center")
        p.align = Align::Center;
      else if (c.align == "right")
        p.align = Align::Right;
      else if (c.align == "left")
        p.align = Align::Left;
      cell.paragraphs.push_back(std::move(p));
      r.cells.push_back(std::move(cell));
    }
    out.rows.push_back(std::move(r));
  }
  return out;
}

}  // namespace vanban::layout
