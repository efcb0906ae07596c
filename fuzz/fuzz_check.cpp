// `vanban check` end to end (api/check.h): the office reader, the importer's
// recognition, the locator and every rule, and the annotated copy. The first byte picks
// what the rest is:
//   0  the whole .docx or .odt
//   1  content.xml, 2 styles.xml of an otherwise valid .odt
//   3  word/document.xml, 4 word/styles.xml of an otherwise valid .docx
// Every finding must name a code, a severity and a location, and the annotated copy
// must be there when the document could be read (or an error say why not).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "api/check.h"
#include "fuzz_package.h"

namespace {

constexpr const char* kOdtNs =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3")";

const std::string kContent =
    std::string("<office:document-content ") + kOdtNs +
    R"(><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Head">)"
    R"(<style:paragraph-properties fo:text-align="center" fo:border-bottom="0.5pt solid #000000"/></style:style></office:automatic-styles>)"
    R"(<office:body><office:text><table:table><table:table-column/><table:table-column/><table:table-row>)"
    R"(<table:table-cell><text:p text:style-name="Head">LIÊN ĐOÀN LAO ĐỘNG</text:p><text:p>Số: 5/KH-LĐLĐ</text:p></table:table-cell>)"
    R"(<table:table-cell><text:p text:style-name="Head">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p><text:p text:style-name="P1">Độc lập – Tự do – Hạnh phúc</text:p>)"
    R"(<text:p>Hà Nội, ngày 5 tháng 3 năm 2024</text:p></table:table-cell></table:table-row></table:table>)"
    R"(<text:p text:style-name="Head">KẾ HOẠCH</text:p><text:p>I. MỤC ĐÍCH</text:p><text:p text:style-name="Body">1. Nội dung<text:s text:c="5"/>x</text:p>)"
    R"(<text:p/><text:p>Nơi nhận:</text:p><text:p>- Lưu VT</text:p><text:p>TM. BAN THƯỜNG VỤ</text:p></office:text></office:body></office:document-content>)";
const std::string kStyles =
    std::string("<office:document-styles ") + kOdtNs +
    R"(><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="13pt" style:font-name="Times New Roman"/></style:default-style>)"
    R"(<style:style style:name="Head" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-weight="bold"/></style:style>)"
    R"(<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Head"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>)"
    R"(</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="3cm"/></style:page-layout></office:automatic-styles>)"
    R"(<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>)";
const std::vector<vanban::package::Entry> kOdt{
    {"mimetype", "application/vnd.oasis.opendocument.text"},
    {"content.xml", kContent},
    {"styles.xml", kStyles},
    {"META-INF/manifest.xml",
     R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>)"}};

constexpr const char* kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
const std::string kDocument =
    std::string("<w:document ") + kW +
    R"(><w:body><w:p><w:pPr><w:pStyle w:val="H"/></w:pPr><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>)"
    R"(<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4"/></w:pBdr></w:pPr><w:r><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>)"
    R"(<w:p><w:r><w:t xml:space="preserve">Số: 05/KH-LĐLĐ     </w:t></w:r><w:r><w:tab/><w:t>Hà Nội, ngày 05 tháng 3 năm 2024</w:t></w:r></w:p>)"
    R"(<w:p><w:pPr><w:pStyle w:val="B"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr><w:t>Néi dung</w:t></w:r></w:p>)"
    R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="851"/></w:sectPr></w:body></w:document>)";
const std::string kDocxStyles =
    std::string("<w:styles ") + kW +
    R"(><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:styleId="H"><w:basedOn w:val="B"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="H"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr></w:style></w:styles>)";
const std::vector<vanban::package::Entry> kDocx{
    {"[Content_Types].xml",
     R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
    {"word/document.xml", kDocument},
    {"word/styles.xml", kDocxStyles}};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  std::string bytes;
  switch (data[0] % 5) {
    case 0:
      bytes = std::string(rest);
      break;
    case 1:
      bytes = vanban::fuzz::package_with(kOdt, "content.xml", rest);
      break;
    case 2:
      bytes = vanban::fuzz::package_with(kOdt, "styles.xml", rest);
      break;
    case 3:
      bytes = vanban::fuzz::package_with(kDocx, "word/document.xml", rest);
      break;
    default:
      bytes = vanban::fuzz::package_with(kDocx, "word/styles.xml", rest);
      break;
  }
  vanban::CheckOptions options;
  options.annotate = true;
  const vanban::CheckResult r = vanban::check_document(bytes, "fuzz", options);
  for (const auto& e : r.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();  // a bug, caught at the boundary
  if (r.errors.empty()) {
    if (r.annotated.empty()) __builtin_trap();
    for (const auto& f : r.findings)
      if (f.code.empty() || f.severity.empty() || f.location.empty() || f.message.empty()) __builtin_trap();
  }
  return 0;
}
