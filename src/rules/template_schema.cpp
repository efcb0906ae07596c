#include "rules/template_schema.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <pugixml.hpp>

#include <algorithm>
#include <memory>
#include <new>
#include <string>

#include "core/limits.h"
#include "data/embedded.h"
#include "rules/template_error.h"

namespace vanban::rules {
namespace {

constexpr std::string_view kSchemaPath = "schemas/templates-1.xsd";

std::string_view local_name(std::string_view qname) {
  const size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

// ---- The schema read as a document: where messages find the range of a value.

pugi::xml_node xsd_root() {
  static pugi::xml_document doc;
  static const bool loaded = [] {
    const std::string_view xsd = data::embedded(kSchemaPath);
    return static_cast<bool>(doc.load_buffer(xsd.data(), xsd.size()));
  }();
  return loaded ? doc.document_element() : pugi::xml_node();
}

// A top-level declaration: kind "element", "complexType" or "simpleType".
pugi::xml_node global(std::string_view kind, std::string_view name) {
  for (pugi::xml_node n : xsd_root().children())
    if (local_name(n.name()) == kind && name == n.attribute("name").value()) return n;
  return {};
}

pugi::xml_node complex_type_of(pugi::xml_node element) {
  if (pugi::xml_attribute ref = element.attribute("ref")) element = global("element", local_name(ref.value()));
  for (pugi::xml_node c : element.children())
    if (local_name(c.name()) == "complexType") return c;
  if (pugi::xml_attribute type = element.attribute("type")) return global("complexType", local_name(type.value()));
  return {};
}

// The declaration of child element `name` among the particles (sequence, all, choice) under `node`.
pugi::xml_node child_declaration(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children()) {
    const std::string_view kind = local_name(c.name());
    if (kind == "element") {
      const std::string_view n =
          c.attribute("name") ? c.attribute("name").value() : local_name(c.attribute("ref").value());
      if (n == name) return c;
    } else if (kind == "sequence" || kind == "all" || kind == "choice") {
      if (pugi::xml_node found = child_declaration(c, name)) return found;
    }
  }
  return {};
}

// The declaration of attribute `name` in a complex type (or its simple or complex content).
pugi::xml_node attribute_declaration(pugi::xml_node type, std::string_view name) {
  for (pugi::xml_node c : type.children()) {
    const std::string_view kind = local_name(c.name());
    if (kind == "attribute" && name == c.attribute("name").value()) return c;
    if (kind == "simpleContent" || kind == "complexContent" || kind == "extension" || kind == "restriction")
      if (pugi::xml_node found = attribute_declaration(c, name)) return found;
  }
  return {};
}

std::optional<AllowedRange> range_of(pugi::xml_node simple_type) {
  for (pugi::xml_node r : simple_type.children()) {
    if (local_name(r.name()) != "restriction") continue;
    AllowedRange range;
    if (pugi::xml_node base = global("simpleType", local_name(r.attribute("base").value())))
      if (auto inherited = range_of(base)) range = *inherited;
    for (pugi::xml_node f : r.children()) {
      if (local_name(f.name()) == "minInclusive") range.min = f.attribute("value").value();
      if (local_name(f.name()) == "maxInclusive") range.max = f.attribute("value").value();
    }
    if (range.min.empty() || range.max.empty()) return std::nullopt;
    return range;
  }
  return std::nullopt;
}

// ---- Parsing and validation with libxml2.

struct Problem {
  bool found = false;
  ErrorCode code = ErrorCode::Schema;
  int line = 0, column = 0;
  std::string message;
  xmlNodePtr node = nullptr;  // validation: the element or attribute at fault
  int xml_code = 0;
};

std::string clean_message(const char* msg) {
  std::string m = msg ? msg : "unknown error";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  std::replace(m.begin(), m.end(), '\n', ' ');
  const std::string ns = "{" + std::string(kTemplatesNamespace) + "}";
  for (size_t p; (p = m.find(ns)) != std::string::npos;) m.erase(p, ns.size());
  return m;
}

void on_parse_error(void* ctx, xmlErrorPtr e) {
  auto* p = static_cast<Problem*>(ctx);
  // The first syntax error only: what libxml2 reports while recovering is noise.
  if (p->found || e->level == XML_ERR_WARNING) return;
  *p = {true, ErrorCode::NotWellFormed, e->line, e->int2, "not well-formed XML: " + clean_message(e->message)};
}

// SAX hook at "<!DOCTYPE": no DTD or entity is ever read, so none can expand.
void on_internal_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* pctx = static_cast<xmlParserCtxtPtr>(ctx);
  auto* p = static_cast<Problem*>(pctx->_private);
  if (!p->found)
    *p = {true, ErrorCode::Forbidden, xmlSAX2GetLineNumber(pctx), xmlSAX2GetColumnNumber(pctx),
          "DOCTYPE declarations are not allowed (no DTDs, no entities): remove the <!DOCTYPE …>"};
  p->found = true;
  xmlStopParser(pctx);
}

void on_validity_error(void* ctx, xmlErrorPtr e) {
  auto* p = static_cast<Problem*>(ctx);
  if (p->found) return;
  p->found = true;
  p->line = e->line;
  p->node = static_cast<xmlNodePtr>(e->node);
  p->xml_code = e->code;
  p->message = clean_message(e->message);
}

void ignore_errors(void*, xmlErrorPtr) {}

xmlSchemaPtr compiled_schema() {
  static const xmlSchemaPtr schema = [] {
    const std::string_view xsd = data::embedded(kSchemaPath);
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
    xmlSchemaPtr s = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
    return s;
  }();
  return schema;
}

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

DocPtr parse(std::string_view xml, Problem& p) {
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) throw std::bad_alloc();
  ctxt->_private = &p;
  ctxt->sax->internalSubset = on_internal_subset;
  xmlSetStructuredErrorFunc(&p, on_parse_error);
  xmlDoc* doc = xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
  const bool ok = ctxt->wellFormed && !p.found && doc;
  xmlSetStructuredErrorFunc(nullptr, ignore_errors);
  xmlFreeParserCtxt(ctxt);
  if (!ok) {
    if (doc) xmlFreeDoc(doc);
    if (!p.found) p = {true, ErrorCode::NotWellFormed, 0, 0, "not well-formed XML"};
    return nullptr;
  }
  return DocPtr(doc);
}

