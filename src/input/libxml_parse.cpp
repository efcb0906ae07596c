#include "input/libxml_parse.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <mutex>
#include <string>

#include "data/embedded.h"

namespace vanban::input {
namespace {

struct Collector {
  Errors* errors;
  std::string_view file;
  std::string_view bytes;
  bool forbidden = false;
  bool syntax_error_seen = false;
};

std::string clean_message(const char* msg) {
  std::string m = msg ? msg : "unknown error";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  // "{urn:vanban:1}section" reads better as "section".
  for (size_t p; (p = m.find("{urn:vanban:1}")) != std::string::npos;) m.erase(p, 14);
  // libxml2 suggests a parser option the user cannot set.
  if (m.starts_with("Excessive depth in document")) m = "elements nested deeper than 256 levels";
  return m;
}

void on_parse_error(void* ctx, xmlErrorPtr e) {
  auto* c = static_cast<Collector*>(ctx);
  if (c->forbidden || e->level == XML_ERR_WARNING) return;  // the DOCTYPE error already said it
  // After the first syntax error libxml2 reports its own recovery ("Opening and ending
  // tag mismatch" …): noise that hides the one mistake to fix.
  if (c->syntax_error_seen) return;
  c->syntax_error_seen = true;
  c->errors->push_back({ErrorCode::NotWellFormed, std::string(c->file), e->line, e->int2,
                        "not well-formed XML: " + clean_message(e->message)});
}

// SAX hook: called at "<!DOCTYPE …". Entities and DTDs are never processed, so an
// entity-expansion bomb or an external entity (XXE) stops here, before any expansion.
void on_internal_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* pctx = static_cast<xmlParserCtxtPtr>(ctx);
  auto* c = static_cast<Collector*>(pctx->_private);
  c->errors->push_back({ErrorCode::Forbidden, std::string(c->file), xmlSAX2GetLineNumber(pctx),
                        xmlSAX2GetColumnNumber(pctx),
                        "DOCTYPE declarations are not allowed (no DTDs, no entities): remove the <!DOCTYPE …>"});
  c->forbidden = true;
  xmlStopParser(pctx);
}

void on_validity_error(void* ctx, xmlErrorPtr e) {
  auto* c = static_cast<Collector*>(ctx);
  int line = e->line;
  int col = 0;
  if (e->node) {
    auto* n = static_cast<xmlNode*>(e->node);
    line = static_cast<int>(xmlGetLineNo(n));
    if (n->type == XML_ELEMENT_NODE) col = column_of_element(c->bytes, line, reinterpret_cast<const char*>(n->name));
  }
  c->errors->push_back({ErrorCode::Schema, std::string(c->file), line, col, clean_message(e->message)});
}

void ignore_errors(void*, xmlErrorPtr) {}

xmlSchemaPtr vanban_schema() {
  static xmlSchemaPtr schema = [] {
    const std::string_view xsd = data::embedded("schemas/vanban-1.xsd");
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
    xmlSchemaPtr s = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
    return s;
  }();
  return schema;
}

}  // namespace

int column_of_element(std::string_view bytes, int line, std::string_view name) {
  size_t pos = 0;
  for (int l = 1; l < line && pos != std::string_view::npos; ++l) {
    pos = bytes.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos) return 0;
  const size_t end = std::min(bytes.find('\n', pos), bytes.size());
  const std::string_view text = bytes.substr(pos, end - pos);
  const std::string needle = "<" + std::string(name);
  size_t at = text.find(needle);
  while (at != std::string_view::npos) {
    const size_t after = at + needle.size();
    if (after >= text.size() || text[after] == ' ' || text[after] == '>' || text[after] == '/' || text[after] == '\t' ||
        text[after] == '\r')
      break;
    at = text.find(needle, at + 1);
  }
  if (at == std::string_view::npos) return 0;
  int col = 1;  // count characters, not bytes: editors show Vietnamese text by character
  for (size_t i = 0; i < at; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return col;
}

XmlDocPtr parse_xml(std::string_view bytes, std::string_view file, Errors& errors) {
  Collector c{&errors, file, bytes};
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) {
    errors.push_back({ErrorCode::Io, std::string(file), 0, 0, "out of memory creating the XML parser"});
    return nullptr;
  }
  ctxt->_private = &c;
  ctxt->sax->internalSubset = on_internal_subset;
  xmlSetStructuredErrorFunc(&c, on_parse_error);
  xmlDoc* doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOCDATA);
  const bool ok = ctxt->wellFormed && !c.forbidden && doc;
  xmlSetStructuredErrorFunc(nullptr, ignore_errors);
  xmlFreeParserCtxt(ctxt);
  if (!ok) {
    if (errors.empty()) errors.push_back({ErrorCode::NotWellFormed, std::string(file), 0, 0, "not well-formed XML"});
    if (doc) xmlFreeDoc(doc);
    return nullptr;
  }
  return XmlDocPtr(doc);
}

bool validate_vanban(xmlDoc* doc, std::string_view bytes, std::string_view file, Errors& errors) {
  static std::mutex schema_mutex;  // the compiled schema is shared; contexts are not
  xmlSchemaPtr schema;
  {
    std::lock_guard lock(schema_mutex);
    schema = vanban_schema();
  }
  if (!schema) {
    errors.push_back(
        {ErrorCode::Schema, std::string(file), 0, 0, "internal error: the embedded schema does not compile"});
    return false;
  }
  Collector c{&errors, file, bytes};
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
  xmlSchemaSetValidStructuredErrors(vc, on_validity_error, &c);
  const int rc = xmlSchemaValidateDoc(vc, doc);
  xmlSchemaFreeValidCtxt(vc);
  if (rc != 0 && errors.empty())
    errors.push_back({ErrorCode::Schema, std::string(file), 0, 0, "does not match schemas/vanban-1.xsd"});
  return rc == 0;
}

}  // namespace vanban::input
