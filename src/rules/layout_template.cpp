#include "rules/layout_template.h"

#include <pugixml.hpp>

#include <stdexcept>

#include "data/embedded.h"
#include "rules/template_error.h"
#include "rules/template_schema.h"

namespace vanban::rules {
namespace {

// A measure as the schema allows it: a number, or the path of a house-style value.
Measure measure(pugi::xml_attribute a) {
  Measure m;
  const std::string_view v = a.value();
  if (v.find('/') != std::string_view::npos)
    m.ref = std::string(v);
  else
    m.value = a.as_double();
  return m;
}

bool yes(pugi::xml_attribute a) { return std::string_view(a.value()) == "yes"; }

}  // namespace

double Measure::in(const HouseStyle& hs, HouseStyle::Unit unit) const {
  if (ref.empty()) return value;
  const double v = hs.value(ref);
  const HouseStyle::Unit from = HouseStyle::unit(ref);
  if (from == unit) return v;
  if (from == HouseStyle::Unit::Mm && unit == HouseStyle::Unit::Pt) return v * 72.0 / 25.4;
  throw std::logic_error("house-style value " + ref + " is in another unit");
}

LayoutTemplate parse_layout_template(std::string_view xml, std::string_view origin) {
  validate_template(xml, origin, "layout");
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size()))
    throw TemplateError(std::string(origin), "not well-formed XML", ErrorCode::NotWellFormed);
  const pugi::xml_node root = doc.document_element();
  LayoutTemplate t;
  const pugi::xml_node document = child_element(root, "document");
  t.language = document.attribute("language").as_string();
  t.default_size = document.attribute("size").as_double();
  const pugi::xml_node national = child_element(root, "national");
  t.national_title = national.attribute("title").as_string();
  t.motto = national.attribute("motto").as_string();
  const pugi::xml_node fit = child_element(root, "measure");
  t.fit_scale = fit.attribute("fit-scale").as_double();
  t.fit_extra = fit.attribute("fit-extra").as_double();
  const pugi::xml_node cells = child_element(root, "cells");
  t.layout_cell_padding = cells.attribute("layout-padding").as_double();
  t.ruled_cell_padding = cells.attribute("ruled-padding").as_double();
  t.signature_gap = child_element(root, "signature").attribute("gap-before").as_double();
  t.footer_distance = child_element(root, "footer").attribute("distance").as_double();
  const pugi::xml_node stamps = child_element(root, "stamps");
  t.stamp_frame = stamps.attribute("frame").as_double();
  t.stamp_margin = stamps.attribute("margin").as_double();
  for (pugi::xml_node s : stamps.children()) {
    if (s.type() != pugi::node_element) continue;
    const std::string_view kind = local_name(s);
    if (kind == "stamp")
      t.stamps.push_back({s.attribute("id").as_string(), s.attribute("text").as_string(),
                          s.attribute("width").as_double(), s.attribute("color").as_string()});
    else if (kind == "draft") {
      t.draft = s.attribute("text").as_string();
      t.draft_round = s.attribute("round").as_string();
    }
  }
  for (pugi::xml_node r : child_element(root, "roles").children()) {
    if (r.type() != pugi::node_element) continue;
    Role role;
    role.id = r.attribute("id").as_string();
    role.name = r.attribute("name").as_string();
    role.size = measure(r.attribute("size"));
    role.bold = yes(r.attribute("bold"));
    role.italic = yes(r.attribute("italic"));
    role.align = r.attribute("align").as_string();
    role.first_indent = measure(r.attribute("first-indent"));
    role.left = measure(r.attribute("left"));
    role.right = measure(r.attribute("right"));
    role.before = measure(r.attribute("before"));
    role.after = measure(r.attribute("after"));
    role.line = measure(r.attribute("line"));
    role.keep_next = yes(r.attribute("keep-next"));
    role.outline = r.attribute("outline").as_int();
    t.roles.push_back(std::move(role));
  }
  return t;
}

const LayoutTemplate& layout_template() {
  static const LayoutTemplate t = parse_layout_template(data::embedded("templates/layout.xml"), "templates/layout.xml");
  return t;
}

}  // namespace vanban::rules
