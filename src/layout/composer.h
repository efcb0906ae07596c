// Internal to layout/: the state shared by the parts of the page (header, title
// block, body, signature, appendices) while one document is laid out.
#pragma once
#include "layout/layout.h"
#include "layout/wording.h"

namespace vanban::layout {

class Composer {
 public:
  Composer(const model::Document& doc, const rules::HouseStyle& hs, const rules::LayoutTemplate& lt,
           const rules::KindInfo& kind);
  Layout run();

 private:
  // header.cpp
  void header(std::vector<Block>& out);
  void title_block(std::vector<Block>& out);
  void stamps(Cell& cell, double inner_mm);
  void kinh_gui(std::vector<Block>& out);
  void bases_and_formula(std::vector<Block>& out);
  void invitation(std::vector<Block>& out);
  // body.cpp
  // `arabic_top`: top-level sections are "1.", "2." rather than "I.", "II.".
  void blocks(const std::vector<model::Node>& nodes, int depth, std::vector<Block>& out, double width_mm,
              bool arabic_top = false);
  void item(const model::Node& n, int depth, std::vector<Block>& out);
  Table table(const model::Table& t, double width_mm);
  std::vector<Run> runs(const model::Text& t, bool bold = false);
  // signature.cpp
  void signature(std::vector<Block>& out);
  // compose.cpp
  void appendix(const model::Appendix& a, int index, int count);
  void end_mark(std::vector<Block>& out, size_t text_begin);

  Paragraph para(std::string style, std::string text) const;
  // A centred paragraph whose text is broken into balanced lines within `width_mm`;
  // `longest_mm` receives the longest line's width.
  // `name` applies the rules for names (break before "QUẬN", "TỈNH" …), else those for prose.
  Paragraph balanced(std::string style, const std::string& text, double width_mm, bool name,
                     double* longest_mm = nullptr) const;
  // A centred solid rule `length_mm` long, in a cell or column `width_mm` wide.
  Paragraph rule(double length_mm, double width_mm) const;
  const ParaStyle& style(const std::string& id) const;
  // Width in mm of `text` set in role `style_id` (its size, bold and italic).
  double text_mm(const std::string& style_id, std::string_view text) const;
  // The width to reserve for text measured at `mm`: an allowance for the office suite's
  // rounding of glyph advances (templates/layout.xml, <measure>).
  double fit_width(double mm) const { return mm * lt_.fit_scale + lt_.fit_extra; }
  // The inverse: how much measured text fits in `mm`.
  double text_room(double mm) const { return (mm - lt_.fit_extra) / lt_.fit_scale; }

  const model::Document& doc_;
  const rules::HouseStyle& hs_;
  const rules::LayoutTemplate& lt_;
  const rules::KindInfo& kind_;
  Layout out_;
  double text_width_;  // mm
};

}  // namespace vanban::layout
