#include "import/office_text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <vector>

#include <unicode/utf8.h>

#include "core/limits.h"
#include "import/docx_numbering.h"
#include "import/docx_styles.h"
#include "import/font_decoding.h"
#include "import/odt_styles.h"
#include "import/source_lines.h"
#include "package/zip_reader.h"
#include "rules/numbering.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;
// Deeper XML than any office suite writes; the readers below walk it recursively.
constexpr int kMaxXmlDepth = 256;

// Whether any element of `doc` sits deeper than kMaxXmlDepth (walked without recursion).
bool too_deep(const pugi::xml_document& doc) {
  int depth = 0;
  pugi::xml_node n = doc.first_child();
  while (n) {
    if (n.first_child()) {
      n = n.first_child();
      if (++depth > kMaxXmlDepth) return true;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n) n = n.next_sibling();
  }
  return false;
}

// The parts of one package, read and parsed within kMaxUnzippedBytes in all, so a
// package of many highly compressed parts (a zip bomb) ends with an error.
class PartReader {
 public:
  explicit PartReader(std::string_view zip) : zip_(zip) {}

  // Loads `name` into `doc`. Missing optional parts are fine (false, no error); a part
  // that is damaged, over the budget, not XML or too deep sets `why`.
  bool load(const char* name, pugi::xml_document& doc, bool required, std::string& why) {
    using S = package::ZipEntry::Status;
    auto e = package::read_zip(zip_, name, left_);
    if (e.status == S::Missing && !required) return false;
    if (!e) {
      why = e.status == S::TooLarge
                ? "the package inflates to more than " + std::to_string(limits::kMaxUnzippedBytes >> 20) +
                      " MiB (the limit; a zip bomb?)"
            : e.status == S::NotZip  ? "not a readable zip package"
            : e.status == S::Missing ? std::string("the package has no ") + name
                                     : std::string("cannot read ") + name + " from the package (damaged)";
      return false;
    }
    left_ -= e.data.size();
    const auto r = doc.load_buffer(e.data.data(), e.data.size(), kParse, pugi::encoding_utf8);
    if (!r) {
      why = std::string(name) + ": " + r.description() + " at byte " + std::to_string(r.offset);
      return false;
    }
    if (too_deep(doc)) {
      why = std::string(name) + ": elements nested more than " + std::to_string(kMaxXmlDepth) + " deep";
      return false;
    }
    return true;
  }

 private:
  std::string_view zip_;
  size_t left_ = limits::kMaxUnzippedBytes;
};

std::string clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string emphasis(const std::string& text, bool bold, bool italic) {
  if (text.find_first_not_of(' ') == std::string::npos) return text;
  // Markers hug the text: "**a** b", not "** a **".
  const size_t b = text.find_first_not_of(' '), e = text.find_last_not_of(' ');
  std::string mark = bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
  return text.substr(0, b) + mark + text.substr(b, e - b + 1) + mark + text.substr(e + 1);
}

// Runs of one paragraph; neighbours with the same emphasis are marked up together
// ("**IV. KINH PHÍ**", not "**IV.****KINH PHÍ**").
struct Piece {
  std::string text;
  bool bold = false, italic = false;
};
std::string join_pieces(const std::vector<Piece>& pieces) {
  std::vector<Piece> merged;
  for (const auto& p : pieces) {
    if (p.text.empty()) continue;
    const bool blank = p.text.find_first_not_of(' ') == std::string::npos;
    if (!merged.empty() && (blank || (merged.back().bold == p.bold && merged.back().italic == p.italic)))
      merged.back().text += p.text;
    else
      merged.push_back(p);
  }
  std::string s;
  for (const auto& p : merged) s += emphasis(p.text, p.bold, p.italic);
  return s;
}

// A paragraph's text, and what its legacy-font runs were decoded as.
struct Para {
  std::string text;
  std::vector<Decoding> decodings;
};

// A table's rows → cells → paragraphs.
using Rows = std::vector<std::vector<std::vector<Para>>>;

