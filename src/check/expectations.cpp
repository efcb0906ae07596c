#include "check/expectations.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "rules/layout_template.h"
#include "rules/template_schema.h"

namespace vanban::check {
namespace {

office::Align align_of(const std::string& name) {
  if (name == "center") return office::Align::Center;
  if (name == "right") return office::Align::Right;
  if (name == "justify") return office::Align::Justify;
  return office::Align::Left;
}

Range schema_range(std::string_view element, std::string_view attribute) {
  const auto r = rules::allowed_range({"style", std::string(element)}, attribute);
  if (!r)
    throw std::logic_error("schemas/templates-1.xsd gives no range for " + std::string(element) + "/" +
                           std::string(attribute));
  return {std::stod(r->min), std::stod(r->max)};
}

// Built on first use from the embedded templates; the keys are few and fixed.
const std::map<std::string, RoleLook, std::less<>>& roles() {
  static const auto table = [] {
    std::map<std::string, RoleLook, std::less<>> m;
    for (const rules::Role& r : rules::layout_template().roles) {
      RoleLook look;
      look.id = r.id;
      look.bold = r.bold;
      look.italic = r.italic;
      look.align = align_of(r.align);
      // "size/quoc-hieu": the range the schema allows the house style; a number: itself.
      if (r.size.ref.starts_with("size/"))
        look.size = schema_range("size", std::string_view(r.size.ref).substr(5));
      else
        look.size = {r.size.value, r.size.value};
      m.emplace(r.id, std::move(look));
    }
    return m;
  }();
  return table;
}

}  // namespace

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(v * 100) / 100);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

std::string range_text(const Range& r, std::string_view unit) {
  const std::string u = unit.empty() ? "" : " " + std::string(unit);
  if (r.min == r.max) return number_text(r.min) + u;
  return number_text(r.min) + "–" + number_text(r.max) + u;
}

const RoleLook& role_look(std::string_view id) {
  const auto& m = roles();
  const auto it = m.find(id);
  if (it == m.end()) throw std::logic_error("templates/layout.xml has no role " + std::string(id));
  return it->second;
}

Range style_range(std::string_view element, std::string_view attribute) {
  // The attributes the rules use, read once (thread-safe static initialisation); any
  // other is read from the schema each time.
  static const auto table = [] {
    std::map<std::string, Range, std::less<>> m;
    for (const char* page : {"top", "bottom", "left", "right"})
      m.emplace(std::string("page/") + page, schema_range("page", page));
    for (const char* body : {"indent", "space-before", "line"})
      m.emplace(std::string("body/") + body, schema_range("body", body));
    for (const char* rule : {"issuer", "subject"}) m.emplace(std::string("rules/") + rule, schema_range("rules", rule));
    return m;
  }();
  const std::string key = std::string(element) + "/" + std::string(attribute);
  if (const auto it = table.find(key); it != table.end()) return it->second;
  return schema_range(element, attribute);
}

const char* align_name(office::Align a) {
  switch (a) {
    case office::Align::Left:
      return "left";
    case office::Align::Center:
      return "centred";
    case office::Align::Right:
      return "right";
    case office::Align::Justify:
      return "justified";
  }
  return "left";
}

}  // namespace vanban::check
