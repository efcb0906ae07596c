#include "input/libxml_parse.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <mutex>
#include <string>

#include "core/limits.h"
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
  for (char& ch : m)
    if (ch == '\n') ch = ' ';  // one message, one line
  // libxml2's wording for the two commonest byte-level mistakes.
  if (m.starts_with("Input is not proper UTF-8")) {
    const size_t bytes = m.find("Bytes: ");
    m = "the text is not valid UTF-8" + (bytes == std::string::npos ? "" : " (bytes " + m.substr(bytes + 7) + ")") +
        "; save the file as UTF-8";
  }
  if (m.starts_with("PCDATA invalid Char value ") || m.starts_with("invalid character in attribute value")) {
    const std::string code = m.starts_with("PCDATA") ? m.substr(26) : "";
    m = "a control character" + (code.empty() ? "" : " (code " + code + ")") + ", which XML does not allow";
  }
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
  // The library's own bound, for callers that do not go through the CLI's file check
  // (libxml2 also takes the length as an int).
  if (bytes.size() > limits::kMaxInputBytes) {
    errors.push_back({ErrorCode::Limit, std::string(file), 0, 0,
                      "the XML is larger than the " + std::to_string(limits::kMaxInputBytes >> 20) + " MiB limit"});
    return nullptr;
  }
  // libxml2 takes a NUL byte for the end of the input and reports a confusing
  // "premature end of data"; say what it is and where.
  // (UTF-16 XML, which declares itself by a BOM or its first character, is full of
  // NUL bytes and is left to libxml2.)
  const bool utf16 = bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0' || bytes.starts_with("\xFF\xFE") ||
                                           bytes.starts_with("\xFE\xFF"));
  if (const size_t nul = utf16 ? std::string_view::npos : bytes.find('\0'); nul != std::string_view::npos) {
    const std::string_view before = bytes.substr(0, nul);
    const size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    int col = 1;
    for (size_t i = line_start; i < nul; ++i)
      if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++col;
    errors.push_back({ErrorCode::NotWellFormed, std::string(file),
                      static_cast<int>(std::count(before.begin(), before.end(), '\n') + 1), col,
                      "not well-formed XML: a NUL byte, which XML does not allow (is this a UTF-16 file? save it "
                      "as UTF-8)"});
    return nullptr;
  }
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
        {ErrorCode::Internal, std::string(file), 0, 0, "internal error: the embedded schema does not compile"});
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
