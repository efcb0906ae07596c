// The .docx/.odt reader used by import. Mutating a real zip mostly breaks its CRCs, so
// the first byte picks what the rest of the input is: the whole package, or one part
// (document, numbering, footnotes, footer; ODF content, styles) placed in an otherwise
// valid package. The reader turns it into the text recognition reads (recognition
// itself is fuzz_import_text's job).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_package.h"
#include "import/office_text.h"

namespace {

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
constexpr const char* kDocument =
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>)";
constexpr const char* kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)";
constexpr const char* kContent =
    R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>KẾ HOẠCH</text:p></office:text></office:body></office:document-content>)";

const std::vector<vanban::package::Entry> kDocx{
    {"[Content_Types].xml", kContentTypes}, {"word/document.xml", kDocument}, {"word/_rels/document.xml.rels", kRels}};
const std::vector<vanban::package::Entry> kOdt{{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                               {"content.xml", kContent}};
// Selector 1…6: the part that gets the input; the first four are a .docx's.
const std::vector<std::string_view> kParts{"word/document.xml", "word/numbering.xml", "word/footnotes.xml",
                                           "word/footer1.xml",  "content.xml",        "styles.xml"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string package =
      vanban::fuzz::choose_input(data, size, kParts, [](size_t k) { return k < 4 ? kDocx : kOdt; });
  using vanban::import::OfficeKind;
  const OfficeKind kind = vanban::import::office_kind(package);
  std::string why;
  const auto text = vanban::import::office_text(package, kind == OfficeKind::None ? OfficeKind::Docx : kind, why);
  // Either text, or a reason to give the user.
  if (!text && why.empty()) __builtin_trap();
  return 0;
}
