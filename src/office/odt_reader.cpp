#include "office/odt_reader.h"
#include "text/numerals.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>

#include "core/limits.h"
#include "office/odt_styles.h"
#include "office/odt_values.h"
#include "office/part_reader.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

namespace vanban::office {
namespace {

using odt::ListLevel;
using odt::ListLevels;
using odt::Scope;
using odt::Styles;

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;
// Deeper XML than any office suite writes (office/part_reader.h's kMaxXmlDepth): the
// reader below walks it recursively.
// Bounds on what a hostile file can ask for by number.
constexpr int kMaxSpaces = 10000;   // text:c of one text:s
constexpr int kMaxColumns = 1024;   // table columns (LibreOffice Writer allows fewer)
constexpr int kMaxListLevels = 10;  // ODF's list levels

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }
bool starts(const char* s, const char* prefix) { return std::strncmp(s, prefix, std::strlen(prefix)) == 0; }

// The parts of one package, read and parsed within kMaxUnzippedBytes in all, so a
// package of many highly compressed parts (a zip bomb) ends with an error.
class Parts {
 public:
  explicit Parts(std::string_view zip) : zip_(zip) {}

  enum class Result { Ok, Missing, Bad, OverBudget };
  // Loads `name` into `doc`; `why` says what is wrong when it is not Ok or Missing.
  Result load(const char* name, pugi::xml_document& doc, std::string& why) {
    using S = package::ZipEntry::Status;
    auto e = package::read_zip(zip_, name, left_);
    if (e.status == S::Missing) {
      why = std::string("the package has no ") + name;
      return Result::Missing;
    }
    if (!e) {
      if (e.status == S::TooLarge) {
        why = "the package inflates to more than " + std::to_string(limits::kMaxUnzippedBytes >> 20) +
              " MiB (the limit; a zip bomb?)";
        return Result::OverBudget;
      }
      why = e.status == S::NotZip ? "not a readable zip package"
                                  : std::string("cannot read ") + name + " from the package (damaged)";
      return Result::Bad;
    }
    left_ -= e.data.size();
    const auto r = doc.load_buffer(e.data.data(), e.data.size(), kParse, pugi::encoding_utf8);
    if (!r) {
      why = std::string(name) + ": " + r.description() + " at byte " + std::to_string(r.offset);
      return Result::Bad;
    }
    if (too_deep(doc)) {
      why = std::string(name) + ": elements nested more than " + std::to_string(kMaxXmlDepth) + " deep";
      return Result::Bad;
    }
    return Result::Ok;
  }

 private:
  std::string_view zip_;
  size_t left_ = limits::kMaxUnzippedBytes;
};

// The ordinal of each text:p and text:h of a part, in document order.
class Ordinals {
 public:
  explicit Ordinals(const pugi::xml_document& doc) {
    int next = 0;
    pugi::xml_node n = doc.first_child();
    while (n) {
      if (n.type() == pugi::node_element && (is(n, "text:p") || is(n, "text:h"))) of_[n.internal_object()] = next++;
      if (n.first_child()) {
        n = n.first_child();
        continue;
      }
      while (n && !n.next_sibling()) n = n.parent();
      if (n) n = n.next_sibling();
    }
  }
  int of(const pugi::xml_node& n) const {
    const auto it = of_.find(n.internal_object());
    return it == of_.end() ? -1 : it->second;
  }

 private:
  std::unordered_map<const void*, int> of_;
};

std::optional<int> int_attr(const pugi::xml_node& n, const char* name, int lo, int hi) {
  const std::string_view v = n.attribute(name).value();
  int out = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size()) return std::nullopt;
  return std::clamp(out, lo, hi);
}

// ---- list labels ----

// The n-th number of a list level in ODF's format letters, as LibreOffice shows it.
std::string list_number(std::string_view format, int n, bool letter_sync) {
  if ((format == "I" || format == "i") && n >= 1 && n < 4000) {
    std::string r = text::roman(n);
    if (format == "i")
      for (char& c : r) c = static_cast<char>(c - 'A' + 'a');
    return r;
  }
  if ((format == "a" || format == "A") && n >= 1) {
    const char base = format == "a" ? 'a' : 'A';
    if (letter_sync)
      return std::string(static_cast<size_t>(std::min((n - 1) / 26 + 1, 100)), static_cast<char>(base + (n - 1) % 26));
    std::string out;  // a … z, aa, ab …
    for (int k = n; k > 0 && out.size() < 100; k = (k - 1) / 26)
      out.insert(out.begin(), static_cast<char>(base + (k - 1) % 26));
    return out;
  }
  return std::to_string(n);
}

// Where the items of one list (and the lists nested in it) stand.
struct ListCount {
  std::array<int, kMaxListLevels> number{};
  std::array<bool, kMaxListLevels> started{};
};

std::string list_label(const ListLevels* levels, const ListCount& count, int depth) {
  if (!levels) return "-";  // an unknown style: shown as a point
  const ListLevel& l = (*levels)[static_cast<size_t>(depth)];
  switch (l.kind) {
    case ListLevel::Kind::None:
      return {};
    case ListLevel::Kind::Image:
      return "\u2022";
    case ListLevel::Kind::Bullet:
      return l.bullet;
    case ListLevel::Kind::Number:
      break;
  }
  if (l.format.empty()) return l.prefix + l.suffix;
  std::string number;
  const int first = std::max(0, depth + 1 - l.display);
  for (int k = first; k <= depth; ++k) {
    const ListLevel& at = (*levels)[static_cast<size_t>(k)];
    const int n = count.started[static_cast<size_t>(k)] ? count.number[static_cast<size_t>(k)] : at.start;
    number += (number.empty() ? "" : ".") + list_number(k == depth ? l.format : at.format, n, at.letter_sync);
  }
  return l.prefix + number + l.suffix;
}

// ---- the walk ----

