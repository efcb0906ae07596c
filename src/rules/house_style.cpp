#include "rules/house_style.h"

#include <pugixml.hpp>

#include <map>

#include "data/embedded.h"
#include "rules/template_schema.h"

namespace vanban::rules {
namespace {

// Where each value of a house style is read from: <element attribute="…">. The ranges
// are the schema's (schemas/templates-1.xsd), checked before anything is read.
struct Field {
  std::string_view element, attribute;
  double HouseStyle::*value = nullptr;        // a member of HouseStyle, or
  double HouseStyle::Sizes::*size = nullptr;  // one of its sizes
};

const Field kFields[] = {
    {"page", "width", &HouseStyle::page_w},
    {"page", "height", &HouseStyle::page_h},
    {"page", "top", &HouseStyle::top},
    {"page", "bottom", &HouseStyle::bottom},
    {"page", "left", &HouseStyle::left},
    {"page", "right", &HouseStyle::right},
    {"page", "header", &HouseStyle::header},
    {"header", "left-share", &HouseStyle::header_left_share},
    {"header", "gap-after", &HouseStyle::header_gap_after},
    {"size", "quoc-hieu", nullptr, &HouseStyle::Sizes::quoc_hieu},
    {"size", "tieu-ngu", nullptr, &HouseStyle::Sizes::tieu_ngu},
    {"size", "superior", nullptr, &HouseStyle::Sizes::superior},
    {"size", "issuer", nullptr, &HouseStyle::Sizes::issuer},
    {"size", "number", nullptr, &HouseStyle::Sizes::number},
    {"size", "date", nullptr, &HouseStyle::Sizes::date},
    {"size", "vv", nullptr, &HouseStyle::Sizes::vv},
    {"size", "title", nullptr, &HouseStyle::Sizes::title},
    {"size", "subject", nullptr, &HouseStyle::Sizes::subject},
    {"size", "kinh-gui", nullptr, &HouseStyle::Sizes::kinh_gui},
    {"size", "body", nullptr, &HouseStyle::Sizes::body},
    {"size", "authority", nullptr, &HouseStyle::Sizes::authority},
    {"size", "signer", nullptr, &HouseStyle::Sizes::signer},
    {"size", "recipients-label", nullptr, &HouseStyle::Sizes::recipients_label},
    {"size", "recipients", nullptr, &HouseStyle::Sizes::recipients},
    {"size", "table", nullptr, &HouseStyle::Sizes::table},
    {"size", "footnote", nullptr, &HouseStyle::Sizes::footnote},
    {"size", "page-number", nullptr, &HouseStyle::Sizes::page_number},
    {"size", "appendix", nullptr, &HouseStyle::Sizes::appendix},
    {"body", "indent", &HouseStyle::indent},
    {"body", "space-before", &HouseStyle::space_before},
    {"body", "line", &HouseStyle::line},
    {"rules", "issuer", &HouseStyle::rule_issuer},
    {"rules", "subject", &HouseStyle::rule_subject},
    {"rules", "weight", &HouseStyle::rule_weight},
    {"signature", "space", &HouseStyle::signature_space},
    {"signature", "left-share", &HouseStyle::signature_left_share},
};

// The child element with local name `name` (a style may bind the namespace to a prefix).
pugi::xml_node child(pugi::xml_node parent, std::string_view name) {
  for (pugi::xml_node c : parent.children()) {
    std::string_view n = c.name();
    if (const size_t colon = n.find(':'); colon != std::string_view::npos) n.remove_prefix(colon + 1);
    if (c.type() == pugi::node_element && n == name) return c;
  }
  return {};
}

}  // namespace

HouseStyle parse_house_style(std::string_view xml, std::string_view origin) {
  validate_template(xml, origin, "style");
  pugi::xml_document doc;
  // parse_default has no DOCTYPE/entity expansion beyond the five predefined ones.
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default))
    throw TemplateError(std::string(origin), "not well-formed XML", ErrorCode::NotWellFormed);
  const pugi::xml_node root = doc.document_element();
  HouseStyle s;
  s.id = root.attribute("id").as_string();
  s.name = root.attribute("name").as_string();
  s.font = child(root, "font").attribute("family").as_string();
  for (const Field& f : kFields) {
    const double v = child(root, f.element).attribute(std::string(f.attribute).c_str()).as_double();
    if (f.value)
      s.*f.value = v;
    else
      s.size.*f.size = v;
  }
  return s;
}

std::vector<std::string> builtin_style_ids() { return {"nd30", "nd30-13pt", "cong-doan"}; }

const HouseStyle* builtin_style(std::string_view id) {
  static const std::map<std::string, HouseStyle, std::less<>> styles = [] {
    std::map<std::string, HouseStyle, std::less<>> m;
    for (const auto& sid : builtin_style_ids()) {
      const std::string path = "templates/styles/" + sid + ".xml";
      m.emplace(sid, parse_house_style(data::embedded(path), path));
    }
    return m;
  }();
  auto it = styles.find(id);
  return it == styles.end() ? nullptr : &it->second;
}

}  // namespace vanban::rules
