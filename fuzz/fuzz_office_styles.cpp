// The .docx reader of src/office (office::read_document): formatting resolved through
// styles (basedOn chains, loops), numbering, table styles, the theme, sections with
// their headers, footnotes, fields, shapes. The first byte picks what the rest is:
//   0  the whole package
//   1  word/styles.xml, 2 word/document.xml, 3 word/numbering.xml, 4 word/header1.xml,
//   5  word/footnotes.xml, 6 word/_rels/document.xml.rels, 7 word/theme/theme1.xml
//      (each in an otherwise valid package whose parts use all the others)
//   8  word/styles.xml and word/document.xml, split at the first NUL byte
// The document read must hold together: indexes in range, a section at least, every
// footnote reference naming a footnote; and import's lines of it too.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_package.h"
#include "import/office_lines.h"
#include "office/document.h"

namespace {

constexpr const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml")";

const std::string kDocument =
    std::string("<w:document ") + kNs +
    R"(><w:body><w:p><w:pPr><w:pStyle w:val="Title"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>)"
    R"(<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>KÕ HO¹CH</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>)"
    R"(<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>)"
    R"(<w:tr><w:tc><w:tcPr><w:tcW w:w="50" w:type="pct"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p></w:tc>)"
    R"(<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>)"
    R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
    R"(<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc></w:tr></w:tbl>)"
    R"(<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:titlePg/></w:sectPr></w:pPr><w:r><mc:AlternateContent>)"
    R"(<mc:Choice Requires="wps"><w:drawing><wp:inline><wp:extent cx="1980000" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr>)"
    R"(<a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>)"
    R"(<mc:Fallback><w:pict><v:line from="0,0" to="155.9pt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>)"
    R"(<w:p><w:pPr><w:pStyle w:val="Loop"/></w:pPr><w:r><w:t>cuối</w:t></w:r></w:p>)"
    R"(<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="851"/></w:sectPr>)"
    R"(</w:body></w:document>)";
// Chains, a loop, a character style, a table style and a numbering style.
const std::string kStyles =
    std::string("<w:styles ") + kNs +
    R"(><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="26"/></w:rPr></w:rPrDefault>)"
    R"(<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="heading"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b w:val="0"/><w:sz w:val="32"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop"/></w:style>)"
    R"(<w:style w:type="character" w:styleId="Strong"><w:rPr><w:rFonts w:asciiTheme="majorHAnsi"/><w:i/></w:rPr></w:style>)"
    R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"/><w:style w:type="table" w:styleId="Grid"><w:basedOn w:val="TableNormal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>)"
    R"(<w:style w:type="numbering" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>)";
const std::string kNumbering =
    std::string("<w:numbering ") + kNs +
    R"(><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>)"
    R"x(<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>)x"
    R"(<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="List"/></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:styleLink w:val="List"/>)"
    R"(<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl></w:abstractNum>)"
    R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>)"
    R"(<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>)";
const std::string kHeader =
    std::string("<w:hdr ") + kNs +
    R"(><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>)";
const std::string kFootnotes =
    std::string("<w:footnotes ") + kNs +
    R"(><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
    R"(<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> Ghi chó</w:t></w:r></w:p></w:footnote></w:footnotes>)";
constexpr const char* kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>)";
constexpr const char* kTheme =
    R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="f"><a:majorFont><a:latin typeface="VNI-Times"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>)";

const std::vector<vanban::package::Entry> kDocx{
    {"word/document.xml", kDocument}, {"word/styles.xml", kStyles},       {"word/numbering.xml", kNumbering},
    {"word/header1.xml", kHeader},    {"word/footnotes.xml", kFootnotes}, {"word/_rels/document.xml.rels", kRels},
    {"word/theme/theme1.xml", kTheme}};
const std::vector<std::string_view> kParts{"word/styles.xml",      "word/document.xml",  "word/numbering.xml",
                                           "word/header1.xml",     "word/footnotes.xml", "word/_rels/document.xml.rels",
                                           "word/theme/theme1.xml"};

void check(const vanban::office::Document& d) {
  using vanban::office::Run;
  if (d.sections.empty()) __builtin_trap();
  const int n = static_cast<int>(d.paragraphs.size());
  for (int i = 0; i < n; ++i) {
    const auto& p = d.paragraphs[static_cast<size_t>(i)];
    if (p.index != i + 1 || p.section < 0 || p.section >= static_cast<int>(d.sections.size())) __builtin_trap();
    if ((p.table < 0) != (p.nesting == 0) || p.anchor.ordinal < 0) __builtin_trap();
    for (const auto& r : p.runs)
      if (r.kind == Run::Kind::FootnoteRef && (r.footnote < 0 || r.footnote >= static_cast<int>(d.footnotes.size())))
        __builtin_trap();
    (void)p.text();
  }
  for (const auto& s : d.sections) {
    if (s.first_paragraph < 1 || s.first_paragraph > n + 1) __builtin_trap();
    (void)s.header_other.page_number();
  }
  for (const auto& s : d.shapes)
    if (s.paragraph < 1 || s.paragraph > n || !(s.width >= 0) || !(s.height >= 0)) __builtin_trap();
  for (const auto& u : d.unsupported)
    if (u.paragraph < 0 || u.paragraph > n) __builtin_trap();
  const auto lines = vanban::import::office_lines(d);
  const long count = static_cast<long>(std::count(lines.text.begin(), lines.text.end(), '\n')) +
                     (!lines.text.empty() && lines.text.back() != '\n');
  if (static_cast<long>(lines.paragraph_of_line.size()) != count || lines.decoded.size() != d.paragraphs.size())
    __builtin_trap();
  for (int p : lines.paragraph_of_line)
    if (p < 0 || p > n) __builtin_trap();
  for (const auto& note : lines.decodings)
    if (note.line < 1 || note.line > count) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t mode = data[0] % (kParts.size() + 2);
  std::string package;
  if (mode == 0) {
    package = std::string(rest);
  } else if (mode <= kParts.size()) {
    package = vanban::fuzz::package_with(kDocx, kParts[mode - 1], rest);
  } else {
    // styles.xml, NUL, document.xml
    const size_t nul = rest.find('\0');
    auto entries = kDocx;
    entries[1].data = std::string(rest.substr(0, nul));
    entries[0].data = nul == std::string_view::npos ? std::string() : std::string(rest.substr(nul + 1));
    package = vanban::package::zip(entries);
  }
  vanban::Errors errors;
  const auto d = vanban::office::read_document(package, "fuzz.docx", errors);
  // Either a document, or a reason to give the user.
  if (!d && errors.empty()) __builtin_trap();
  if (d) check(*d);
  return 0;
}