// The label waiting for a list item's first paragraph.
struct Item {
  std::string label;
  bool fresh = true;
};

// A text box (or a shape holding text) and its Unsupported.
struct Box {
  pugi::xml_node node;
  size_t unsupported = 0;
};

// Where the paragraphs being read go, and what surrounds them.
struct Flow {
  Place place = Place::Body;
  bool main = false;  // the body itself (its tables and lists too), not a note or text box in it
  std::vector<Paragraph>* out = nullptr;
  Scope scope = Scope::Content;
  const Ordinals* ordinals = nullptr;
  const char* part = "content.xml";
  int section = 0;         // of a header's or footer's paragraphs
  int* tables = nullptr;   // the tables of this flow so far
  int body_paragraph = 0;  // the body paragraph its Unsupported and shapes belong to (notes: the citing one)
  int table = -1, row = -1, cell = -1, nesting = 0;
  double cell_width = 0;
  // In a list:
  ListCount* count = nullptr;
  const ListLevels* levels = nullptr;
  std::string list_style;
  int depth = -1;
  Item* item = nullptr;
  // What import has always read (Paragraph::stated_label, stated_centred,
  // Run::stated_bold): paragraphs of the body and the footers outside table cells and
  // notes went through its block walk, which labelled list items; a paragraph's own
  // style's emphasis counted outside cells and notes.
  bool stated_blocks = false;
  bool stated_paragraph_emphasis = true;
  std::string stated_list_style;
  int stated_depth = -1;
};

// Import's emphasis and centring of a style: what the style itself states, by name
// (content.xml's automatic styles first, then styles.xml's common ones).
struct StatedStyle {
  bool bold = false, italic = false;
};

class Reader {
 public:
  explicit Reader(Parts& parts) : parts_(parts) {}

  Document read(const pugi::xml_document& content, const pugi::xml_document* styles_doc) {
    const auto content_root = content.child("office:document-content");
    styles_.add_faces(content_root);
    pugi::xml_node styles_root;
    if (styles_doc) {
      styles_root = styles_doc->child("office:document-styles");
      styles_.add_faces(styles_root);
      styles_.add(styles_root.child("office:styles"), Scope::Common);
      styles_.add(styles_root.child("office:automatic-styles"), Scope::Styles);
    }
    // A producer may put common styles in content.xml (LibreOffice never does).
    styles_.add(content_root.child("office:styles"), Scope::Common);
    styles_.add(content_root.child("office:automatic-styles"), Scope::Content);

    stated_styles(content_root.child("office:automatic-styles"));
    if (styles_root) stated_styles(styles_root.child("office:styles"));

    doc_.kind = Kind::Odt;
    doc_.defaults = styles_.defaults();
    const Ordinals content_ordinals(content);
    int tables = 0;
    Flow body;
    body.main = true;
    body.out = &doc_.paragraphs;
    body.ordinals = &content_ordinals;
    body.tables = &tables;
    body.stated_blocks = true;
    blocks(content_root.child("office:body").child("office:text"), body);
    // A shape or frame anchored to the page after the last paragraph: the last one.
    const int count = static_cast<int>(doc_.paragraphs.size());
    for (auto& s : doc_.shapes) s.paragraph = std::min(s.paragraph, count);
    for (auto& u : doc_.unsupported) u.paragraph = std::min(u.paragraph, count);

    if (styles_doc) {
      const Ordinals style_ordinals(*styles_doc);
      for (auto m : styles_root.child("office:master-styles").children("style:master-page"))
        masters_.emplace(m.attribute("style:name").value(), m);
      first_master_ = styles_root.child("office:master-styles").child("style:master-page");
      sections(&style_ordinals);
      stated_footers(styles_root, &style_ordinals);
    } else {
      sections(nullptr);
    }
    return std::move(doc_);
  }

 private:
  // ---- blocks ----

  void blocks(const pugi::xml_node& parent, Flow& f) {
    for (auto n : parent.children()) block(n, f);
  }

  void block(const pugi::xml_node& n, Flow& f) {
    if (n.type() != pugi::node_element) return;
    const char* name = n.name();
    if (is(n, "text:p") || is(n, "text:h")) {
      paragraph(n, f, nullptr);
    } else if (is(n, "text:list")) {
      list(n, f);
    } else if (is(n, "text:numbered-paragraph")) {
      numbered_paragraph(n, f);
    } else if (is(n, "table:table")) {
      table(n, f);
    } else if (is(n, "text:section") || is(n, "text:list-item") || is(n, "text:list-header") ||
               is(n, "text:index-title") || is(n, "text:index-body")) {
      blocks(n, f);
    } else if (is(n, "text:table-of-content") || is(n, "text:illustration-index") || is(n, "text:table-index") ||
               is(n, "text:object-index") || is(n, "text:user-index") || is(n, "text:alphabetical-index") ||
               is(n, "text:bibliography")) {
      blocks(n.child("text:index-body"), f);
    } else if (is(n, "text:tracked-changes")) {
      tracked_changes(n);
    } else if (starts(name, "draw:") || starts(name, "dr3d:")) {
      // Anchored to the page (or a frame): it belongs with the next paragraph.
      std::vector<Box> boxes;
      const int at = f.main ? static_cast<int>(doc_.paragraphs.size()) + 1 : f.body_paragraph;
      drawing(n, f, at, boxes);
      text_boxes(boxes, f, at);
    }
  }

  // A master page that a paragraph (or the table it starts) asks for.
  void begin_paragraph_section(const std::string& master) {
    const int index = static_cast<int>(doc_.paragraphs.size()) + 1;
    if (section_masters_.empty()) {
      section_masters_.push_back(master);
      section_first_.push_back(index);
    } else if (!master.empty()) {
      section_masters_.push_back(master);
      section_first_.push_back(index);
    }
  }

