#include "annotate/xml_part.h"

#include "text/unicode.h"

namespace vanban::annotate {
namespace {

// pugixml parses without recursion and never loads a DTD or external entity (nor
// expands entities beyond the predefined five). parse_ws_pcdata keeps white space
// between elements, so a saved part keeps its layout and <w:t> </w:t> its space.
constexpr unsigned kParse =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration | pugi::parse_comments | pugi::parse_pi;

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

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

}  // namespace

bool load_part(const std::string& data, std::string_view name, pugi::xml_document& doc, Failure& failure) {
  const auto r = doc.load_buffer(data.data(), data.size(), kParse, pugi::encoding_utf8);
  if (!r) {
    failure = {ErrorCode::Unreadable,
               std::string(name) + ": " + r.description() + " at byte " + std::to_string(r.offset) + " (not XML)"};
    return false;
  }
  if (too_deep(doc)) {
    failure = {ErrorCode::Limit,
               std::string(name) + ": elements nested more than " + std::to_string(kMaxXmlDepth) + " deep (the limit)"};
    return false;
  }
  if (!doc.document_element()) {
    failure = {ErrorCode::Unreadable, std::string(name) + ": no root element"};
    return false;
  }
  return true;
}

std::string save_part(const pugi::xml_document& doc) {
  StringWriter w;
  // format_raw: nothing indented. A declaration that was parsed is written as it was;
  // a part without one stays without (UTF-8 is XML's default).
  const bool declared = doc.first_child().type() == pugi::node_declaration;
  doc.save(w, "", pugi::format_raw | (declared ? 0u : pugi::format_no_declaration), pugi::encoding_utf8);
  return w.out;
}

std::optional<std::string> prefix_of(pugi::xml_node element, std::string_view uri) {
  for (auto a : element.attributes()) {
    const std::string_view name = a.name();
    if (name.starts_with("xmlns:") && name.size() > 6 && uri == a.value()) return std::string(name.substr(6));
  }
  return std::nullopt;
}

std::string qname(const std::string& prefix, std::string_view local) { return prefix + ":" + std::string(local); }

std::vector<pugi::xml_node> paragraphs(const pugi::xml_document& doc, const std::string& name,
                                       const std::string& other_name) {
  std::vector<pugi::xml_node> found;
  each_element(doc, [&](pugi::xml_node n) {
    if (name == n.name() || (!other_name.empty() && other_name == n.name())) found.push_back(n);
  });
  return found;
}

bool anchors_fit(const std::vector<Note>& notes, size_t count, std::string_view part, Failure& failure) {
  for (const auto& n : notes)
    if (n.anchor.ordinal < 0 || static_cast<size_t>(n.anchor.ordinal) >= count) {
      failure = {ErrorCode::Unreadable, "cannot anchor a comment at paragraph " + std::to_string(n.anchor.ordinal) +
                                            " (0-based) of " + std::string(part) + ": it has " + std::to_string(count) +
                                            " paragraphs"};
      return false;
    }
  return true;
}

std::vector<std::string> note_lines(std::string_view text) {
  std::vector<std::string> lines(1);
  for (char c : text::xml_safe(text)) {
    if (c == '\n')
      lines.emplace_back();
    else
      lines.back() += c == '\r' || c == '\t' ? ' ' : c;
  }
  return lines;
}

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : text::xml_safe(s)) out += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
  return out;
}

}  // namespace vanban::annotate
