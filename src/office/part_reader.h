// The parts of one office package, read safely: every part inflated within one budget
// (limits::kMaxUnzippedBytes for the whole package, so a zip bomb of many highly
// compressed parts ends with an error), parsed by pugixml without DTDs or external
// entities (pugixml never loads them and expands only the five predefined entities),
// and refused when its elements nest deeper than kMaxXmlDepth (checked without
// recursion, so the readers may then walk the tree recursively).
#pragma once
#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace vanban::office {

// parse_ws_pcdata keeps a run that is only a space (<w:t> </w:t>): without it "I." and
// "MỤC ĐÍCH" would run together.
inline constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;
// Deeper XML than any office suite writes.
inline constexpr int kMaxXmlDepth = 256;

// Whether any element of `doc` sits deeper than kMaxXmlDepth (walked without recursion).
bool too_deep(const pugi::xml_document& doc);

class PartReader {
 public:
  // `budget`: the bytes all parts may inflate to together.
  explicit PartReader(std::string_view zip, size_t budget);
  explicit PartReader(std::string_view zip);  // limits::kMaxUnzippedBytes

  // Loads `name` into `doc`. A missing optional part is fine (false, `why` untouched);
  // a part that is damaged, over the budget, not XML or too deep sets `why` (and
  // over_budget() for the budget).
  bool load(const char* name, pugi::xml_document& doc, bool required, std::string& why);
  // Loads an optional part: false when it is missing or cannot be read, which loses
  // only what it adds; but when the package as a whole is over its budget, `why` says
  // so (and over_budget()).
  bool load_optional(const char* name, pugi::xml_document& doc, std::string& why);
  // Whether the package holds `name` (without inflating it).
  bool has(const char* name) const;
  bool over_budget() const { return over_budget_; }

 private:
  std::string_view zip_;
  size_t left_;
  bool over_budget_ = false;
};

}  // namespace vanban::office
