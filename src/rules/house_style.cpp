#include "rules/house_style.h"

#include <pugixml.hpp>

#include <map>

#include "data/embedded.h"

namespace vanban::rules {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view origin) : origin_(origin) {}

  // Reads attribute `name` of `el` into `out` and checks it lies in [lo, hi].
  void number(const pugi::xml_node& el, const char* name, double lo, double hi, double& out) {
    pugi::xml_attribute a = el.attribute(name);
    if (!a) fail(std::string("<") + el.name() + "> needs attribute " + name);
    const double v = a.as_double(-1e9);
    if (v < lo || v > hi)
      fail(std::string("<") + el.name() + " " + name + "=\"" + a.value() + "\"> is outside the allowed range " +
           fmt(lo) + "–" + fmt(hi));
    out = v;
  }
  pugi::xml_node child(const pugi::xml_node& parent, const char* name) {
    pugi::xml_node n = parent.child(name);
    if (!n) fail(std::string("missing <") + name + ">");
    return n;
  }
  [[noreturn]] void fail(const std::string& what) { throw TemplateError(std::string(origin_), what); }

 private:
  static std::string fmt(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s;
  }
  std::string_view origin_;
};

}  // namespace

HouseStyle parse_house_style(std::string_view xml, std::string_view origin) {
  Reader r(origin);
  pugi::xml_document doc;
  // parse_default has no DOCTYPE/entity expansion beyond the five predefined ones.
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default)) r.fail("not well-formed XML");
  pugi::xml_node root = doc.child("style");
  if (!root) r.fail("root element must be <style>");
  HouseStyle s;
  s.id = root.attribute("id").as_string();
  s.name = root.attribute("name").as_string();
  if (s.id.empty()) r.fail("<style> needs an id");
  // Ranges below are Decree 30, Phụ lục I (see ../shared/spec/nd30.md §2 and §4).
  auto page = r.child(root, "page");
  r.number(page, "width", 210, 210, s.page_w);
  r.number(page, "height", 297, 297, s.page_h);
  r.number(page, "top", 20, 25, s.top);
  r.number(page, "bottom", 20, 25, s.bottom);
  r.number(page, "left", 30, 35, s.left);
  r.number(page, "right", 15, 20, s.right);
  r.number(page, "header", 5, 15, s.header);
  s.font = r.child(root, "font").attribute("family").as_string("Times New Roman");
  auto header = r.child(root, "header");
  r.number(header, "left-share", 0.3, 0.5, s.header_left_share);
  r.number(header, "gap-after", 0, 36, s.header_gap_after);
  auto size = r.child(root, "size");
  auto& z = s.size;
  r.number(size, "quoc-hieu", 12, 13, z.quoc_hieu);
  r.number(size, "tieu-ngu", 13, 14, z.tieu_ngu);
  r.number(size, "superior", 12, 13, z.superior);
  r.number(size, "issuer", 12, 13, z.issuer);
  r.number(size, "number", 13, 13, z.number);
  r.number(size, "date", 13, 14, z.date);
  r.number(size, "vv", 12, 13, z.vv);
  r.number(size, "title", 13, 14, z.title);
  r.number(size, "subject", 13, 14, z.subject);
  r.number(size, "kinh-gui", 13, 14, z.kinh_gui);
  r.number(size, "body", 13, 14, z.body);
  r.number(size, "authority", 13, 14, z.authority);
  r.number(size, "signer", 13, 14, z.signer);
  r.number(size, "recipients-label", 12, 12, z.recipients_label);
  r.number(size, "recipients", 11, 11, z.recipients);
  r.number(size, "table", 10, 14, z.table);
  r.number(size, "footnote", 10, 12, z.footnote);
  r.number(size, "page-number", 13, 14, z.page_number);
  r.number(size, "appendix", 13, 14, z.appendix);
  auto body = r.child(root, "body");
  r.number(body, "indent", 10, 12.7, s.indent);
  r.number(body, "space-before", 6, 24, s.space_before);
  r.number(body, "line", 100, 150, s.line);
  auto rules = r.child(root, "rules");
  r.number(rules, "issuer", 1.0 / 3, 0.5, s.rule_issuer);
  r.number(rules, "subject", 1.0 / 3, 0.5, s.rule_subject);
  r.number(rules, "weight", 0.25, 1.5, s.rule_weight);
  auto sig = r.child(root, "signature");
  r.number(sig, "space", 15, 45, s.signature_space);
  r.number(sig, "left-share", 0.35, 0.55, s.signature_left_share);
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
