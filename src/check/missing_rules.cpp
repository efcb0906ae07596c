// Điều 8.2: the components every administrative document has: the Quốc hiệu and Tiêu
// ngữ, the issuing body, the number, the place and date, the tên loại (a công văn has
// none: its trích yếu "V/v …" instead), the signature and the Nơi nhận.
#include "check/rules.h"
#include "rules/kinds.h"

namespace vanban::check {
namespace {

bool any(const Context& c, std::initializer_list<Part> parts) {
  for (Part p : parts)
    if (!c.all(p).empty()) return true;
  return false;
}

}  // namespace

void check_missing(const Context& c) {
  auto missing = [&](Component component, const char* clause, Severity severity = Severity::Error) {
    c.add(Code::MissingComponent, severity, component, c.document(), component_name(component), "", clause);
  };
  if (!any(c, {Part::NationalTitle})) missing(Component::NationalTitle, "§4.1");
  if (!any(c, {Part::Motto})) missing(Component::Motto, "§4.1");
  if (!any(c, {Part::Issuer})) missing(Component::Issuer, "§4.2");
  if (!any(c, {Part::Number})) missing(Component::Number, "§4.3");
  if (!any(c, {Part::Date})) missing(Component::Date, "§4.4");
  // The recogniser reads a document without a tên loại as a công văn: its trích yếu is
  // then the "V/v" line. Whether it is a công văn at all is a guess: a warning.
  const rules::KindInfo* kind = rules::find_kind(c.model.kind);
  const bool titled = kind ? kind->has_title : true;
  if (titled && !any(c, {Part::DocType})) missing(Component::DocType, "§4.5");
  if (!titled && !any(c, {Part::DocType, Part::Vv})) missing(Component::Vv, "§4.5", Severity::Warning);
  if (!any(c, {Part::Authority, Part::SignerRole, Part::Signer})) missing(Component::Signer, "§4.9");
  if (!any(c, {Part::RecipientsLabel})) missing(Component::RecipientsLabel, "§4.10");
}

}  // namespace vanban::check
