#include "office/part_reader.h"

#include "core/limits.h"
#include "package/zip_reader.h"

namespace vanban::office {

bool too_deep(const pugi::xml_document& doc) {
  int depth = 0;
  pugi::xml_node n = doc.first_child();
  while (n) {
    if (n.first_child()) {
      n = n.first_child();
      if (++depth > kMaxXmlDepth) return true;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n) n = n.next_sibling();
  }
  return false;
}

PartReader::PartReader(std::string_view zip, size_t budget) : zip_(zip), left_(budget) {}
PartReader::PartReader(std::string_view zip) : PartReader(zip, limits::kMaxUnzippedBytes) {}

bool PartReader::load(const char* name, pugi::xml_document& doc, bool required, std::string& why) {
  using S = package::ZipEntry::Status;
  auto e = package::read_zip(zip_, name, left_);
  if (e.status == S::Missing && !required) return false;
  if (!e) {
    over_budget_ = over_budget_ || e.status == S::TooLarge;
    why = e.status == S::TooLarge
              ? "the package inflates to more than " + std::to_string(limits::kMaxUnzippedBytes >> 20) +
                    " MiB (the limit; a zip bomb?)"
          : e.status == S::NotZip  ? "not a readable zip package"
          : e.status == S::Missing ? std::string("the package has no ") + name
                                   : std::string("cannot read ") + name + " from the package (damaged)";
    return false;
  }
  left_ -= e.data.size();
  const auto r = doc.load_buffer(e.data.data(), e.data.size(), kParseOptions, pugi::encoding_utf8);
  if (!r) {
    why = std::string(name) + ": " + r.description() + " at byte " + std::to_string(r.offset);
    return false;
  }
  if (too_deep(doc)) {
    doc.reset();
    why = std::string(name) + ": elements nested more than " + std::to_string(kMaxXmlDepth) + " deep";
    return false;
  }
  return true;
}

bool PartReader::load_optional(const char* name, pugi::xml_document& doc, std::string& why) {
  std::string part_why;
  const bool ok = load(name, doc, false, part_why);
  if (!ok) doc.reset();
  if (over_budget_ && why.empty()) why = part_why;
  return ok;
}

bool PartReader::has(const char* name) const { return package::zip_has_entry(zip_, name); }

}  // namespace vanban::office