// Puts each paragraph's decodings on the line of the output text it lands on (the
// lines are counted as the text grows, so a long document costs one pass).
class LineNotes {
 public:
  explicit LineNotes(std::vector<DecodingNote>* notes) : notes_(notes) {}
  // `decodings` are for the line `out` (empty, or ending in a line break) gets next.
  void next_line(const std::string& out, const std::vector<Decoding>& decodings) {
    if (!notes_ || decodings.empty()) return;
    lines_ += static_cast<int>(std::count(out.begin() + static_cast<std::ptrdiff_t>(counted_), out.end(), '\n'));
    counted_ = out.size();
    for (const auto& d : decodings) notes_->push_back({lines_ + 1, d.how, d.text});
  }

 private:
  std::vector<DecodingNote>* notes_;
  size_t counted_ = 0;
  int lines_ = 0;
};

// A layout table (the header, the signature block) goes out as "|" cells, which the
// line reader flattens back into lines; a data table as tab-separated rows.
void emit_table(const Rows& rows, std::string& out, LineNotes& notes) {
  bool layout = false;
  for (const auto& r : rows)
    for (const auto& c : r) {
      std::string joined;
      for (const auto& p : c) joined += p.text + " ";
      layout = layout || layout_text(joined);
    }
  out += "\n";
  if (layout) {
    out += "|\n";
    for (const auto& r : rows)
      for (const auto& c : r) {
        if (c.empty()) continue;
        for (const auto& p : c) {
          notes.next_line(out, p.decodings);
          out += p.text + "\n";
        }
        out += "|\n";
      }
    out += "\n";
    return;
  }
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); ++i) {
      std::string cell;
      for (const auto& p : r[i]) {
        cell += (cell.empty() ? "" : " ") + p.text;
        notes.next_line(out, p.decodings);
      }
      line += (i ? "\t" : "") + cell;
    }
    out += line + "\n";
  }
  out += "\n";
}

// ---- DOCX ----

bool on(const pugi::xml_node& props, const char* name) {
  const auto n = props.child(name);
  if (!n) return false;
  const char* v = n.attribute("w:val").value();
  return !(std::strcmp(v, "0") == 0 || std::strcmp(v, "false") == 0);
}

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// The character of a w:sym's code, as UTF-8 ("" for a code that is no
// character, or a control character XML cannot carry).
std::string utf8_of(unsigned long code) {
  if (code < 0x20 || (code >= 0xD800 && code < 0xE000) || code > 0x10FFFF) return {};
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(code));
  return std::string(buf, static_cast<size_t>(n));
}

struct DocxReader {
  std::vector<std::string> notes;
  std::vector<std::vector<Decoding>> note_decodings;  // each footnote's
  pugi::xml_document footnotes;
  DocxNumbering numbering;
  DocxStyles styles;
  FontDecoder decoder;  // the paragraph being read

  std::string note_text(const char* id) {
    FontDecoder note_decoder;
    std::string s;
    for (auto fn : footnotes.child("w:footnotes").children("w:footnote"))
      if (std::strcmp(fn.attribute("w:id").value(), id) == 0) {
        for (auto r : fn.select_nodes(".//w:r")) {
          pugi::xml_node p = r.node().parent();
          while (p && !is(p, "w:p")) p = p.parent();
          s += run_text(r.node(), p, note_decoder, true);
        }
        break;
      }
    note_decodings.push_back(note_decoder.take());
    return s;
  }

  // <w:sym w:font="Wingdings" w:char="F0A7"/>: a character in a font of its own. In a
  // legacy font it is a letter (U+F0xx: the font's byte); in a symbol font a glyph (a
  // bullet, a tick) with no letter to give.
  std::string sym(const pugi::xml_node& c, FontDecoder& dec, bool caps) {
    const char* font = c.attribute("w:font").value();
    const auto legacy = legacy_font(font);
    if (!legacy) return {};
    return dec.shown(utf8_of(std::strtoul(c.attribute("w:char").value(), nullptr, 16)), font, legacy, caps);
  }