  void paragraph(const pugi::xml_node& n, Flow& f, const std::string* label) {
    const char* style = n.attribute("text:style-name").value();
    Paragraph p;
    p.place = f.place;
    p.look = styles_.paragraph(f.scope, style);
    if (is(n, "text:h")) {
      const auto level = int_attr(n, "text:outline-level", 1, 10);
      p.look.outline = level ? *level : p.look.outline > 0 ? p.look.outline : 1;
    }
    p.table = f.table;
    p.row = f.row;
    p.cell = f.cell;
    p.cell_width = f.cell_width;
    p.nesting = f.nesting;
    if (label) {
      p.look.list_label = *label;
      p.look.list_level = f.depth;
    } else if (f.depth >= 0) {
      p.look.list_level = f.depth;
      if (f.item && f.item->fresh) {
        p.look.list_label = f.item->label;
        f.item->fresh = false;
      }
    }
    p.anchor = {f.part, f.ordinals ? f.ordinals->of(n) : -1};
    p.stated_centred = stated_centred(style);
    if (f.stated_blocks && stated_nonempty(n)) {
      p.stated_label = std::move(stated_label_);
      stated_label_.clear();
    }
    if (f.main) {
      std::string master = styles_.master_page(f.scope, style);
      if (master.empty()) master = std::move(table_master_);
      table_master_.clear();
      begin_paragraph_section(master);
      p.section = static_cast<int>(section_masters_.size()) - 1;
      p.index = static_cast<int>(doc_.paragraphs.size()) + 1;
    } else {
      p.section = f.section;
      p.index = static_cast<int>(f.out->size()) + 1;
    }
    Inline in{f, p.runs, {}, true, 0};
    in.at = f.main ? p.index : f.body_paragraph;
    const StatedStyle stated = f.stated_paragraph_emphasis ? stated_style(style, "paragraph") : StatedStyle{};
    inline_children(n, p.look.mark, stated, in);
    auto boxes = std::move(in.boxes);
    const int at = in.at;
    f.out->push_back(std::move(p));
    text_boxes(boxes, f, at);
  }

  // A text:numbered-paragraph (ODF 1.2): its text:p or text:h, labelled by its
  // text:number.
  void numbered_paragraph(const pugi::xml_node& n, Flow& f) {
    const std::string label = n.child("text:number").text().get();
    Flow in = f;
    in.depth = int_attr(n, "text:level", 1, kMaxListLevels).value_or(1) - 1;
    in.item = nullptr;
    for (auto c : n.children())
      if (is(c, "text:p") || is(c, "text:h")) paragraph(c, in, &label);
  }

  // Text boxes anchored at body paragraph `at`: the text of each is its Unsupported's
  // detail (paragraphs one a line). In a header or footer their paragraphs are also the
  // header's or footer's, after the paragraph that anchors them (a page number in a
  // frame is the header's page number).
  void text_boxes(const std::vector<Box>& boxes, Flow& f, int at) {
    if (quiet_) return;
    for (const auto& b : boxes) {
      std::vector<Paragraph> paragraphs;
      int tables = 0;  // a text box's tables are not the body's
      Flow in;
      in.place = f.place;
      in.out = &paragraphs;
      in.scope = f.scope;
      in.ordinals = f.ordinals;
      in.part = f.part;
      in.section = f.section;
      in.tables = &tables;
      in.body_paragraph = at;
      in.stated_paragraph_emphasis = false;
      blocks(b.node, in);
      std::string text;
      for (const auto& p : paragraphs) text += (text.empty() ? "" : "\n") + p.text();
      doc_.unsupported[b.unsupported].detail = std::move(text);
      if (f.place == Place::Header || f.place == Place::Footer)
        for (auto& p : paragraphs) {
          p.index = static_cast<int>(f.out->size()) + 1;
          f.out->push_back(std::move(p));
        }
    }
  }

  void list(const pugi::xml_node& l, Flow& f) {
    const bool nested = f.count != nullptr;
    const int depth = nested ? f.depth + 1 : 0;
    std::string style = l.attribute("text:style-name").value();
    if (style.empty() && nested) style = f.list_style;
    if (style.empty()) {
      // The first paragraph's style may name the list style.
      const auto p = l.find_node([](const pugi::xml_node& n) { return is(n, "text:p") || is(n, "text:h"); });
      if (p) style = styles_.paragraph_list_style(f.scope, p.attribute("text:style-name").value());
    }
    std::unique_ptr<ListCount> own;
    ListCount* count = f.count;
    if (!nested) {
      own = std::make_unique<ListCount>();
      count = own.get();
      if (const char* cont = l.attribute("text:continue-list").value(); *cont) {
        if (const auto it = lists_by_id_.find(cont); it != lists_by_id_.end()) *count = it->second;
      } else if (std::strcmp(l.attribute("text:continue-numbering").value(), "true") == 0) {
        if (const auto it = lists_by_style_.find(style); it != lists_by_style_.end()) *count = it->second;
      }
    }
    Flow in = f;
    // Import's labels: the list's own style, else the enclosing list's; every list
    // counts afresh.
    const int stated_depth = nested ? f.stated_depth + 1 : 0;
    const bool stated = f.stated_blocks && stated_depth < kMaxListLevels;
    if (stated) {
      if (const char* named = l.attribute("text:style-name").value(); *named)
        in.stated_list_style = named;
      else if (!nested)
        in.stated_list_style.clear();
      stated_counters_[static_cast<size_t>(stated_depth)] = 0;
    }
    in.stated_depth = stated_depth;
    in.count = count;
    in.list_style = style;
    in.levels = styles_.list_style(f.scope, style);
    in.depth = std::min(depth, kMaxListLevels - 1);
    const bool too_deep = depth >= kMaxListLevels;
    const size_t d = static_cast<size_t>(in.depth);
    for (auto item : l.children()) {
      const bool header = is(item, "text:list-header");
      if (!header && !is(item, "text:list-item")) continue;
      Item label;
      if (!header && !too_deep) {
        if (const auto start = int_attr(item, "text:start-value", 0, 1000000)) {
          count->number[d] = *start;
        } else if (count->started[d]) {
          count->number[d] = std::min(count->number[d] + 1, 1000000);
        } else {
          count->number[d] = in.levels ? (*in.levels)[d].start : 1;
        }
        count->started[d] = true;
        for (size_t k = d + 1; k < count->started.size(); ++k) count->started[k] = false;
        label.label = list_label(in.levels, *count, in.depth);
      }
      in.item = &label;
      if (stated) {
        const size_t sd = static_cast<size_t>(stated_depth);
        if (!header) ++stated_counters_[sd];
        for (size_t k = sd + 1; k < stated_counters_.size(); ++k) stated_counters_[k] = 0;
        stated_label_ = header ? "" : stated_item_label(in.stated_list_style, stated_depth);
      }
      for (auto c : item.children()) {
        if (is(c, "text:list"))
          list(c, in);
        else
          block(c, in);
      }
      if (stated) stated_label_.clear();
    }
    if (!nested) {
      if (const char* id = l.attribute("xml:id").value(); *id) lists_by_id_[id] = *count;
      lists_by_style_[style] = *count;
    }
  }

