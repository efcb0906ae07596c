// The .docx/.odt reader used by import. Mutating a real zip mostly breaks its CRCs, so
// the first byte picks what the rest of the input is: the whole package, or one part
// (document, numbering, footnotes, footer, styles, theme; ODF content, styles) placed in
// an otherwise valid package. The reader turns it into the text recognition reads,
// decoding legacy-font runs by the font their styles give them (recognition itself is
// fuzz_import_text's job).
#include <algorithm>
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
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>KÕ HO¹CH</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr><w:t>Céng hßa</w:t></w:r></w:p></w:body></w:document>)";
// A style chain and a theme in legacy fonts, so the default package decodes runs.
constexpr const char* kStyles =
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style></w:styles>)";
constexpr const char* kTheme =
    R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="f"><a:majorFont><a:latin typeface="VNI-Times"/></a:majorFont><a:minorFont><a:latin typeface=".VnTime"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>)";
constexpr const char* kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)";
constexpr const char* kContent =
    R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>KẾ HOẠCH</text:p></office:text></office:body></office:document-content>)";

const std::vector<vanban::package::Entry> kDocx{{"[Content_Types].xml", kContentTypes},
                                                {"word/document.xml", kDocument},
                                                {"word/_rels/document.xml.rels", kRels},
                                                {"word/styles.xml", kStyles},
                                                {"word/theme/theme1.xml", kTheme}};
const std::vector<vanban::package::Entry> kOdt{{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                               {"content.xml", kContent}};
// Selector 1…8: the part that gets the input; the first six are a .docx's.
constexpr size_t kDocxParts = 6;
const std::vector<std::string_view> kParts{"word/document.xml", "word/numbering.xml", "word/footnotes.xml",
                                           "word/footer1.xml",  "word/styles.xml",    "word/theme/theme1.xml",
                                           "content.xml",       "styles.xml"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string package =
      vanban::fuzz::choose_input(data, size, kParts, [](size_t k) { return k < kDocxParts ? kDocx : kOdt; });
  using vanban::import::OfficeKind;
  const OfficeKind kind = vanban::import::office_kind(package);
  std::string why;
  std::vector<vanban::import::DecodingNote> notes;
  const auto text =
      vanban::import::office_text(package, kind == OfficeKind::None ? OfficeKind::Docx : kind, why, &notes);
  // Either text, or a reason to give the user.
  if (!text && why.empty()) __builtin_trap();
  // A note names a line of the text.
  if (text) {
    const long lines = 1 + static_cast<long>(std::count(text->begin(), text->end(), '\n'));
    for (const auto& n : notes)
      if (n.line < 1 || n.line > lines) __builtin_trap();
  }
  return 0;
}