  // The text a run shows, decoded in the font it is drawn in. In a footnote's text
  // (`in_note`) tabs, breaks and references are left out, as they always were.
  std::string run_text(const pugi::xml_node& run, const pugi::xml_node& p, FontDecoder& dec, bool in_note) {
    const DocxRunLook look = styles.run_look(run.child("w:rPr"), p);
    const bool caps = look.caps.value_or(false);
    // <w:softHyphen/> is an optional hyphen in a Unicode font, but in a legacy one it is
    // the byte 0xAD, which TCVN3 uses for "ư": Word writes that letter so.
    std::string out, with_shy, plain;
    auto flush = [&] {
      if (with_shy.empty()) return;
      const std::string font = look.font_for(with_shy);
      const auto legacy = legacy_font(font);
      out += dec.shown(legacy ? with_shy : plain, font, legacy, caps);
      with_shy.clear();
      plain.clear();
    };
    for (auto c : run.children()) {
      if (is(c, "w:t")) {
        with_shy += c.text().get();
        plain += c.text().get();
      } else if (is(c, "w:softHyphen")) {
        with_shy += "\u00AD";
      } else if (is(c, "w:noBreakHyphen")) {
        with_shy += '-';
        plain += '-';
      } else if (!in_note && (is(c, "w:tab") || is(c, "w:br"))) {
        with_shy += ' ';
        plain += ' ';
      } else if (is(c, "w:sym")) {
        flush();
        out += sym(c, dec, caps);
      } else if (!in_note && is(c, "w:footnoteReference")) {
        flush();
        notes.push_back(note_text(c.attribute("w:id").value()));
        out += "[" + std::to_string(notes.size()) + "]";
      }
    }
    flush();
    return clean(out);
  }

  Para paragraph(const pugi::xml_node& p) {
    std::vector<Piece> pieces;
    for (auto r : p.children()) {
      if (!is(r, "w:r") && !is(r, "w:hyperlink")) continue;
      std::vector<pugi::xml_node> runs;
      if (is(r, "w:r"))
        runs.push_back(r);
      else
        for (auto rr : r.children("w:r")) runs.push_back(rr);
      for (auto run : runs) {
        const auto rpr = run.child("w:rPr");
        pieces.push_back({run_text(run, p, decoder, false), on(rpr, "w:b"), on(rpr, "w:i")});
      }
    }
    std::string s = join_pieces(pieces);
    // Word's automatic numbering: the label it shows, put back in front of the text.
    if (const std::string label = numbering.label(p); !label.empty() && !s.empty()) s = label + " " + s;
    const char* jc = p.child("w:pPr").child("w:jc").attribute("w:val").value();
    if ((std::strcmp(jc, "center") == 0) && !s.empty()) s = "## " + s;
    return {s, decoder.take()};
  }

  void body(const pugi::xml_node& parent, std::string& out, LineNotes& lines) {
    for (auto n : parent.children()) {
      if (is(n, "w:p")) {
        Para p = paragraph(n);
        lines.next_line(out, p.decodings);
        out += p.text + "\n";
      } else if (is(n, "w:tbl")) {
        Rows rows;
        for (auto tr : n.children("w:tr")) {
          rows.emplace_back();
          for (auto tc : tr.children("w:tc")) {
            rows.back().emplace_back();
            for (auto p : tc.children("w:p")) {
              Para t = paragraph(p);
              if (t.text.rfind("## ", 0) == 0) t.text = t.text.substr(3);
              if (!t.text.empty()) rows.back().back().push_back(std::move(t));
            }
          }
        }
        emit_table(rows, out, lines);
      } else if (is(n, "w:sdt")) {
        body(n.child("w:sdtContent"), out, lines);
      }
    }
  }
};

// ---- ODT ----

struct OdtReader {
  std::vector<std::string> notes;
  std::vector<std::vector<Decoding>> note_decodings;  // each note's
  OdtStyles fonts;
  FontDecoder decoder;  // the paragraph being read
  // By name, the first definition of each (content.xml's automatic styles come first);
  // maps, since every paragraph and span asks.
  std::map<std::string, std::pair<bool, bool>, std::less<>> text_styles;  // name → bold, italic
  std::set<std::string, std::less<>> centred;