  void table(const pugi::xml_node& t, Flow& f) {
    if (f.main && f.nesting == 0) {
      // A table's style may start a page with a master of its own.
      if (auto m = styles_.table_master_page(f.scope, t.attribute("table:style-name").value()); !m.empty())
        table_master_ = std::move(m);
    }
    const int index = (*f.tables)++;
    // Column widths.
    std::vector<double> widths;
    std::vector<double> rel;
    columns(t, f, widths, rel);
    if (std::find(widths.begin(), widths.end(), 0.0) != widths.end()) {
      // Relative widths of the table's width, where absolute ones are missing.
      double sum = 0;
      for (double r : rel) sum += r;
      const auto total = styles_.table_width(f.scope, t.attribute("table:style-name").value());
      for (size_t i = 0; i < widths.size(); ++i)
        if (widths[i] == 0 && total && sum > 0) widths[i] = *total * rel[i] / sum;
    }
    int row = 0;
    rows(t, f, index, widths, row);
  }

  void columns(const pugi::xml_node& parent, const Flow& f, std::vector<double>& widths, std::vector<double>& rel) {
    for (auto c : parent.children()) {
      if (is(c, "table:table-columns") || is(c, "table:table-header-columns") || is(c, "table:table-column-group")) {
        columns(c, f, widths, rel);
      } else if (is(c, "table:table-column")) {
        const int repeat = int_attr(c, "table:number-columns-repeated", 1, kMaxColumns).value_or(1);
        const char* style = c.attribute("table:style-name").value();
        const double w = styles_.column_width(f.scope, style).value_or(0);
        const double r = styles_.rel_column_width(f.scope, style).value_or(0);
        for (int k = 0; k < repeat && widths.size() < static_cast<size_t>(kMaxColumns); ++k) {
          widths.push_back(w);
          rel.push_back(r);
        }
      }
    }
  }

  void rows(const pugi::xml_node& parent, Flow& f, int index, const std::vector<double>& widths, int& row) {
    for (auto c : parent.children()) {
      if (is(c, "table:table-header-rows") || is(c, "table:table-rows") || is(c, "table:table-row-group")) {
        rows(c, f, index, widths, row);
      } else if (is(c, "table:table-row")) {
        int cell = 0;
        size_t col = 0;
        for (auto tc : c.children()) {
          // Each cell and covered cell is a column; a spanning cell's width is that of
          // the columns it covers (the covered cells after it).
          if (is(tc, "table:covered-table-cell")) {
            ++col;
          } else if (is(tc, "table:table-cell")) {
            const int span = int_attr(tc, "table:number-columns-spanned", 1, kMaxColumns).value_or(1);
            double width = 0;
            for (size_t k = col; k < col + static_cast<size_t>(span) && k < widths.size(); ++k) width += widths[k];
            Flow in = f;
            in.table = index;
            in.row = row;
            in.cell = cell;
            in.cell_width = width;
            in.nesting = f.nesting + 1;
            in.count = nullptr;
            in.levels = nullptr;
            in.depth = -1;
            in.item = nullptr;
            in.stated_blocks = false;
            in.stated_paragraph_emphasis = false;
            blocks(tc, in);
            ++cell;
            ++col;
          }
        }
        ++row;
      }
    }
  }

  // ---- inline content ----

  struct Inline {
    Flow& flow;
    std::vector<Run>& runs;
    std::vector<Box> boxes;    // text boxes anchored here
    bool ignore_space = true;  // the next white space collapses (ODF 6.1.2)
    int at = 0;                // the body paragraph for Unsupported and shapes
  };

  static void add_run(Inline& in, Run::Kind kind, const RunLook& look, const StatedStyle& stated,
                      std::string text = {}) {
    Run r;
    r.kind = kind;
    r.look = look;
    r.text = std::move(text);
    r.stated_bold = stated.bold;
    r.stated_italic = stated.italic;
    in.runs.push_back(std::move(r));
  }

