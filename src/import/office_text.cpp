#include "import/office_text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <vector>

#include "import/font_decoding.h"
#include "import/odt_styles.h"
#include "import/office_lines.h"
#include "import/office_parts.h"
#include "office/document.h"
#include "office/part_reader.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

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

}  // namespace

OfficeKind office_kind(std::string_view bytes) {
  switch (office::kind_of(bytes)) {
    case office::Kind::Docx:
      return OfficeKind::Docx;
    case office::Kind::Odt:
      return OfficeKind::Odt;
    case office::Kind::None:
      break;
  }
  return OfficeKind::None;
}

std::optional<std::string> office_text(std::string_view bytes, OfficeKind kind, std::string& why,
                                       std::vector<DecodingNote>* decodings) {
  if (kind == OfficeKind::Docx) {
    Errors errors;
    const auto d = office::read_document(bytes, "", errors);
    if (!d) {
      why = errors.empty() ? "not a readable .docx" : errors.front().message;
      return std::nullopt;
    }
    OfficeLines lines = office_lines(*d);
    if (decodings) *decodings = std::move(lines.decodings);
    return std::move(lines.text);
  }
  if (const std::string bad = package::unsafe_entry_name(bytes); !bad.empty()) {
    why = "the package has an entry named '" + text::printable(bad) + "', which points outside it: refused";
    return std::nullopt;
  }
  office::PartReader parts(bytes);
  pugi::xml_document doc;
  if (!parts.load("content.xml", doc, true, why)) return std::nullopt;
  // An optional part that cannot be read loses only what it adds, unless the package
  // as a whole is over its limit.
  auto optional = [&](const char* name, pugi::xml_document& part) { return parts.load_optional(name, part, why); };
  std::string out;
  std::vector<DecodingNote> notes;
  LineNotes lines(decodings ? &notes : nullptr);
  // The notes only of a text that is returned.
  auto done = [&](std::string text) {
    if (decodings) *decodings = std::move(notes);
    return text;
  };
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