// ---- Where a node stands in the bytes: libxml2 keeps lines only, so the element is
// found again in a pugixml parse, which keeps each name's offset.

struct Position {
  int line = 0, column = 0;
};

Position position_of(std::string_view bytes, size_t offset) {
  Position pos{1, 1};
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n') {
      ++pos.line;
      line_start = i + 1;
    }
  // Columns count characters, not bytes: editors show Vietnamese text by character
  // (and no byte-order mark).
  if (line_start == 0 && bytes.starts_with("\xEF\xBB\xBF")) line_start = 3;
  for (size_t i = line_start; i < offset && i < bytes.size(); ++i)
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++pos.column;
  return pos;
}

// Offset of the element's name (just past its "<") in `bytes`, npos if not found.
size_t element_offset(std::string_view bytes, xmlNodePtr element) {
  std::vector<size_t> path;  // index of each element among its parent's elements, root first
  for (xmlNodePtr n = element; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
    size_t i = 0;
    for (xmlNodePtr s = n->prev; s; s = s->prev)
      if (s->type == XML_ELEMENT_NODE) ++i;
    path.push_back(i);
  }
  std::reverse(path.begin(), path.end());
  pugi::xml_document doc;
  if (path.empty() || !doc.load_buffer(bytes.data(), bytes.size())) return std::string_view::npos;
  pugi::xml_node n = doc.document_element();
  for (size_t k = 1; k < path.size() && n; ++k) {
    size_t i = 0;
    pugi::xml_node found;
    for (pugi::xml_node c : n.children())
      if (c.type() == pugi::node_element && i++ == path[k]) {
        found = c;
        break;
      }
    n = found;
  }
  const ptrdiff_t at = n ? n.offset_debug() : -1;
  if (at <= 0 || static_cast<size_t>(at) >= bytes.size()) return std::string_view::npos;
  return static_cast<size_t>(at);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Offset of attribute `name` in the start tag whose element name is at `at`; npos if absent.
size_t attribute_offset(std::string_view b, size_t at, std::string_view name) {
  size_t i = at;
  while (i < b.size() && !is_space(b[i]) && b[i] != '>' && b[i] != '/') ++i;
  while (i < b.size()) {
    while (i < b.size() && is_space(b[i])) ++i;
    if (i >= b.size() || b[i] == '>' || b[i] == '/') return std::string_view::npos;
    const size_t start = i;
    while (i < b.size() && b[i] != '=' && !is_space(b[i]) && b[i] != '>') ++i;
    const std::string_view found = b.substr(start, i - start);
    while (i < b.size() && b[i] != '"' && b[i] != '\'') ++i;
    if (i >= b.size()) return std::string_view::npos;
    const size_t close = b.find(b[i], i + 1);
    if (close == std::string_view::npos) return std::string_view::npos;
    if (found == name) return start;
    i = close + 1;
  }
  return std::string_view::npos;
}

std::string name_of(xmlNodePtr n) { return reinterpret_cast<const char*>(n->name); }

// Local names from the root down to `element`: the path allowed_range takes.
std::vector<std::string> path_of(xmlNodePtr element) {
  std::vector<std::string> path;
  for (xmlNodePtr n = element; n && n->type == XML_ELEMENT_NODE; n = n->parent) path.push_back(name_of(n));
  std::reverse(path.begin(), path.end());
  return path;
}

bool is_number(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  bool digit = false, point = false;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c == '.' && !point)
      point = true;
    else
      return false;
  }
  return digit;
}