  // Text of one element: appended to its run (`current`, an index into in.runs, or -1).
  static void add_text(Inline& in, const RunLook& look, const StatedStyle& stated, int& current, std::string_view text,
                       bool collapse) {
    std::string out;
    if (!collapse) {
      out = text;
      in.ignore_space = false;
    } else {
      for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          if (in.ignore_space) continue;
          out += ' ';
          in.ignore_space = true;
        } else {
          out += c;
          in.ignore_space = false;
        }
      }
    }
    if (out.empty()) return;
    if (current < 0) {
      add_run(in, Run::Kind::Text, look, stated);
      current = static_cast<int>(in.runs.size()) - 1;
    }
    in.runs[static_cast<size_t>(current)].text += out;
  }

  void inline_children(const pugi::xml_node& n, const RunLook& look, const StatedStyle& stated, Inline& in) {
    int current = -1;  // this element's text run
    for (auto c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        add_text(in, look, stated, current, c.value(), true);
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const char* name = c.name();
      current = -1;
      if (is(c, "text:s")) {
        // A run of its own (import reads it as one space, whatever its text:c).
        const int count = int_attr(c, "text:c", 1, kMaxSpaces).value_or(1);
        add_text(in, look, stated, current, std::string(static_cast<size_t>(count), ' '), false);
        current = -1;
        continue;
      }
      if (is(c, "text:tab")) {
        add_run(in, Run::Kind::Tab, look, stated);
        in.ignore_space = false;
      } else if (is(c, "text:line-break")) {
        add_run(in, Run::Kind::Break, look, stated);
        in.ignore_space = false;
      } else if (is(c, "text:span") || is(c, "text:a")) {
        const char* style = c.attribute("text:style-name").value();
        StatedStyle inner = stated;
        if (is(c, "text:span")) {
          const StatedStyle own = stated_style(style, "text");
          inner.bold = inner.bold || own.bold;
          inner.italic = inner.italic || own.italic;
        }
        if (*style)
          inline_children(c, styles_.span(in.flow.scope, style, look), inner, in);
        else
          inline_children(c, look, inner, in);
      } else if (is(c, "text:page-number")) {
        add_run(in, Run::Kind::PageNumber, look, stated, c.text().get());
        in.ignore_space = false;
      } else if (is(c, "text:page-count")) {
        add_run(in, Run::Kind::PageCount, look, stated, c.text().get());
        in.ignore_space = false;
      } else if (is(c, "text:note")) {
        note(c, look, in);
      } else if (is(c, "office:annotation")) {
        unsupported(Unsupported::Kind::Comment, in.at, "office:annotation");
      } else if (is(c, "text:change") || is(c, "text:change-start")) {
        change_mark(c, in.at);
      } else if (starts(name, "draw:") || starts(name, "dr3d:")) {
        drawing(c, in.flow, in.at, in.boxes);
      } else if (is(c, "text:ruby")) {
        inline_children(c.child("text:ruby-base"), look, stated, in);
      } else if (is(c, "text:meta") || is(c, "text:meta-field")) {
        inline_children(c, look, stated, in);
      } else if (is(c, "text:hidden-text") || is(c, "text:hidden-paragraph")) {
        unsupported(Unsupported::Kind::Field, in.at, name);
      } else if (starts(name, "text:")) {
        if (!no_text(name)) {
          // A field: the text it shows.
          unsupported(Unsupported::Kind::Field, in.at, name);
          inline_children(c, look, stated, in);
        }
      } else if (!starts(name, "office:")) {
        inline_children(c, look, stated, in);  // a foreign element: its content counts
      }
    }
  }

  // Inline elements that show no text of their own.
  static bool no_text(const char* name) {
    static constexpr const char* kMarks[] = {"text:soft-page-break",
                                             "text:bookmark",
                                             "text:bookmark-start",
                                             "text:bookmark-end",
                                             "text:reference-mark",
                                             "text:reference-mark-start",
                                             "text:reference-mark-end",
                                             "text:change-end",
                                             "text:toc-mark",
                                             "text:toc-mark-start",
                                             "text:toc-mark-end",
                                             "text:user-index-mark",
                                             "text:user-index-mark-start",
                                             "text:user-index-mark-end",
                                             "text:alphabetical-index-mark",
                                             "text:alphabetical-index-mark-start",
                                             "text:alphabetical-index-mark-end",
                                             "text:number",
                                             "text:note-citation",
                                             "text:note-body",
                                             "text:sequence-decls",
                                             "text:variable-decls",
                                             "text:user-field-decls",
                                             "text:user-field-decl",
                                             "text:p",
                                             "text:h"};
    for (const char* m : kMarks)
      if (std::strcmp(name, m) == 0) return true;
    return false;
  }

  void note(const pugi::xml_node& n, const RunLook& look, Inline& in) {
    const size_t k = doc_.footnotes.size();
    doc_.footnotes.emplace_back();
    Run r;
    r.kind = Run::Kind::FootnoteRef;
    r.look = look;
    r.text = n.child("text:note-citation").text().get();
    r.footnote = static_cast<int>(k);
    in.runs.push_back(std::move(r));
    in.ignore_space = false;
    std::vector<Paragraph> paragraphs;
    int tables = 0;
    Flow body;
    body.stated_paragraph_emphasis = false;
    body.place = Place::Footnote;
    body.out = &paragraphs;
    body.scope = in.flow.scope;
    body.ordinals = in.flow.ordinals;
    body.part = in.flow.part;
    body.tables = &tables;
    body.body_paragraph = in.at;
    body.section = in.flow.main ? static_cast<int>(section_masters_.size()) - 1 : in.flow.section;
    blocks(n.child("text:note-body"), body);
    doc_.footnotes[k] = std::move(paragraphs);
  }

  // ---- drawings, frames, objects ----

  void unsupported(Unsupported::Kind kind, int paragraph, std::string detail) {
    if (quiet_) return;
    doc_.unsupported.push_back({kind, paragraph, std::move(detail)});
  }

  void shape(Shape::Kind kind, double width, double height, int paragraph) {
    if (quiet_) return;
    doc_.shapes.push_back({kind, width, height, paragraph});
  }

  static double dim(const pugi::xml_node& n, const char* name) {
    return odt::length_mm(n.attribute(name).value()).value_or(0);
  }

  // A shape whose paragraphs hold text shows it as a text box does (LibreOffice gives
  // every line and shape an empty paragraph).
  static bool holds_text(const pugi::xml_node& n) {
    for (auto c : n.children())
      if ((is(c, "text:p") || is(c, "text:h") || is(c, "text:list")) && c.find_node([](const pugi::xml_node& t) {
            return t.type() == pugi::node_pcdata &&
                   std::string_view(t.value()).find_first_not_of(" \t\r\n") != std::string_view::npos;
          }))
        return true;
    return false;
  }

  void drawing(const pugi::xml_node& n, const Flow& f, int at, std::vector<Box>& boxes) {
    if (is(n, "draw:frame")) {
      frame(n, at, boxes);
      return;
    }
    if (is(n, "draw:g") || is(n, "draw:a")) {
      for (auto c : n.children())
        if (c.type() == pugi::node_element && (starts(c.name(), "draw:") || starts(c.name(), "dr3d:")))
          drawing(c, f, at, boxes);
      return;
    }
    if (is(n, "draw:line") || is(n, "draw:connector")) {
      auto coord = [&](const char* name) { return odt::length_mm(n.attribute(name).value(), true).value_or(0); };
      shape(Shape::Kind::Line, std::fabs(coord("svg:x2") - coord("svg:x1")),
            std::fabs(coord("svg:y2") - coord("svg:y1")), at);
    } else if (is(n, "draw:rect")) {
      shape(Shape::Kind::Rectangle, dim(n, "svg:width"), dim(n, "svg:height"), at);
    } else if (is(n, "draw:custom-shape")) {
      const std::string_view type = n.child("draw:enhanced-geometry").attribute("draw:type").value();
      const auto kind = type == "line" || type == "straight-connector" || type == "mso-spt20" || type == "mso-spt32"
                            ? Shape::Kind::Line
                        : type == "rectangle" || type == "mso-spt1" ? Shape::Kind::Rectangle
                                                                    : Shape::Kind::Other;
      shape(kind, dim(n, "svg:width"), dim(n, "svg:height"), at);
    } else if (is(n, "draw:polyline")) {
      // Two points: a line.
      const std::string_view points = n.attribute("svg:points").value();
      const bool two = std::count(points.begin(), points.end(), ',') == 2;
      shape(two ? Shape::Kind::Line : Shape::Kind::Other, dim(n, "svg:width"), dim(n, "svg:height"), at);
    } else if (is(n, "draw:ellipse") || is(n, "draw:circle") || is(n, "draw:polygon") || is(n, "draw:path") ||
               is(n, "draw:regular-polygon") || is(n, "draw:measure") || is(n, "draw:caption")) {
      shape(Shape::Kind::Other, dim(n, "svg:width"), dim(n, "svg:height"), at);
    } else {
      return;  // not a shape (draw:layer-set, draw:fill-image …)
    }
    if (holds_text(n)) {
      boxes.push_back({n, doc_.unsupported.size()});
      unsupported(Unsupported::Kind::TextBox, at, n.name());
    }
  }

  void frame(const pugi::xml_node& fr, int at, std::vector<Box>& boxes) {
    for (auto c : fr.children()) {
      if (is(c, "draw:object")) {
        unsupported(object_kind(c), at, "draw:object");
        return;
      }
      if (is(c, "draw:object-ole") || is(c, "draw:plugin") || is(c, "draw:applet") || is(c, "draw:floating-frame")) {
        unsupported(Unsupported::Kind::EmbeddedObject, at, c.name());
        return;
      }
    }
    if (const auto box = fr.child("draw:text-box")) {
      boxes.push_back({box, doc_.unsupported.size()});
      unsupported(Unsupported::Kind::TextBox, at, "draw:text-box");
      return;
    }
    if (fr.child("draw:image")) {
      unsupported(Unsupported::Kind::Image, at, "draw:image");
      return;
    }
    unsupported(Unsupported::Kind::Other, at, "draw:frame");
  }

  // A chart or a formula by its media type in the manifest (or inline MathML).
  Unsupported::Kind object_kind(const pugi::xml_node& obj) {
    if (obj.child("math:math") || obj.child("math")) return Unsupported::Kind::Equation;
    std::string path = obj.attribute("xlink:href").value();
    if (path.starts_with("./")) path.erase(0, 2);
    while (!path.empty() && path.back() == '/') path.pop_back();
    if (!manifest_loaded_) {
      manifest_loaded_ = true;
      pugi::xml_document m;
      std::string why;
      if (parts_.load("META-INF/manifest.xml", m, why) == Parts::Result::Ok)
        for (auto e : m.child("manifest:manifest").children("manifest:file-entry")) {
          std::string p = e.attribute("manifest:full-path").value();
          while (!p.empty() && p.back() == '/') p.pop_back();
          media_types_[p] = e.attribute("manifest:media-type").value();
        }
    }
    const auto it = media_types_.find(path);
    if (it != media_types_.end()) {
      if (it->second.starts_with("application/vnd.oasis.opendocument.chart")) return Unsupported::Kind::Chart;
      if (it->second.starts_with("application/vnd.oasis.opendocument.formula")) return Unsupported::Kind::Equation;
    }
    return Unsupported::Kind::EmbeddedObject;
  }

  // ---- tracked changes ----

  void tracked_changes(const pugi::xml_node& n) {
    for (auto region : n.children("text:changed-region")) {
      std::string id = region.attribute("text:id").value();
      if (id.empty()) id = region.attribute("xml:id").value();
      const char* what = region.child("text:deletion")        ? "text:deletion"
                         : region.child("text:insertion")     ? "text:insertion"
                         : region.child("text:format-change") ? "text:format-change"
                                                              : "text:changed-region";
      changes_[id] = doc_.unsupported.size();
      unsupported(Unsupported::Kind::TrackedChange, 0, what);
    }
  }

  void change_mark(const pugi::xml_node& mark, int at) {
    if (quiet_) return;
    const auto it = changes_.find(mark.attribute("text:change-id").value());
    if (it == changes_.end() || at == 0) return;
    auto& u = doc_.unsupported[it->second];
    if (u.paragraph == 0) u.paragraph = at;
  }

  // ---- what import has always read ----

  // The list styles by name as import collected them: content.xml's automatic ones,
  // then styles.xml's common ones (a level defined again replaced).
  void stated_styles(const pugi::xml_node& group) {
    for (auto ls : group.children("text:list-style")) {
      auto& levels = stated_lists_[ls.attribute("style:name").value()];
      for (auto lvl : ls.children()) {
        const int i = std::atoi(lvl.attribute("text:level").value());
        if (i < 1 || i > kMaxListLevels) continue;
        StatedLevel& l = levels[static_cast<size_t>(i - 1)];
        if (is(lvl, "text:list-level-style-number")) {
          l.format = lvl.attribute("style:num-format").value();
          l.prefix = lvl.attribute("style:num-prefix").value();
          l.suffix = lvl.attribute("style:num-suffix").value();
          l.display = std::clamp(lvl.attribute("text:display-levels").as_int(1), 1, kMaxListLevels);
        } else if (is(lvl, "text:list-level-style-bullet")) {
          l.bullet = lvl.attribute("text:bullet-char").value();
          if (l.bullet.empty()) l.bullet = "-";
        }
      }
    }
  }

  // A style's own emphasis and centring as import read them: content.xml's automatic
  // style of that name, else the common one (styles.xml's automatic styles never).
  pugi::xml_node stated_node(std::string_view name, const char* family) const {
    if (name.empty()) return {};
    return styles_.node(Scope::Content, family, name);
  }
  StatedStyle stated_style(std::string_view name, const char* family) const {
    const auto tp = stated_node(name, family).child("style:text-properties");
    return {std::strcmp(tp.attribute("fo:font-weight").value(), "bold") == 0,
            std::strcmp(tp.attribute("fo:font-style").value(), "italic") == 0};
  }
  bool stated_centred(std::string_view name) const {
    return std::strcmp(
               stated_node(name, "paragraph").child("style:paragraph-properties").attribute("fo:text-align").value(),
               "center") == 0;
  }

  // Import's label of an item: an unknown style's "-", every bullet "-" but "+", numbers
  // as 1/I/i/A/a (letters past z wrap).
  std::string stated_item_label(const std::string& style, int depth) const {
    const auto it = stated_lists_.find(style);
    if (it == stated_lists_.end()) return "-";
    const StatedLevel& l = it->second[static_cast<size_t>(depth)];
    if (!l.bullet.empty()) return l.bullet == "+" ? "+" : "-";
    if (l.format.empty()) return "";
    std::string number;
    const int first = depth + 1 >= l.display ? depth + 1 - l.display : 0;
    for (int k = first; k <= depth; ++k) {
      const std::string_view format = k == depth ? l.format : it->second[static_cast<size_t>(k)].format;
      const int n = stated_counters_[static_cast<size_t>(k)];
      std::string part;
      if (format == "I" || format == "i")
        part = list_number(format, std::clamp(n, 0, 3999), false);
      else if (format == "a" || format == "A")
        part = n >= 1 ? std::string(1, static_cast<char>((format == "a" ? 'a' : 'A') + (n - 1) % 26)) : std::string();
      else
        part = std::to_string(n);
      number += (number.empty() ? "" : ".") + part;
    }
    return l.prefix + number + l.suffix;
  }

  // Whether import found text in a paragraph: characters, a space, tab or break, or a
  // note, in it or its spans and links.
  static bool stated_nonempty(const pugi::xml_node& n) {
    for (auto c : n.children()) {
      if (c.type() == pugi::node_pcdata) return true;
      if (c.type() != pugi::node_element) continue;
      if (is(c, "text:s") || is(c, "text:tab") || is(c, "text:line-break") || is(c, "text:note")) return true;
      if ((is(c, "text:span") || is(c, "text:a")) && stated_nonempty(c)) return true;
    }
    return false;
  }

  // ---- page set-up ----

  pugi::xml_node master(const std::string& name) const {
    if (const auto it = masters_.find(name); it != masters_.end()) return it->second;
    return {};
  }

  static pugi::xml_node shown(const pugi::xml_node& hf) {
    if (!hf || std::strcmp(hf.attribute("style:display").value(), "false") == 0) return {};
    return hf;
  }

  // The element of a master page: style:X, or (for the -first ones) loext:X.
  static pugi::xml_node part_of(const pugi::xml_node& m, const char* name) {
    if (auto n = m.child((std::string("style:") + name).c_str())) return n;
    if (std::strstr(name, "-first")) return m.child((std::string("loext:") + name).c_str());
    return {};
  }

  void header_footer(const pugi::xml_node& hf, HeaderFooter& out, Place place, int section, const Ordinals* ordinals) {
    if (!hf) return;
    out.present = true;
    out.part = "styles.xml";
    int tables = 0;
    Flow f;
    f.place = place;
    f.out = &out.paragraphs;
    f.scope = Scope::Styles;
    f.ordinals = ordinals;
    f.part = "styles.xml";
    f.section = section;
    f.tables = &tables;
    blocks(hf, f);
  }

  // The footers import has always read (Document::unused_footers, for .odt): every
  // master page's style:footer-first and style:footer in styles.xml order, shown or
  // not, each present when the master has it; without text boxes (import never read
  // them) and recording nothing else (the sections' footers do).
  void stated_footers(const pugi::xml_node& styles_root, const Ordinals* ordinals) {
    quiet_ = true;
    for (auto m : styles_root.child("office:master-styles").children("style:master-page"))
      for (const char* name : {"style:footer-first", "style:footer"}) {
        HeaderFooter& hf = doc_.unused_footers.emplace_back();
        hf.part = "styles.xml";
        const auto n = m.child(name);
        if (!n) continue;
        hf.present = true;
        int tables = 0;
        Flow f;
        f.place = Place::Footer;
        f.out = &hf.paragraphs;
        f.scope = Scope::Styles;
        f.ordinals = ordinals;
        f.part = "styles.xml";
        f.tables = &tables;
        f.stated_blocks = true;
        blocks(n, f);
      }
    quiet_ = false;
  }

  void sections(const Ordinals* ordinals) {
    if (section_masters_.empty()) {
      section_masters_.push_back("");
      section_first_.push_back(1);
    }
    for (size_t i = 0; i < section_masters_.size(); ++i) {
      const int index = static_cast<int>(i);
      Section s;
      s.first_paragraph = section_first_[i];
      pugi::xml_node m = master(section_masters_[i]);
      if (!m) m = master("Standard");
      if (!m) m = first_master_;
      const odt::PageLayout first = styles_.page_layout(m.attribute("style:page-layout-name").value());
      s.width = first.width.value_or(0);
      s.height = first.height.value_or(0);
      s.left = first.left.value_or(0);
      s.right = first.right.value_or(0);
      s.landscape = first.orientation ? *first.orientation == "landscape" : s.width > s.height;

      // The first page's master, and the other pages'.
      pugi::xml_node next;
      if (const std::string n = m.attribute("style:next-style-name").value();
          !n.empty() && n != m.attribute("style:name").value())
        next = master(n);
      pugi::xml_node header_first, header_other, footer_first, footer_other, other = m;
      const auto hf_first = part_of(m, "header-first"), ff_first = part_of(m, "footer-first");
      if (hf_first || ff_first) {
        // A first page of its own; where it has no header (footer) of its own, it
        // shows the other pages' (LibreOffice's "same content on first page").
        s.title_page = true;
        header_other = shown(part_of(m, "header"));
        footer_other = shown(part_of(m, "footer"));
        header_first = hf_first ? shown(hf_first) : header_other;
        footer_first = ff_first ? shown(ff_first) : footer_other;
      } else if (next) {
        s.title_page = true;
        other = next;
        header_first = shown(part_of(m, "header"));
        footer_first = shown(part_of(m, "footer"));
        header_other = shown(part_of(next, "header"));
        footer_other = shown(part_of(next, "footer"));
      } else {
        header_other = shown(part_of(m, "header"));
        footer_other = shown(part_of(m, "footer"));
      }
      // Where the body starts and ends on the first page.
      const bool first_header = s.title_page ? bool(header_first) : bool(header_other);
      const bool first_footer = s.title_page ? bool(footer_first) : bool(footer_other);
      auto extent = [](const odt::PageLayout::Area& a) { return std::max(a.min_height, a.padding) + a.spacing; };
      s.top = first.top.value_or(0) + (first_header && first.header.stated ? extent(first.header) : 0);
      s.bottom = first.bottom.value_or(0) + (first_footer && first.footer.stated ? extent(first.footer) : 0);
      // From the edge to the header and footer, on the pages that show one.
      const odt::PageLayout rest =
          other == m ? first : styles_.page_layout(other.attribute("style:page-layout-name").value());
      s.header = header_other ? rest.top.value_or(0) : header_first ? first.top.value_or(0) : 0;
      s.footer = footer_other ? rest.bottom.value_or(0) : footer_first ? first.bottom.value_or(0) : 0;

      if (s.title_page) {
        header_footer(header_first, s.header_first, Place::Header, index, ordinals);
        header_footer(footer_first, s.footer_first, Place::Footer, index, ordinals);
      }
      header_footer(header_other, s.header_other, Place::Header, index, ordinals);
      header_footer(footer_other, s.footer_other, Place::Footer, index, ordinals);
      doc_.sections.push_back(std::move(s));
    }
  }

  Parts& parts_;
  Styles styles_;
  Document doc_;
  std::vector<std::string> section_masters_;
  std::vector<int> section_first_;
  std::string table_master_;
  std::map<std::string, pugi::xml_node, std::less<>> masters_;
  pugi::xml_node first_master_;
  std::map<std::string, ListCount, std::less<>> lists_by_id_, lists_by_style_;
  std::map<std::string, size_t, std::less<>> changes_;  // changed region id → its Unsupported
  // What import has always read.
  struct StatedLevel {
    std::string format, prefix, suffix, bullet;
    int display = 1;
  };
  std::map<std::string, std::array<StatedLevel, kMaxListLevels>, std::less<>> stated_lists_;
  std::array<int, kMaxListLevels> stated_counters_{};
  std::string stated_label_;  // waiting for the next paragraph with text
  bool manifest_loaded_ = false;
  bool quiet_ = false;  // reading what only import needs: no Unsupported, shapes or text boxes
  std::map<std::string, std::string, std::less<>> media_types_;
};

}  // namespace

