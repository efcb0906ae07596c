#include "check_fixture.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "input/xml_reader.h"

namespace vanban::check_test {
namespace {

office::Align align_of(layout::Align a) {
  switch (a) {
    case layout::Align::Left:
      return office::Align::Left;
    case layout::Align::Center:
      return office::Align::Center;
    case layout::Align::Right:
      return office::Align::Right;
    case layout::Align::Justify:
      return office::Align::Justify;
  }
  return office::Align::Left;
}

std::string text_of(const office::Paragraph& p) {
  std::string s;
  for (const auto& r : p.runs) {
    if (r.kind == office::Run::Kind::Text) s += r.text;
    if (r.kind == office::Run::Kind::Tab || r.kind == office::Run::Kind::Break) s += ' ';
    if (r.kind == office::Run::Kind::PageNumber) s += '#';
  }
  return s;
}

class Builder {
 public:
  explicit Builder(const layout::Layout& l) : l_(l) {}

  office::Document run() {
    office::Document d;
    d.kind = office::Kind::Docx;
    d.defaults.font = l_.font;
    d.defaults.size = l_.default_size;
    for (size_t s = 0; s < l_.sections.size(); ++s) {
      const auto& sec = l_.sections[s];
      office::Section out = page(sec);
      out.first_paragraph = static_cast<int>(body_.size()) + 1;
      for (size_t b = 0; b < sec.blocks.size(); ++b) {
        if (const auto* p = std::get_if<layout::Paragraph>(&sec.blocks[b])) {
          add(paragraph(*p), static_cast<int>(s));
          continue;
        }
        table(std::get<layout::Table>(sec.blocks[b]), static_cast<int>(s));
        // Word keeps a paragraph mark after a table that ends the body or a section:
        // vanban writes it at 1 pt (docx/document_part.cpp).
        if (b + 1 == sec.blocks.size()) add(tiny(), static_cast<int>(s));
      }
      d.sections.push_back(std::move(out));
    }
    d.paragraphs = std::move(body_);
    for (size_t i = 0; i < l_.footnotes.size(); ++i) {
      layout::Paragraph p;
      p.style = l_.footnote_style;
      p.runs = l_.footnotes[i].runs;
      office::Paragraph o = paragraph(p);
      o.place = office::Place::Footnote;
      o.index = 1;
      o.anchor = {"word/footnotes.xml", static_cast<int>(i) + 2};
      d.footnotes.push_back({std::move(o)});
    }
    return d;
  }

 private:
  const layout::ParaStyle& style(const std::string& id) const {
    const layout::ParaStyle* s = l_.style(id);
    if (!s) throw std::logic_error("no style " + id);
    return *s;
  }

  office::RunLook look(const layout::ParaStyle& s, bool bold, bool italic, const std::string& color) const {
    office::RunLook r;
    r.font = l_.font;
    r.size = s.size;
    r.bold = s.bold || bold;
    r.italic = s.italic || italic;
    r.color = color;
    return r;
  }

  office::Paragraph paragraph(const layout::Paragraph& p) const {
    const layout::ParaStyle& s = style(p.style);
    office::Paragraph o;
    o.look.style = s.name;
    o.look.align = align_of(p.align.value_or(s.align));
    o.look.first_indent = p.first_indent.value_or(s.first_indent);
    o.look.left = p.left.value_or(s.left);
    o.look.right = p.right.value_or(s.right);
    o.look.before = p.before.value_or(s.before);
    o.look.after = s.after;
    o.look.line = {office::LineSpacing::Rule::Multiple, s.line};
    o.look.keep_next = s.keep_next || p.keep_next;
    o.look.border_top = p.box > 0 ? p.box : p.rule_top;
    o.look.border_bottom = p.box;
    o.look.outline = s.outline;
    o.look.mark = look(s, false, false, p.color);
    for (const auto& r : p.runs) {
      office::Run run;
      run.look = look(s, r.bold, r.italic, p.color);
      switch (r.kind) {
        case layout::Run::Kind::Text:
          run.text = r.text;
          break;
        case layout::Run::Kind::LineBreak:
          run.kind = office::Run::Kind::Break;
          break;
        case layout::Run::Kind::FootnoteRef:
          run.kind = office::Run::Kind::FootnoteRef;
          run.footnote = r.footnote;
          break;
      }
      o.runs.push_back(std::move(run));
    }
    return o;
  }

  office::Paragraph tiny() const {
    office::Paragraph o;
    o.look.mark.font = l_.font;
    o.look.mark.size = 1;
    return o;
  }

  void add(office::Paragraph p, int section) {
    p.place = office::Place::Body;
    p.section = section;
    p.index = static_cast<int>(body_.size()) + 1;
    p.anchor = {"word/document.xml", static_cast<int>(body_.size())};
    body_.push_back(std::move(p));
  }