std::string range_text(const AllowedRange& r) { return r.min == r.max ? r.min : r.min + "–" + r.max; }

// libxml2's message without its "Element 'x', attribute 'y': " lead, which the caller replaces.
std::string without_lead(const std::string& m) {
  if (!m.starts_with("Element '")) return m;
  const size_t end = m.find("': ");
  return end == std::string::npos ? m : m.substr(end + 3);
}

// The attribute a validity message is about: "Element 'page', attribute 'left': …".
std::string attribute_in_lead(const std::string& m) {
  if (!m.starts_with("Element '")) return {};
  const size_t lead_end = m.find("': ");
  const size_t at = m.find("', attribute '");
  if (at == std::string::npos || lead_end == std::string::npos || at > lead_end) return {};
  return m.substr(at + 14, lead_end - at - 14);
}

[[noreturn]] void fail_validation(std::string_view xml, std::string_view origin, const Problem& p) {
  std::string message = p.message;
  Position pos{p.line, 0};
  xmlNodePtr element = p.node;
  std::string attribute;
  if (element && element->type == XML_ATTRIBUTE_NODE) {
    attribute = name_of(element);
    element = element->parent;
  } else if (element) {
    attribute = attribute_in_lead(p.message);
  }
  if (element && element->type == XML_ELEMENT_NODE) {
    const std::string tag = "<" + name_of(element);
    if (!attribute.empty()) {
      xmlChar* raw = xmlGetNoNsProp(element, reinterpret_cast<const xmlChar*>(attribute.c_str()));
      const std::string value = raw ? reinterpret_cast<const char*>(raw) : "";
      xmlFree(raw);
      const std::string written = tag + " " + attribute + "=\"" + value + "\">";
      const auto range = allowed_range(path_of(element), attribute);
      if (!range)
        message = written + ": " + without_lead(p.message);
      else if (!is_number(value))
        message = written + " is not a number; " +
                  (range->min == range->max ? "it must be " : "the allowed range is ") + range_text(*range);
      else if (range->min == range->max)
        message = written + " must be " + range->min;
      else
        message = written + " is outside the allowed range " + range_text(*range);
    } else if (p.xml_code == XML_SCHEMAV_CVC_COMPLEX_TYPE_4) {  // "The attribute 'x' is required but missing."
      const size_t q = p.message.find("attribute '");
      const size_t e = q == std::string::npos ? q : p.message.find('\'', q + 11);
      const std::string missing = e == std::string::npos ? "" : p.message.substr(q + 11, e - q - 11);
      message = tag + "> needs attribute " + missing;
      if (const auto range = allowed_range(path_of(element), missing))
        message += range->min == range->max ? " (it must be " + range->min + ")"
                                            : " (allowed range " + range_text(*range) + ")";
    } else {
      message = tag + ">: " + without_lead(p.message);
    }
    pos.line = static_cast<int>(xmlGetLineNo(element));
    if (const size_t at = element_offset(xml, element); at != std::string_view::npos) {
      const size_t attr_at = attribute.empty() ? std::string_view::npos : attribute_offset(xml, at, attribute);
      pos = position_of(xml, attr_at != std::string_view::npos ? attr_at : at - 1);
    }
  }
  throw TemplateError(std::string(origin), message, ErrorCode::Schema, pos.line, pos.column);
}

}  // namespace