  std::pair<bool, bool> style_of(std::string_view name) const {
    const auto it = text_styles.find(name);
    return it == text_styles.end() ? std::pair{false, false} : it->second;
  }

  // List styles: per level, the number format with its prefix and suffix, or a bullet.
  struct ListLevel {
    std::string format;  // "1", "I", "i", "a", "A"; "" for a bullet
    std::string prefix, suffix;
    int display = 1;  // text:display-levels: "1.1." shows two
    std::string bullet;
  };
  std::map<std::string, std::array<ListLevel, 10>> list_styles;
  std::array<int, 10> counters{};
  std::string label;  // the label waiting for the next paragraph of a list item

  void styles(const pugi::xml_node& auto_styles) {
    for (auto ls : auto_styles.children("text:list-style")) {
      auto& levels = list_styles[ls.attribute("style:name").value()];
      for (auto lvl : ls.children()) {
        const int i = std::atoi(lvl.attribute("text:level").value());
        if (i < 1 || i > 10) continue;
        ListLevel& l = levels[static_cast<size_t>(i - 1)];
        if (std::strcmp(lvl.name(), "text:list-level-style-number") == 0) {
          l.format = lvl.attribute("style:num-format").value();
          l.prefix = lvl.attribute("style:num-prefix").value();
          l.suffix = lvl.attribute("style:num-suffix").value();
          l.display = std::max(1, lvl.attribute("text:display-levels").as_int(1));
        } else if (std::strcmp(lvl.name(), "text:list-level-style-bullet") == 0) {
          l.bullet = lvl.attribute("text:bullet-char").value();
          if (l.bullet.empty()) l.bullet = "-";
        }
      }
    }
    for (auto st : auto_styles.children("style:style")) {
      const auto tp = st.child("style:text-properties");
      const bool bold = std::strcmp(tp.attribute("fo:font-weight").value(), "bold") == 0;
      const bool italic = std::strcmp(tp.attribute("fo:font-style").value(), "italic") == 0;
      text_styles.emplace(st.attribute("style:name").value(), std::pair{bold, italic});
      if (std::strcmp(st.child("style:paragraph-properties").attribute("fo:text-align").value(), "center") == 0)
        centred.emplace(st.attribute("style:name").value());
    }
  }

  // Paragraph `n`'s text, its runs decoded in the fonts they are drawn in (`dec` notes
  // what was).
  void inline_text(const pugi::xml_node& n, bool bold, bool italic, std::string& out, FontDecoder& dec) {
    std::vector<Piece> pieces;
    collect(n, bold, italic, fonts.paragraph(n.attribute("text:style-name").value()), dec, pieces);
    out += join_pieces(pieces);
  }

  void collect(const pugi::xml_node& n, bool bold, bool italic, const OdtTextLook& look, FontDecoder& dec,
               std::vector<Piece>& out) {
    for (auto c : n.children()) {
      if (c.type() == pugi::node_pcdata) {
        const std::string font = look.font.value_or("");
        out.push_back({dec.shown(clean(c.value()), font, legacy_font(font), look.caps.value_or(false)), bold, italic});
      } else if (std::strcmp(c.name(), "text:span") == 0) {
        const char* style = c.attribute("text:style-name").value();
        const auto [b, i] = style_of(style);
        collect(c, bold || b, italic || i, fonts.span(look, style), dec, out);
      } else if (std::strcmp(c.name(), "text:s") == 0 || std::strcmp(c.name(), "text:tab") == 0 ||
                 std::strcmp(c.name(), "text:line-break") == 0) {
        out.push_back({" ", bold, italic});
      } else if (std::strcmp(c.name(), "text:note") == 0) {
        FontDecoder note_decoder;
        std::string body;
        for (auto p : c.child("text:note-body").children()) {
          std::string t;
          inline_text(p, false, false, t, note_decoder);
          body += (body.empty() ? "" : " ") + t;
        }
        notes.push_back(body);
        note_decodings.push_back(note_decoder.take());
        out.push_back({"[" + std::to_string(notes.size()) + "]", false, false});
      } else if (std::strcmp(c.name(), "text:a") == 0) {
        collect(c, bold, italic, look, dec, out);
      }
    }
  }

