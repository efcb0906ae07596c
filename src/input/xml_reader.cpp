#include "input/xml_reader.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include "core/limits.h"
#include "input/libxml_parse.h"
#include "rules/house_style.h"
#include "rules/kinds.h"
#include "text/dates.h"
#include "text/unicode.h"

namespace vanban::input {
namespace {

using model::Inline;
using model::Node;
using model::Text;

using limits::kMaxColumns;

bool is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}
int line_of(const xmlNode* n) { return static_cast<int>(xmlGetLineNo(n)); }

class Builder {
 public:
  Builder(std::string_view bytes, std::string_view file) : bytes_(bytes), file_(file) {}

  std::optional<model::Document> build(xmlNode* root) {
    model::Document d;
    d.kind = attr(root, "kind");
    d.style = attr(root, "style");
    if (d.style.empty()) d.style = "nd30";
    if (!rules::find_kind(d.kind)) {
      std::string known;
      for (const auto& k : rules::kinds()) known += (known.empty() ? "" : ", ") + k.id;
      fail(ErrorCode::UnknownKind, root, "unknown document kind '" + d.kind + "' (known: " + known + ")");
    }
    if (!rules::builtin_style(d.style)) {
      std::string known;
      for (const auto& s : rules::builtin_style_ids()) known += (known.empty() ? "" : ", ") + s;
      fail(ErrorCode::UnknownStyle, root, "unknown house style '" + d.style + "' (known: " + known + ")");
    }
    for (xmlNode* n = root->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is(n, "issuer")) {
        d.issuer.name = plain(n);
        d.issuer.superior = attr(n, "superior");
        d.issuer.abbr = attr(n, "abbr");
      } else if (is(n, "number")) {
        d.number.value = plain(n);
        d.number.unit = attr(n, "unit");
        d.number.symbol = attr(n, "symbol");
        d.number.line = line_of(n);
      } else if (is(n, "place")) {
        d.place = plain(n);
      } else if (is(n, "date")) {
        std::string why;
        if (auto date = text::parse_issue_date(plain(n), why))
          d.date = *date;
        else
          fail(ErrorCode::BadDate, n, why);
      } else if (is(n, "draft")) {
        d.draft = true;
        d.draft_round = attr(n, "round");
      } else if (is(n, "secrecy")) {
        d.secrecy = plain(n);
      } else if (is(n, "urgency")) {
        d.urgency = plain(n);
      } else if (is(n, "title")) {
        d.title = plain(n);
      } else if (is(n, "subject")) {
        d.subject = plain(n);
      } else if (is(n, "to")) {
        d.to.push_back(plain(n));
      } else if (is(n, "decider")) {
        d.decider = plain(n);
      } else if (is(n, "bases")) {
        for (xmlNode* b = n->children; b; b = b->next)
          if (is(b, "basis")) d.bases.push_back(inline_text(b));
      } else if (is(n, "preamble")) {
        d.preamble = blocks(n, 0);
      } else if (is(n, "invitation")) {
        read_invitation(n, d.invitation);
      } else if (is(n, "body")) {
        d.body = blocks(n, 0);
        d.body_arabic = attr(n, "numbering") == "arabic";
      } else if (is(n, "closing")) {
        d.closing = blocks(n, 0);
      } else if (is(n, "signature")) {
        read_signature(n, d.signature);
      } else if (is(n, "recipients")) {
        read_recipients(n, d.recipients);
      } else if (is(n, "contact")) {
        d.contact.push_back(plain(n));
      } else if (is(n, "aside")) {
        for (xmlNode* l = n->children; l; l = l->next)
          if (is(l, "line")) d.aside.push_back({std::atoi(attr(l, "n").c_str()), plain(l)});
      } else if (is(n, "appendix")) {
        model::Appendix a;
        a.title = attr(n, "title");
        a.of = attr(n, "of");
        a.landscape = attr(n, "orientation") == "landscape";
        a.arabic = attr(n, "numbering") == "arabic";
        for (xmlNode* c = n->children; c; c = c->next)
          if (is(c, "reference")) a.reference = plain(c);
        a.content = blocks(n, 0);
        d.appendices.push_back(std::move(a));
      }
    }
    check_symbol(root, d);
    if (!errors_.empty()) return std::nullopt;
    return d;
  }

  Errors take_errors() { return std::move(errors_); }

 private:
  void fail(ErrorCode code, const xmlNode* n, std::string message) {
    const int line = line_of(n);
    errors_.push_back({code, std::string(file_), line,
                       column_of_element(bytes_, line, reinterpret_cast<const char*>(n->name)), std::move(message)});
  }

