// The names of codes, severities and components, and where a finding is.
#include "check/finding.h"

#include "text/unicode.h"

namespace vanban::check {

const char* code_name(Code c) {
  switch (c) {
    case Code::PageSize:
      return "page-size";
    case Code::PageOrientation:
      return "page-orientation";
    case Code::PageMargin:
      return "page-margin";
    case Code::FontFamily:
      return "font-family";
    case Code::FontLegacy:
      return "font-legacy";
    case Code::FontColor:
      return "font-color";
    case Code::FontSize:
      return "font-size";
    case Code::Bold:
      return "bold";
    case Code::Italic:
      return "italic";
    case Code::Capitals:
      return "capitals";
    case Code::Alignment:
      return "alignment";
    case Code::NationalTitleText:
      return "national-title-text";
    case Code::MottoText:
      return "motto-text";
    case Code::MottoRule:
      return "motto-rule";
    case Code::IssuerRule:
      return "issuer-rule";
    case Code::SubjectRule:
      return "subject-rule";
    case Code::NumberFormat:
      return "number-format";
    case Code::NumberZero:
      return "number-zero";
    case Code::SymbolFormat:
      return "symbol-format";
    case Code::DateFormat:
      return "date-format";
    case Code::DateZero:
      return "date-zero";
    case Code::AddresseePunctuation:
      return "addressee-punctuation";
    case Code::BasisPunctuation:
      return "basis-punctuation";
    case Code::FirstIndent:
      return "first-indent";
    case Code::ParagraphSpacing:
      return "paragraph-spacing";
    case Code::LineSpacing:
      return "line-spacing";
    case Code::NumberingOrder:
      return "numbering-order";
    case Code::AuthorityPrefix:
      return "authority-prefix";
    case Code::SignerName:
      return "signer-name";
    case Code::RecipientsLabel:
      return "recipients-label";
    case Code::RecipientsPunctuation:
      return "recipients-punctuation";
    case Code::RecipientsArchive:
      return "recipients-archive";
    case Code::PageNumberFirst:
      return "page-number-first";
    case Code::PageNumberMissing:
      return "page-number-missing";
    case Code::PageNumberPosition:
      return "page-number-position";
    case Code::NotNfc:
      return "not-nfc";
    case Code::EmptyParagraph:
      return "empty-paragraph";
    case Code::SpacingCharacters:
      return "spacing-characters";
    case Code::MissingComponent:
      return "missing-component";
  }
  return "?";
}

std::vector<Code> all_codes() {
  std::vector<Code> v;
  for (int c = static_cast<int>(Code::PageSize); c <= static_cast<int>(Code::MissingComponent); ++c)
    v.push_back(static_cast<Code>(c));
  return v;
}

const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

const char* component_name(Component c) {
  switch (c) {
    case Component::Document:
      return "document";
    case Component::Page:
      return "page";
    case Component::Superior:
      return "superior";
    case Component::Issuer:
      return "issuer";
    case Component::NationalTitle:
      return "national-title";
    case Component::Motto:
      return "motto";
    case Component::Number:
      return "number";
    case Component::Vv:
      return "vv";
    case Component::Date:
      return "date";
    case Component::Stamp:
      return "stamp";
    case Component::DocType:
      return "doc-type";
    case Component::Subject:
      return "subject";
    case Component::Addressee:
      return "addressee";
    case Component::Basis:
      return "basis";
    case Component::Body:
      return "body";
    case Component::Heading:
      return "heading";
    case Component::Authority:
      return "authority";
    case Component::SignerRole:
      return "signer-role";
    case Component::Signer:
      return "signer";
    case Component::RecipientsLabel:
      return "recipients-label";
    case Component::Recipients:
      return "recipients";
    case Component::AppendixLabel:
      return "appendix-label";
    case Component::AppendixTitle:
      return "appendix-title";
    case Component::AppendixReference:
      return "appendix-reference";
    case Component::PageNumber:
      return "page-number";
    case Component::Footnote:
      return "footnote";
    case Component::Table:
      return "table";
  }
  return "?";
}

std::string location_text(const Location& l) {
  // The first section's set-up, header and footer need no number: most documents have one.
  auto numbered = [&](const char* what) {
    return l.index > 1 ? std::string(what) + " " + std::to_string(l.index) : std::string(what);
  };
  switch (l.kind) {
    case Location::Kind::Paragraph:
      return "paragraph " + std::to_string(l.index) + (l.words.empty() ? "" : " \"" + l.words + "\"");
    case Location::Kind::PageSetup:
      return numbered("page-setup");
    case Location::Kind::Header:
      return numbered("header");
    case Location::Kind::Footer:
      return numbered("footer");
    case Location::Kind::Footnote:
      return "footnote " + std::to_string(l.index);
    case Location::Kind::Document:
      return "document";
  }
  return "document";
}

}  // namespace vanban::check
