#include "rules/house_style.h"

#include <pugixml.hpp>

#include <map>
#include <stdexcept>

#include "data/embedded.h"
#include "rules/template_schema.h"

namespace vanban::rules {
namespace {

// Where each value of a house style is read from: <element attribute="…">. The ranges
// are the schema's (schemas/templates-1.xsd), checked before anything is read.
using Unit = HouseStyle::Unit;
struct Field {
  std::string_view element, attribute;
  Unit unit;                                  // of the value as written
  double HouseStyle::*value = nullptr;        // a member of HouseStyle, or
  double HouseStyle::Sizes::*size = nullptr;  // one of its sizes
};

const Field kFields[] = {
    {"page", "width", Unit::Mm, &HouseStyle::page_w},
    {"page", "height", Unit::Mm, &HouseStyle::page_h},
    {"page", "top", Unit::Mm, &HouseStyle::top},
    {"page", "bottom", Unit::Mm, &HouseStyle::bottom},
    {"page", "left", Unit::Mm, &HouseStyle::left},
    {"page", "right", Unit::Mm, &HouseStyle::right},
    {"page", "header", Unit::Mm, &HouseStyle::header},
    {"header", "left-share", Unit::Share, &HouseStyle::header_left_share},
    {"header", "gap-after", Unit::Pt, &HouseStyle::header_gap_after},
    {"size", "quoc-hieu", Unit::Pt, nullptr, &HouseStyle::Sizes::quoc_hieu},
    {"size", "tieu-ngu", Unit::Pt, nullptr, &HouseStyle::Sizes::tieu_ngu},
    {"size", "superior", Unit::Pt, nullptr, &HouseStyle::Sizes::superior},
    {"size", "issuer", Unit::Pt, nullptr, &HouseStyle::Sizes::issuer},
    {"size", "number", Unit::Pt, nullptr, &HouseStyle::Sizes::number},
    {"size", "date", Unit::Pt, nullptr, &HouseStyle::Sizes::date},
    {"size", "vv", Unit::Pt, nullptr, &HouseStyle::Sizes::vv},
    {"size", "title", Unit::Pt, nullptr, &HouseStyle::Sizes::title},
    {"size", "subject", Unit::Pt, nullptr, &HouseStyle::Sizes::subject},
    {"size", "kinh-gui", Unit::Pt, nullptr, &HouseStyle::Sizes::kinh_gui},
    {"size", "body", Unit::Pt, nullptr, &HouseStyle::Sizes::body},
    {"size", "authority", Unit::Pt, nullptr, &HouseStyle::Sizes::authority},
    {"size", "signer", Unit::Pt, nullptr, &HouseStyle::Sizes::signer},
    {"size", "recipients-label", Unit::Pt, nullptr, &HouseStyle::Sizes::recipients_label},
    {"size", "recipients", Unit::Pt, nullptr, &HouseStyle::Sizes::recipients},
    {"size", "table", Unit::Pt, nullptr, &HouseStyle::Sizes::table},
    {"size", "footnote", Unit::Pt, nullptr, &HouseStyle::Sizes::footnote},
    {"size", "page-number", Unit::Pt, nullptr, &HouseStyle::Sizes::page_number},
    {"size", "appendix", Unit::Pt, nullptr, &HouseStyle::Sizes::appendix},
    {"size", "stamp", Unit::Pt, nullptr, &HouseStyle::Sizes::stamp},
    {"size", "contact", Unit::Pt, nullptr, &HouseStyle::Sizes::contact},
    {"body", "indent", Unit::Mm, &HouseStyle::indent},
    {"body", "space-before", Unit::Pt, &HouseStyle::space_before},
    {"body", "line", Unit::Percent, &HouseStyle::line},
    {"rules", "issuer", Unit::Share, &HouseStyle::rule_issuer},
    {"rules", "subject", Unit::Share, &HouseStyle::rule_subject},
    {"rules", "weight", Unit::Pt, &HouseStyle::rule_weight},
    {"signature", "space", Unit::Mm, &HouseStyle::signature_space},
    {"signature", "left-share", Unit::Share, &HouseStyle::signature_left_share},
};

const Field& field(std::string_view path) {
  for (const Field& f : kFields)
    if (path.size() == f.element.size() + 1 + f.attribute.size() && path.starts_with(f.element) &&
        path[f.element.size()] == '/' && path.ends_with(f.attribute))
      return f;
  throw std::out_of_range("no house-style value " + std::string(path));
}

}  // namespace

double HouseStyle::value(std::string_view path) const {
  const Field& f = field(path);
  return f.value ? this->*f.value : size.*f.size;
}

HouseStyle::Unit HouseStyle::unit(std::string_view path) { return field(path).unit; }

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
  s.font = child_element(root, "font").attribute("family").as_string();
  for (const Field& f : kFields) {
    const double v = child_element(root, f.element).attribute(std::string(f.attribute).c_str()).as_double();
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
