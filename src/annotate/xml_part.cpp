#include "annotate/xml_part.h"

#include "office/part_reader.h"
#include "text/unicode.h"

namespace vanban::annotate {
namespace {

// pugixml parses without recursion and never loads a DTD or external entity (nor
// expands entities beyond the predefined five). parse_ws_pcdata keeps white space
// between elements, so a saved part keeps its layout and <w:t> </w:t> its space.
constexpr unsigned kParse =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration | pugi::parse_comments | pugi::parse_pi;

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

}  // namespace

bool load_part(const std::string& data, XmlPart& part, Failure& failure) {
  const auto r = part.doc.load_buffer(data.data(), data.size(), kParse, pugi::encoding_utf8);
  if (!r) {
    failure = {ErrorCode::Unreadable,
               part.name + ": " + r.description() + " at byte " + std::to_string(r.offset) + " (not XML)"};
    return false;
  }
  if (office::too_deep(part.doc)) {
    failure = {ErrorCode::Limit,
               part.name + ": elements nested more than " + std::to_string(office::kMaxXmlDepth) + " deep (the limit)"};
    return false;
  }
  const auto root = part.doc.document_element();
  if (!root) {
    failure = {ErrorCode::Unreadable, part.name + ": no root element"};
    return false;
  }
  // Where the root's name starts in `data`, checked: the prolog is what comes before
  // its "<". Left empty when it cannot be told (save_part then writes its own).
  const ptrdiff_t at = root.offset_debug();
  const std::string_view name = root.name();
  if (at > 0 && static_cast<size_t>(at) + name.size() <= data.size() && data[static_cast<size_t>(at) - 1] == '<' &&
      data.compare(static_cast<size_t>(at), name.size(), name) == 0)
    part.prolog = data.substr(0, static_cast<size_t>(at) - 1);
  return true;
}

bool load_from(std::vector<Part>& parts, XmlPart& part, Failure& failure) {
  const Part* p = find_part(parts, part.name);
  return p && load_part(p->data, part, failure);
}

void store(std::vector<Part>& parts, const XmlPart& part) {
  if (Part* p = find_part(parts, part.name))
    p->data = save_part(part);
  else
    parts.push_back({part.name, save_part(part), false});
}

void new_part(XmlPart& part, const char* root_xml) {
  part.prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  part.doc.load_string(root_xml);
}

std::string save_part(const XmlPart& part) {
  StringWriter w;
  const auto root = part.doc.document_element();
  if (part.prolog.empty()) {
    // format_raw: nothing indented. A declaration that was parsed is written as it was;
    // a part without one stays without (UTF-8 is XML's default).
    const bool declared = part.doc.first_child().type() == pugi::node_declaration;
    part.doc.save(w, "", pugi::format_raw | (declared ? 0u : pugi::format_no_declaration), pugi::encoding_utf8);
    return w.out;
  }
  w.out = part.prolog;
  for (auto n = root; n; n = n.next_sibling()) n.print(w, "", pugi::format_raw, pugi::encoding_utf8);
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