  static std::string attr(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string s = text::nfc(text::collapse_space(reinterpret_cast<const char*>(v)));
    xmlFree(v);
    return s;
  }

  static std::string plain(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? text::nfc(text::collapse_space(reinterpret_cast<const char*>(v))) : std::string();
    xmlFree(v);
    return s;
  }

  // Inline content: text, <b>, <i>, <fn>, <br>; child <item>s are skipped (read apart).
  void collect_runs(const xmlNode* parent, bool bold, bool italic, Text& out, int depth) {
    if (depth > limits::kMaxNesting) {
      fail(ErrorCode::Limit, parent, "inline markup nested deeper than " + std::to_string(limits::kMaxNesting));
      return;
    }
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        Inline r;
        r.text = reinterpret_cast<const char*>(c->content);
        r.bold = bold;
        r.italic = italic;
        out.push_back(std::move(r));
      } else if (is(c, "b")) {
        collect_runs(c, true, italic, out, depth + 1);
      } else if (is(c, "i")) {
        collect_runs(c, bold, true, out, depth + 1);
      } else if (is(c, "br")) {
        out.push_back({Inline::Kind::LineBreak, {}, false, false, {}});
      } else if (is(c, "fn")) {
        Inline f;
        f.kind = Inline::Kind::Footnote;
        collect_runs(c, false, false, f.note, depth + 1);
        normalise(f.note);
        out.push_back(std::move(f));
      }
    }
  }

  // Collapses white space across run boundaries ("<b>Thời gian:</b> 8 giờ" keeps
  // its one space), trims both ends and around line breaks, and NFC-normalises.
  static void normalise(Text& runs) {
    bool pending = false, at_start = true;
    Inline* previous = nullptr;  // the text run a pending space belongs to
    for (auto& r : runs) {
      if (r.kind == Inline::Kind::LineBreak) {
        pending = false;
        at_start = true;
        previous = nullptr;
        continue;
      }
      if (r.kind != Inline::Kind::Text) {
        if (pending && !at_start && previous) previous->text.push_back(' ');
        pending = false;
        at_start = false;
        previous = nullptr;
        continue;
      }
      std::string out;
      for (char ch : r.text) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
          pending = true;
          continue;
        }
        // A space between two runs stays with the earlier one: "<b>Thời gian:</b> 8 giờ"
        // keeps its space out of the bold run.
        if (pending && !at_start) {
          if (out.empty() && previous)
            previous->text.push_back(' ');
          else
            out.push_back(' ');
        }
        pending = false;
        at_start = false;
        out.push_back(ch);
      }
      r.text = text::nfc(out);
      if (!r.text.empty()) previous = &r;
    }
    std::erase_if(runs, [](const Inline& r) { return r.kind == Inline::Kind::Text && r.text.empty(); });
  }

  Text inline_text(const xmlNode* n) {
    Text t;
    collect_runs(n, false, false, t, 0);
    normalise(t);
    return t;
  }

  std::vector<Node> blocks(const xmlNode* parent, int depth) {
    std::vector<Node> out;
    if (depth > limits::kMaxNesting) {
      fail(ErrorCode::Limit, parent, "sections and items nested deeper than " + std::to_string(limits::kMaxNesting));
      return out;
    }
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      Node node;
      node.line = line_of(c);
      if (is(c, "p")) {
        node.kind = Node::Kind::Paragraph;
        node.text = inline_text(c);
      } else if (is(c, "item")) {
        node.kind = Node::Kind::Item;
        node.text = inline_text(c);
        node.children = blocks(c, depth + 1);  // only nested <item>s are blocks here
      } else if (is(c, "section") || is(c, "article")) {
        node.kind = is(c, "section") ? Node::Kind::Section : Node::Kind::Article;
        const std::string title = attr(c, "title");
        if (!title.empty()) node.title.push_back({Inline::Kind::Text, title, false, false, {}});
        for (const xmlNode* l = c->children; l; l = l->next)
          if (is(l, "lead")) node.text = inline_text(l);
        node.children = blocks(c, depth + 1);
      } else if (is(c, "table")) {
        node.kind = Node::Kind::Table;
        read_table(c, node.table);
      } else {
        continue;  // lead, reference: read by the parent
      }
      out.push_back(std::move(node));
    }
    return out;
  }

  void read_table(const xmlNode* t, model::Table& table) {
    const std::string widths = attr(t, "widths");  // the views below point into it
    for (const auto w : text::words(widths)) {
      double v = 0;
      std::from_chars(w.data(), w.data() + w.size(), v);
      table.widths.push_back(v > 0 ? v : 1);
    }
    size_t columns = 0;
    for (const xmlNode* r = t->children; r; r = r->next) {
      if (!is(r, "row")) continue;
      model::TableRow row;
      const std::string kind = attr(r, "kind");
      row.kind = kind == "header"  ? model::TableRow::Kind::Header
                 : kind == "group" ? model::TableRow::Kind::Group
                 : kind == "total" ? model::TableRow::Kind::Total
                                   : model::TableRow::Kind::Normal;
      size_t span_total = 0;
      for (const xmlNode* c = r->children; c; c = c->next) {
        if (!is(c, "cell")) continue;
        model::TableCell cell;
        cell.text = inline_text(c);
        cell.align = attr(c, "align");
        // The schema allows any positive integer; a span wider than any table is refused
        // when the row's columns are counted below.
        const std::string span = attr(c, "span");
        cell.span = 1;
        if (!span.empty() && (std::from_chars(span.data(), span.data() + span.size(), cell.span).ec != std::errc() ||
                              cell.span > kMaxColumns))
          cell.span = kMaxColumns + 1;
        span_total += static_cast<size_t>(cell.span);
        row.cells.push_back(std::move(cell));
      }
      if (columns == 0) columns = span_total;
      if (span_total > kMaxColumns) {
        fail(ErrorCode::Limit, r, "a table row may have at most " + std::to_string(kMaxColumns) + " columns");
        return;
      }
      if (span_total != columns)
        fail(
            ErrorCode::Schema, r,
            "row has " + std::to_string(span_total) + " columns, the table's first row has " + std::to_string(columns));
      table.rows.push_back(std::move(row));
    }
    if (!table.widths.empty() && table.widths.size() != columns)
      fail(
          ErrorCode::Schema, t,
          "widths gives " + std::to_string(table.widths.size()) + " columns, the rows have " + std::to_string(columns));
    if (table.widths.empty()) table.widths.assign(columns, 1.0);
  }

  void read_invitation(const xmlNode* n, model::Invitation& inv) {
    inv.present = true;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (is(c, "host"))
        inv.host = inline_text(c);
      else if (is(c, "guest"))
        inv.guest = inline_text(c);
      else if (is(c, "event"))
        inv.event = inline_text(c);
      else if (is(c, "chair"))
        inv.chair = inline_text(c);
      else if (is(c, "time"))
        inv.time = inline_text(c);
      else if (is(c, "venue"))
        inv.venue = inline_text(c);
    }
  }

  void read_signature(const xmlNode* n, model::Signature& s) {
    s.present = true;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (is(c, "authority"))
        s.authorities.push_back({attr(c, "prefix"), plain(c)});
      else if (is(c, "role"))
        s.role = plain(c);
      else if (is(c, "mark"))
        s.mark = plain(c);
      else if (is(c, "signer"))
        s.signer = plain(c);
    }
  }

  void read_recipients(const xmlNode* n, model::Recipients& r) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (is(c, "recipient"))
        r.items.push_back({plain(c), attr(c, "purpose")});
      else if (is(c, "drafter")) {
        r.drafter = attr(c, "initials");
        r.copies = attr(c, "copies");
      } else if (is(c, "archive")) {
        r.has_archive = true;
        r.archive = plain(c);
      }
    }
  }

  void check_symbol(const xmlNode* root, const model::Document& d) {
    if (!d.number.symbol.empty() || !d.issuer.abbr.empty()) return;
    for (const xmlNode* n = root->children; n; n = n->next)
      if (is(n, "issuer"))
        fail(ErrorCode::Symbol, n,
             "the issuer needs abbr=\"…\" (e.g. abbr=\"LĐLĐ\") to form the symbol, or give <number symbol=\"…\">");
  }

  std::string_view bytes_, file_;
  Errors errors_;
};

}  // namespace

ReadResult read_document(std::string_view bytes, std::string_view file) {
  ReadResult result;
  if (bytes.size() > limits::kMaxInputBytes) {
    result.errors.push_back({ErrorCode::Limit, std::string(file), 0, 0,
                             "input is " + std::to_string(bytes.size() >> 20) + " MiB; the limit is " +
                                 std::to_string(limits::kMaxInputBytes >> 20) + " MiB"});
    return result;
  }
  XmlDocPtr doc = parse_xml(bytes, file, result.errors);
  if (!doc) return result;
  if (!validate_vanban(doc.get(), bytes, file, result.errors)) return result;
  Builder b(bytes, file);
  result.document = b.build(xmlDocGetRootElement(doc.get()));
  result.errors = b.take_errors();
  return result;
}

}  // namespace vanban::input
