#include "rules/kinds.h"

#include <pugixml.hpp>

#include "data/embedded.h"
#include "rules/template_error.h"
#include "rules/template_schema.h"

namespace vanban::rules {

const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> list = [] {
    std::vector<KindInfo> v;
    const std::string_view xml = data::embedded("templates/kinds.xml");
    validate_template(xml, "templates/kinds.xml", "kinds");
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
      throw TemplateError("templates/kinds.xml", "not well-formed", ErrorCode::NotWellFormed);
    for (pugi::xml_node k : doc.child("kinds").children("kind")) {
      KindInfo info;
      info.id = k.attribute("id").as_string();
      info.name = k.attribute("name").as_string();
      info.abbr = k.attribute("abbr").as_string();
      info.has_title = std::string_view(k.attribute("title").as_string("yes")) != "no";
      info.kinh_gui = std::string_view(k.attribute("kinh-gui").as_string("no")) == "yes";
      info.formula = k.attribute("formula").as_string();
      v.push_back(std::move(info));
    }
    return v;
  }();
  return list;
}

const KindInfo* find_kind(std::string_view id) {
  for (const auto& k : kinds())
    if (k.id == id) return &k;
  return nullptr;
}

}  // namespace vanban::rules