std::string_view local_name(const pugi::xml_node& element) { return local_name(std::string_view(element.name())); }

pugi::xml_node child_element(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node c : parent.children())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

std::optional<AllowedRange> allowed_range(const std::vector<std::string>& path, std::string_view attribute) {
  if (path.empty()) return std::nullopt;
  pugi::xml_node element = global("element", path[0]);
  for (size_t i = 1; i < path.size() && element; ++i) element = child_declaration(complex_type_of(element), path[i]);
  if (!element) return std::nullopt;
  const pugi::xml_node a = attribute_declaration(complex_type_of(element), attribute);
  if (!a) return std::nullopt;
  for (pugi::xml_node c : a.children())
    if (local_name(c.name()) == "simpleType") return range_of(c);
  if (pugi::xml_node type = global("simpleType", local_name(a.attribute("type").value()))) return range_of(type);
  return std::nullopt;
}

void validate_template(std::string_view xml, std::string_view origin, std::string_view root) {
  if (xml.size() > limits::kMaxInputBytes)
    throw TemplateError(
        std::string(origin),
        "the template is larger than the " + std::to_string(limits::kMaxInputBytes >> 20) + " MiB limit",
        ErrorCode::Limit);
  Problem p;
  const DocPtr doc = parse(xml, p);
  if (!doc) throw TemplateError(std::string(origin), p.message, p.code, p.line, p.column);

  xmlNodePtr top = xmlDocGetRootElement(doc.get());
  const std::string ns = top && top->ns && top->ns->href ? reinterpret_cast<const char*>(top->ns->href) : "";
  if (!top || name_of(top) != root || ns != kTemplatesNamespace) {
    std::string found = top ? "<" + name_of(top) + ">" : "nothing";
    if (top) found += ns.empty() ? " without a namespace" : " in namespace " + ns;
    Position pos;
    if (top) {
      pos.line = static_cast<int>(xmlGetLineNo(top));
      if (const size_t at = element_offset(xml, top); at != std::string_view::npos) pos = position_of(xml, at - 1);
    }
    throw TemplateError(std::string(origin),
                        "the root element must be <" + std::string(root) + " xmlns=\"" +
                            std::string(kTemplatesNamespace) + "\">, not " + found,
                        ErrorCode::Schema, pos.line, pos.column);
  }

  const xmlSchemaPtr schema = compiled_schema();
  if (!schema)
    throw TemplateError(std::string(kSchemaPath), "internal error: the embedded schema does not compile",
                        ErrorCode::Internal);
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
  if (!vc) throw std::bad_alloc();
  xmlSchemaSetValidStructuredErrors(vc, on_validity_error, &p);
  const int rc = xmlSchemaValidateDoc(vc, doc.get());
  xmlSchemaFreeValidCtxt(vc);
  if (rc == 0) return;
  if (!p.found) p = {true, ErrorCode::Schema, 0, 0, "does not match " + std::string(kSchemaPath)};
  fail_validation(xml, origin, p);
}

}  // namespace vanban::rules