  // An ODF list: each item counts at its level (deeper counts restart), and its label
  // is what LibreOffice shows ("I.", "1.", "1.1.", "a)", or "-" for a bullet).
  void list(const pugi::xml_node& l, size_t depth, std::string style, std::string& out, LineNotes& lines) {
    if (depth >= counters.size()) {
      blocks(l, out, lines);
      return;
    }
    if (const char* own = l.attribute("text:style-name").value(); *own) style = own;
    counters[depth] = 0;
    for (auto item : l.children()) {
      if (std::strcmp(item.name(), "text:list-item") != 0 && std::strcmp(item.name(), "text:list-header") != 0)
        continue;
      const bool header = std::strcmp(item.name(), "text:list-header") == 0;
      if (!header) ++counters[depth];
      for (size_t k = depth + 1; k < counters.size(); ++k) counters[k] = 0;
      label = header ? "" : item_label(style, depth);
      for (auto c : item.children()) {
        if (std::strcmp(c.name(), "text:list") == 0)
          list(c, depth + 1, style, out, lines);
        else
          block(c, out, lines);
      }
      label.clear();
    }
  }

  std::string item_label(const std::string& style, size_t depth) const {
    const auto it = list_styles.find(style);
    if (it == list_styles.end()) return "-";
    const ListLevel& l = it->second[depth];
    if (!l.bullet.empty()) return l.bullet == "+" ? "+" : "-";
    if (l.format.empty()) return "";
    std::string number;
    const size_t first = depth + 1 >= static_cast<size_t>(l.display) ? depth + 1 - static_cast<size_t>(l.display) : 0;
    for (size_t k = first; k <= depth; ++k)
      number += (number.empty() ? "" : ".") + list_number(k == depth ? l.format : it->second[k].format, counters[k]);
    return l.prefix + number + l.suffix;
  }

  void blocks(const pugi::xml_node& parent, std::string& out, LineNotes& lines) {
    for (auto n : parent.children()) block(n, out, lines);
  }

  void block(const pugi::xml_node& n, std::string& out, LineNotes& lines) {
    {
      const char* name = n.name();
      if (std::strcmp(name, "text:p") == 0 || std::strcmp(name, "text:h") == 0) {
        const auto [b, i] = style_of(n.attribute("text:style-name").value());
        std::string s;
        inline_text(n, b, i, s, decoder);
        // The list item's label goes in front of its first paragraph.
        if (!label.empty() && !s.empty()) s = label + " " + s;
        if (!s.empty()) label.clear();
        const bool centre = centred.contains(std::string_view(n.attribute("text:style-name").value()));
        lines.next_line(out, decoder.take());
        out += (centre && !s.empty() ? "## " : "") + s + "\n";
      } else if (std::strcmp(name, "text:list") == 0) {
        list(n, 0, n.attribute("text:style-name").value(), out, lines);
      } else if (std::strcmp(name, "text:list-item") == 0 || std::strcmp(name, "text:section") == 0) {
        blocks(n, out, lines);
      } else if (std::strcmp(name, "table:table") == 0) {
        Rows rows;
        for (auto row : n.select_nodes(".//table:table-row")) {
          rows.emplace_back();
          for (auto cell : row.node().children("table:table-cell")) {
            rows.back().emplace_back();
            for (auto p : cell.children()) {
              Para t;
              inline_text(p, false, false, t.text, decoder);
              t.decodings = decoder.take();
              if (!t.text.empty()) rows.back().back().push_back(std::move(t));
            }
          }
        }
        emit_table(rows, out, lines);
      }
    }
  }
};

std::string with_notes(std::string out, const std::vector<std::string>& notes,
                       const std::vector<std::vector<Decoding>>& decodings, LineNotes& lines) {
  if (notes.empty()) return out;
  out += "\n";
  for (size_t i = 0; i < notes.size(); ++i) {
    if (i < decodings.size()) lines.next_line(out, decodings[i]);
    out += "[" + std::to_string(i + 1) + "] " + notes[i] + "\n";
  }
  return out;
}

}  // namespace