  void table(const layout::Table& t, int section) {
    const int number = tables_++;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      size_t column = 0;
      for (size_t c = 0; c < t.rows[r].cells.size(); ++c) {
        const auto& cell = t.rows[r].cells[c];
        double width = 0;
        for (int k = 0; k < cell.span && column < t.columns.size(); ++k) width += t.columns[column++];
        auto place = [&](office::Paragraph p) {
          p.table = number;
          p.row = static_cast<int>(r);
          p.cell = static_cast<int>(c);
          p.cell_width = width;
          p.nesting = 1;
          add(std::move(p), section);
        };
        if (cell.paragraphs.empty()) place(office::Paragraph{});
        for (const auto& p : cell.paragraphs) place(paragraph(p));
      }
    }
  }

  office::Section page(const layout::Section& sec) const {
    office::Section s;
    s.width = sec.landscape ? l_.page.height : l_.page.width;
    s.height = sec.landscape ? l_.page.width : l_.page.height;
    s.top = l_.page.top;
    s.bottom = l_.page.bottom;
    s.left = l_.page.left;
    s.right = l_.page.right;
    s.header = l_.page.header;
    s.footer = l_.page.footer;
    s.landscape = sec.landscape;
    s.title_page = true;
    // header2.xml (first page): the page-number style, no field; header1.xml: the PAGE field.
    layout::Paragraph number;
    number.style = l_.page_number_style;
    s.header_first.present = true;
    s.header_first.paragraphs.push_back(paragraph(number));
    office::Paragraph field = paragraph(number);
    office::Run page;
    page.kind = office::Run::Kind::PageNumber;
    page.text = "2";
    page.look = look(style(l_.page_number_style), false, false, "");
    field.runs.push_back(page);
    s.header_other.present = true;
    s.header_other.paragraphs.push_back(std::move(field));
    if (!l_.first_page_footer.empty()) {
      // footer1.xml: the address block and the line that lifts it; footer2.xml: empty.
      s.footer_first.present = true;
      if (sec.address_page) {
        for (const auto& p : l_.first_page_footer) {
          office::Paragraph o = paragraph(p);
          for (auto& r : o.runs) r.look.color.clear();
          s.footer_first.paragraphs.push_back(std::move(o));
        }
        office::Paragraph lift = tiny();
        lift.look.line = {office::LineSpacing::Rule::Exact, (l_.page.bottom - l_.page.footer) * 72 / 25.4};
        s.footer_first.paragraphs.push_back(std::move(lift));
      } else {
        s.footer_first.paragraphs.emplace_back();
      }
    }
    for (auto* hf : {&s.header_first, &s.header_other, &s.footer_first})
      for (auto& p : hf->paragraphs) p.place = hf == &s.footer_first ? office::Place::Footer : office::Place::Header;
    return s;
  }

  const layout::Layout& l_;
  std::vector<office::Paragraph> body_;
  int tables_ = 0;
};

}  // namespace

office::Document office_from_layout(const layout::Layout& l) { return Builder(l).run(); }

check::CheckInput Checked::input() const {
  check::CheckInput in;
  in.doc = &doc;
  for (const auto& p : doc.paragraphs) {
    in.decoded.push_back(text_of(p));
    in.legacy.push_back(false);
    in.text += (in.paragraph_of_line.empty() ? "" : "\n") + in.decoded.back();
    in.paragraph_of_line.push_back(p.index);
  }
  return in;
}

check::CheckInput Checked::marked_input() const {
  check::CheckInput in = input();
  in.text.clear();
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const auto& p = doc.paragraphs[i];
    std::string line;
    for (const auto& r : p.runs) {
      if (r.kind != office::Run::Kind::Text) {
        line += ' ';
        continue;
      }
      if (r.text.find_first_not_of(' ') == std::string::npos) {
        line += r.text;
        continue;
      }
      const std::string mark = r.look.bold && r.look.italic ? "***" : r.look.bold ? "**" : r.look.italic ? "*" : "";
      line += mark + r.text + mark;
    }
    // A table cell's centring says nothing: office_text marks only body paragraphs.
    if (p.look.align == office::Align::Center && p.table < 0 && !line.empty()) line = "## " + line;
    in.text += (i ? "\n" : "") + line;
  }
  return in;
}

std::vector<check::Finding> Checked::findings() const { return check::check_document(input()); }

office::Paragraph& Checked::at(const std::string& start) {
  return const_cast<office::Paragraph&>(doc.paragraphs[find_paragraph(doc, start)]);
}

void set_text(office::Paragraph& p, const std::string& text) {
  office::Run r;
  for (const auto& old : p.runs)
    if (old.kind == office::Run::Kind::Text) {
      r.look = old.look;
      break;
    }
  r.text = text;
  p.runs = {r};
}

layout::Layout sample_layout(const std::string& name) {
  const std::string path = std::string(VANBAN_SOURCE_DIR) + "/samples/" + name + ".xml";
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << f.rdbuf();
  auto r = input::read_document(ss.str(), name + ".xml");
  if (!r.document) throw std::runtime_error(r.errors.at(0).to_string());
  return layout::compose(*r.document);
}

Checked sample(const std::string& name) { return {office_from_layout(sample_layout(name))}; }

size_t find_paragraph(const office::Document& doc, const std::string& start) {
  for (size_t i = 0; i < doc.paragraphs.size(); ++i)
    if (text_of(doc.paragraphs[i]).starts_with(start)) return i;
  throw std::logic_error("no paragraph starts with " + start);
}

}  // namespace vanban::check_test