std::optional<Document> odt_read(std::string_view bytes, std::string_view file, Errors& errors) {
  auto fail = [&](ErrorCode code, std::string why) {
    errors.push_back({code, std::string(file), 0, 0, std::move(why)});
    return std::nullopt;
  };
  if (const std::string bad = package::unsafe_entry_name(bytes); !bad.empty())
    return fail(ErrorCode::Unreadable,
                "the package has an entry named '" + text::printable(bad) + "', which points outside it: refused");
  Parts parts(bytes);
  // pugixml never loads DTDs or external entities, nor expands entities beyond the
  // predefined five. parse_ws_pcdata keeps text that is only a space.
  pugi::xml_document content, styles;
  std::string why;
  switch (parts.load("content.xml", content, why)) {
    case Parts::Result::Ok:
      break;
    case Parts::Result::OverBudget:
      return fail(ErrorCode::Limit, why);
    default:
      return fail(ErrorCode::Unreadable, why);
  }
  // styles.xml is optional: one that cannot be read loses only what it adds, unless the
  // package as a whole is over its limit.
  const auto got = parts.load("styles.xml", styles, why);
  if (got == Parts::Result::OverBudget) return fail(ErrorCode::Limit, why);
  Reader reader(parts);
  return reader.read(content, got == Parts::Result::Ok ? &styles : nullptr);
}

}  // namespace vanban::office