OfficeKind office_kind(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return OfficeKind::None;
  if (package::zip_has_entry(bytes, "word/document.xml")) return OfficeKind::Docx;
  if (auto m = package::read_zip_entry(bytes, "mimetype", 256);
      m && m->rfind("application/vnd.oasis.opendocument.text", 0) == 0)
    return OfficeKind::Odt;
  return OfficeKind::None;
}

std::optional<std::string> office_text(std::string_view bytes, OfficeKind kind, std::string& why,
                                       std::vector<DecodingNote>* decodings) {
  if (const std::string bad = package::unsafe_entry_name(bytes); !bad.empty()) {
    why = "the package has an entry named '" + text::printable(bad) + "', which points outside it: refused";
    return std::nullopt;
  }
  PartReader parts(bytes);
  pugi::xml_document doc;
  // pugixml never loads DTDs or external entities, nor expands entities beyond the
  // predefined five. parse_ws_pcdata keeps a run that is only a space (<w:t> </w:t>):
  // without it "I." and "MỤC ĐÍCH" would run together.
  if (!parts.load(kind == OfficeKind::Docx ? "word/document.xml" : "content.xml", doc, true, why)) return std::nullopt;
  // An optional part that cannot be read loses only what it adds, unless the package
  // as a whole is over its limit.
  auto optional = [&](const char* name, pugi::xml_document& part) {
    std::string part_why;
    const bool ok = parts.load(name, part, false, part_why);
    if (part_why.starts_with("the package inflates")) why = part_why;
    return ok;
  };
  std::string out;
  std::vector<DecodingNote> notes;
  LineNotes lines(decodings ? &notes : nullptr);
  // The notes only of a text that is returned.
  auto done = [&](std::string text) {
    if (decodings) *decodings = std::move(notes);
    return text;
  };
  if (kind == OfficeKind::Docx) {
    DocxReader reader;
    if (pugi::xml_document nx; optional("word/numbering.xml", nx)) reader.numbering = DocxNumbering(nx);
    optional("word/footnotes.xml", reader.footnotes);
    // Run fonts come from the styles, whose theme fonts come from the theme (Word
    // always names it so).
    pugi::xml_document styles, theme;
    if (optional("word/styles.xml", styles)) {
      optional("word/theme/theme1.xml", theme);
      reader.styles = DocxStyles(styles, theme);
    }
    reader.body(doc.child("w:document").child("w:body"), out, lines);
    // Footers hold the address block (Decree 30 cell 13); they come last, after the
    // signature, where the recogniser looks for it.
    for (int k = 1; k <= 6; ++k) {
      const std::string name = "word/footer" + std::to_string(k) + ".xml";
      if (pugi::xml_document footer; optional(name.c_str(), footer)) {
        out += "\n";
        reader.body(footer.child("w:ftr"), out, lines);
      }
    }
    if (!why.empty()) return std::nullopt;
    return done(with_notes(std::move(out), reader.notes, reader.note_decodings, lines));
  }
  OdtReader reader;
  reader.styles(doc.child("office:document-content").child("office:automatic-styles"));
  reader.fonts.add(doc.child("office:document-content"));
  pugi::xml_document sd;
  const bool has_styles = optional("styles.xml", sd);
  if (has_styles) {
    reader.styles(sd.child("office:document-styles").child("office:styles"));
    reader.fonts.add(sd.child("office:document-styles"));
  }
  reader.blocks(doc.child("office:document-content").child("office:body").child("office:text"), out, lines);
  if (has_styles)
    for (auto page : sd.child("office:document-styles").child("office:master-styles").children("style:master-page"))
      for (const char* footer : {"style:footer-first", "style:footer"}) {
        out += "\n";
        reader.blocks(page.child(footer), out, lines);
      }
  if (!why.empty()) return std::nullopt;
  return done(with_notes(std::move(out), reader.notes, reader.note_decodings, lines));
}

}  // namespace vanban::import
