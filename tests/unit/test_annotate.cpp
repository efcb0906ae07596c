// annotate: comments anchored at paragraphs of a .docx or .odt copy. Packages made here
// (exact XML of every edit) and rendered samples (real documents: table cells, the
// other parts untouched), then hostile packages.
#include <gtest/gtest.h>
#include <zip.h>
#include <pugixml.hpp>

#include <fstream>
#include <iterator>
#include <map>

#include "annotate/annotate.h"
#include "api/vanban.h"
#include "core/limits.h"
#include "package/zip_reader.h"
#include "package/zip_writer.h"

using namespace vanban;

namespace {

constexpr char kDecl[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr char kW[] = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
constexpr char kTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
constexpr char kCommentsOverride[] =
    R"(<Override PartName="/word/comments.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>)";
constexpr char kRootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
    R"(Target="word/document.xml"/></Relationships>)";
constexpr char kCommentsType[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

// Body paragraph 0 (centred), a table whose cell holds paragraph 1, an empty paragraph 2.
const std::string kBody = R"(<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Một</w:t></w:r></w:p>)"
                          R"(<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:tcPr/>)"
                          R"(<w:p><w:r><w:t>Ô bảng</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/><w:sectPr/>)";

std::string document_xml(const std::string& body) {
  return std::string(kDecl) + "<w:document " + kW + "><w:body>" + body + "</w:body></w:document>";
}

std::string docx(const std::string& document, const std::vector<package::Entry>& extra = {}) {
  std::vector<package::Entry> entries{
      {"[Content_Types].xml", kTypes}, {"_rels/.rels", kRootRels}, {"word/document.xml", document}};
  entries.insert(entries.end(), extra.begin(), extra.end());
  return package::zip(entries);
}

constexpr char kOdfNs[] = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                          R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                          R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")";
constexpr char kManifest[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
    R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
    R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>)";

// `extra_ns` goes before office:version, `after` (what annotate declares) after it.
std::string content_xml(const std::string& text, const std::string& extra_ns = "", const std::string& after = "") {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )") + kOdfNs + extra_ns +
         R"( office:version="1.3")" + after + "><office:body><office:text>" + text +
         "</office:text></office:body></office:document-content>";
}

std::string odt(const std::string& content) {
  return package::zip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                       {"content.xml", content},
                       {"META-INF/manifest.xml", kManifest}});
}

std::string entry(const std::string& zip, const char* name) {
  auto e = package::read_zip_entry(zip, name, limits::kMaxUnzippedBytes);
  return e ? *e : "<missing " + std::string(name) + ">";
}

struct ZipEntryInfo {
  std::string name;
  int method = 0;
};
std::vector<ZipEntryInfo> entries_of(const std::string& bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  std::vector<ZipEntryInfo> out;
  if (!z) return out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    out.push_back({st.name, st.comp_method});
  }
  zip_close(z);
  return out;
}
std::vector<std::string> names_of(const std::string& bytes) {
  std::vector<std::string> names;
  for (const auto& e : entries_of(bytes)) names.push_back(e.name);
  return names;
}

annotate::Note docx_note(int ordinal, std::string text) { return {{"word/document.xml", ordinal}, std::move(text)}; }
annotate::Note odt_note(int ordinal, std::string text) { return {{"content.xml", ordinal}, std::move(text)}; }

std::string annotated(const std::string& package, office::Kind kind, const std::vector<annotate::Note>& notes,
                      const annotate::Options& options = {}) {
  Errors errors;
  auto out = annotate::annotate(package, kind, notes, options, "in", errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].to_string());
  return out ? *out : std::string();
}

Errors failure(const std::string& package, office::Kind kind, const std::vector<annotate::Note>& notes,
               const annotate::Options& options = {}) {
  Errors errors;
  EXPECT_FALSE(annotate::annotate(package, kind, notes, options, "bad.docx", errors));
  EXPECT_EQ(errors.size(), 1u);
  return errors;
}

std::string sample(const std::string& name) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string rendered(const std::string& name, Format format) {
  auto r = render(sample(name), name, format);
  EXPECT_TRUE(r.errors.empty());
  return r.bytes;
}

// The text of an element's w:t / text content, leaving out what annotate adds
// (annotations hold text:p of their own).
std::string text_of(pugi::xml_node n, const char* skip = "") {
  std::string out;
  for (auto c : n.children()) {
    if (c.type() == pugi::node_pcdata) out += c.value();
    if (c.type() == pugi::node_element && std::string_view(c.name()) != skip) out += text_of(c, skip);
  }
  return out;
}

std::vector<pugi::xml_node> all_named(const pugi::xml_document& doc, const char* a, const char* b = "") {
  std::vector<pugi::xml_node> out;
  for (auto x : doc.select_nodes("//*")) {
    const std::string_view n = x.node().name();
    if (n == a || n == b) out.push_back(x.node());
  }
  return out;
}

bool inside(pugi::xml_node n, const char* ancestor) {
  for (auto p = n.parent(); p; p = p.parent())
    if (std::string_view(p.name()) == ancestor) return true;
  return false;
}

void load(pugi::xml_document& doc, const std::string& xml) {
  ASSERT_TRUE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
}

}  // namespace

// --- DOCX, a package made here: the exact XML of every part annotate edits ---

TEST(AnnotateDocx, CommentsRangesReferencesAndPackagePartsExactly) {
  const std::string in = docx(document_xml(kBody));
  const std::string out = annotated(
      in, office::Kind::Docx,
      {docx_note(1, "Sai cỡ chữ\nPhải 13"), docx_note(0, " a  b "), docx_note(2, "rỗng"), docx_note(0, "hai")});
  EXPECT_EQ(entry(out, "word/document.xml"),
            document_xml(R"(<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:commentRangeStart w:id="1"/>)"
                         R"(<w:commentRangeStart w:id="3"/><w:r><w:t>Một</w:t></w:r><w:commentRangeEnd w:id="1"/>)"
                         R"(<w:r><w:commentReference w:id="1"/></w:r><w:commentRangeEnd w:id="3"/>)"
                         R"(<w:r><w:commentReference w:id="3"/></w:r></w:p>)"
                         R"(<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:tcPr/>)"
                         R"(<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Ô bảng</w:t></w:r>)"
                         R"(<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>)"
                         R"(</w:tc></w:tr></w:tbl>)"
                         R"(<w:p><w:commentRangeStart w:id="2"/><w:commentRangeEnd w:id="2"/>)"
                         R"(<w:r><w:commentReference w:id="2"/></w:r></w:p><w:sectPr/>)"));
  EXPECT_EQ(
      entry(out, "word/comments.xml"),
      std::string(kDecl) + "\n<w:comments " + kW + ">" +
          R"(<w:comment w:id="0" w:author="vanban" w:initials="VB">)"
          R"(<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Sai cỡ chữ</w:t></w:r></w:p>)"
          R"(<w:p><w:r><w:t>Phải 13</w:t></w:r></w:p></w:comment>)"
          R"(<w:comment w:id="1" w:author="vanban" w:initials="VB">)"
          R"(<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve"> a  b </w:t></w:r></w:p></w:comment>)"
          R"(<w:comment w:id="2" w:author="vanban" w:initials="VB">)"
          R"(<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>rỗng</w:t></w:r></w:p></w:comment>)"
          R"(<w:comment w:id="3" w:author="vanban" w:initials="VB">)"
          R"(<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>hai</w:t></w:r></w:p></w:comment>)"
          "</w:comments>");
  const std::string types(kTypes);
  EXPECT_EQ(entry(out, "[Content_Types].xml"), types.substr(0, types.size() - 8) + kCommentsOverride + "</Types>");
  EXPECT_EQ(entry(out, "word/_rels/document.xml.rels"),
            std::string(kDecl) + "\n" +
                R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                R"(<Relationship Id="rId1" Type=")" + kCommentsType + R"(" Target="comments.xml"/></Relationships>)");
  // New parts: the declaration on a line of its own, as vanban and Word write it. The
  // parts not edited, in their order, then the new ones.
  EXPECT_EQ(names_of(out), (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                                     "word/comments.xml", "word/_rels/document.xml.rels"}));
  EXPECT_EQ(entry(out, "_rels/.rels"), kRootRels);
}

TEST(AnnotateDocx, DateAuthorInitialsAndAFreshRelationshipId) {
  const std::string rels = std::string(kDecl) +
                           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                           R"(<Relationship Id="rId1" Type="t" Target="styles.xml"/>)"
                           R"(<Relationship Id="rId3" Type="t" Target="x.xml"/></Relationships>)";
  const std::string in = docx(document_xml(kBody), {{"word/_rels/document.xml.rels", rels}});
  annotate::Options options;
  options.author = "Văn thư <A&B>";
  options.initials = "";
  options.date = "2026-03-01T09:30:00+07:00";
  const std::string out = annotated(in, office::Kind::Docx, {docx_note(0, "x")}, options);
  EXPECT_NE(entry(out, "word/comments.xml")
                .find(R"(<w:comment w:id="0" w:author="Văn thư &lt;A&amp;B>" w:date="2026-03-01T09:30:00+07:00">)"),
            std::string::npos)
      << entry(out, "word/comments.xml");
  // rId1 and rId3 are taken; two relationships: the first free from 3 on.
  EXPECT_EQ(entry(out, "word/_rels/document.xml.rels"), rels.substr(0, rels.size() - 16) +
                                                            R"(<Relationship Id="rId4" Type=")" + kCommentsType +
                                                            R"(" Target="comments.xml"/></Relationships>)");
  // A date alone is its midnight.
  options.date = "2024-02-29";
  EXPECT_NE(entry(annotated(in, office::Kind::Docx, {docx_note(0, "x")}, options), "word/comments.xml")
                .find(R"(w:date="2024-02-29T00:00:00")"),
            std::string::npos);
}

TEST(AnnotateDocx, ExistingCommentsAreKeptAndNewIdsGoAboveAllInUse) {
  const std::string comments = std::string(kDecl) + "<w:comments " + kW + ">" +
                               R"(<w:comment w:id="0" w:author="A"><w:p><w:r><w:t>cũ</w:t></w:r></w:p></w:comment>)"
                               R"(<w:comment w:id="7" w:author="B"><w:p><w:r><w:t>cũ 2</w:t></w:r></w:p></w:comment>)"
                               "</w:comments>";
  const std::string rels = std::string(kDecl) +
                           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                           R"(<Relationship Id="rId9" Type=")" +
                           kCommentsType + R"(" Target="/word/comments.xml"/></Relationships>)";
  const std::string types(kTypes);
  const std::string types_with = types.substr(0, types.size() - 8) + kCommentsOverride + "</Types>";
  // A range left in the document without its comment holds id 9.
  const std::string body = R"(<w:p><w:commentRangeStart w:id="9"/><w:r><w:t>Một</w:t></w:r></w:p><w:p/>)";
  const std::string in = package::zip({{"[Content_Types].xml", types_with},
                                       {"_rels/.rels", kRootRels},
                                       {"word/document.xml", document_xml(body)},
                                       {"word/comments.xml", comments},
                                       {"word/_rels/document.xml.rels", rels}});
  const std::string out = annotated(in, office::Kind::Docx, {docx_note(1, "mới"), docx_note(1, "mới 2")});
  EXPECT_EQ(entry(out, "word/comments.xml"),
            comments.substr(0, comments.size() - 13) +
                R"(<w:comment w:id="10" w:author="vanban" w:initials="VB">)"
                R"(<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>mới</w:t></w:r></w:p></w:comment>)"
                R"(<w:comment w:id="11" w:author="vanban" w:initials="VB">)"
                R"(<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>mới 2</w:t></w:r></w:p></w:comment></w:comments>)");
  EXPECT_EQ(entry(out, "word/document.xml"),
            document_xml(R"(<w:p><w:commentRangeStart w:id="9"/><w:r><w:t>Một</w:t></w:r></w:p>)"
                         R"(<w:p><w:commentRangeStart w:id="10"/><w:commentRangeStart w:id="11"/>)"
                         R"(<w:commentRangeEnd w:id="10"/><w:r><w:commentReference w:id="10"/></w:r>)"
                         R"(<w:commentRangeEnd w:id="11"/><w:r><w:commentReference w:id="11"/></w:r></w:p>)"));
  // Relationship and content type were there already: those parts are as they were.
  EXPECT_EQ(entry(out, "[Content_Types].xml"), types_with);
  EXPECT_EQ(entry(out, "word/_rels/document.xml.rels"), rels);
  EXPECT_EQ(names_of(out), names_of(in));
}

TEST(AnnotateDocx, CommentStylesAreUsedOnlyWhenTheDocumentHasThem) {
  const std::string styles =
      std::string(kDecl) + "<w:styles " + kW + ">" +
      R"(<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/></w:style>)"
      R"(<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>)"
      "</w:styles>";
  const std::string in = docx(document_xml(kBody), {{"word/styles.xml", styles}});
  const std::string out = annotated(in, office::Kind::Docx, {docx_note(2, "a\nb")});
  EXPECT_NE(
      entry(out, "word/comments.xml")
          .find(
              R"(<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>a</w:t></w:r></w:p>)"
              R"(<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>)"),
      std::string::npos)
      << entry(out, "word/comments.xml");
  EXPECT_NE(
      entry(out, "word/document.xml")
          .find(R"(<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>)"),
      std::string::npos);
  EXPECT_EQ(entry(out, "word/styles.xml"), styles);
}

TEST(AnnotateDocx, TextThatCannotGoIntoXmlIsMadeSafe) {
  const std::string out =
      annotated(docx(document_xml(kBody)), office::Kind::Docx, {docx_note(0, std::string("a\x01\tb\r\n\xff"))});
  EXPECT_NE(entry(out, "word/comments.xml").find(R"(<w:t xml:space="preserve">a  b </w:t>)"), std::string::npos)
      << entry(out, "word/comments.xml");
  EXPECT_NE(entry(out, "word/comments.xml").find("<w:t>\xEF\xBF\xBD</w:t>"), std::string::npos);
}

TEST(AnnotateDocx, NoNotesGiveTheSameParts) {
  const std::string in = docx(document_xml(kBody));
  const std::string out = annotated(in, office::Kind::Docx, {});
  EXPECT_EQ(names_of(out), names_of(in));
  for (const auto& n : names_of(in)) EXPECT_EQ(entry(out, n.c_str()), entry(in, n.c_str())) << n;
}

// --- DOCX, a rendered sample: a header-table cell and a body paragraph ---

TEST(AnnotateDocx, RenderedSampleCellAndBodyParagraphs) {
  const std::string in = rendered("cong-van.xml", Format::Docx);
  pugi::xml_document before;
  load(before, entry(in, "word/document.xml"));
  const auto paras = all_named(before, "w:p");
  int cell = -1, body = -1;
  for (size_t i = 0; i < paras.size(); ++i) {
    if (cell < 0 && inside(paras[i], "w:tc") && !text_of(paras[i]).empty()) cell = static_cast<int>(i);
    if (body < 0 && !inside(paras[i], "w:tbl") && text_of(paras[i]).size() > 80) body = static_cast<int>(i);
  }
  ASSERT_GE(cell, 0);
  ASSERT_GT(body, cell);
  const std::string out = annotated(in, office::Kind::Docx, {docx_note(body, "Thân"), docx_note(cell, "Ô\nđầu")});

  pugi::xml_document after, comments;
  load(after, entry(out, "word/document.xml"));
  load(comments, entry(out, "word/comments.xml"));
  std::map<std::string, std::string> comment_text;
  for (auto c : comments.child("w:comments").children("w:comment"))
    for (auto p : c.children("w:p")) comment_text[c.attribute("w:id").value()] += text_of(p) + "|";
  const auto paras_after = all_named(after, "w:p");
  ASSERT_EQ(paras_after.size(), paras.size());
  for (const auto& [ordinal, text] : {std::pair{body, "Thân|"}, std::pair{cell, "Ô|đầu|"}}) {
    const auto p = paras_after[static_cast<size_t>(ordinal)];
    EXPECT_EQ(text_of(p), text_of(paras[static_cast<size_t>(ordinal)])) << ordinal;
    // Start first after the paragraph's properties; end and reference last.
    auto start = p.first_child();
    if (std::string_view(start.name()) == "w:pPr") start = start.next_sibling();
    ASSERT_STREQ(start.name(), "w:commentRangeStart");
    const std::string id = start.attribute("w:id").value();
    EXPECT_EQ(comment_text[id], text) << ordinal;
    EXPECT_STREQ(p.last_child().previous_sibling().name(), "w:commentRangeEnd");
    EXPECT_EQ(p.last_child().previous_sibling().attribute("w:id").value(), id);
    EXPECT_EQ(p.last_child().child("w:commentReference").attribute("w:id").value(), id);
  }
  // Every other part byte for byte, in the same order; the comments part added last.
  auto names = names_of(in);
  names.push_back("word/comments.xml");
  EXPECT_EQ(names_of(out), names);
  for (const auto& n : names_of(in))
    if (n != "word/document.xml" && n != "[Content_Types].xml" && n != "word/_rels/document.xml.rels") {
      EXPECT_EQ(entry(out, n.c_str()), entry(in, n.c_str())) << n;
    }
  // The edited parts keep their prolog (declaration, line break) as it was.
  for (const char* part : {"word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"}) {
    const std::string a = entry(in, part), b = entry(out, part);
    EXPECT_EQ(b.substr(0, b.find("?>") + 3), a.substr(0, a.find("?>") + 3)) << part;
    EXPECT_EQ(a.substr(a.find("?>") + 2, 1), "\n") << part;
  }
  EXPECT_NE(entry(out, "[Content_Types].xml").find(kCommentsOverride), std::string::npos);
  EXPECT_NE(entry(out, "word/_rels/document.xml.rels").find(kCommentsType), std::string::npos);
  // Deterministic without a date.
  EXPECT_EQ(out, annotated(in, office::Kind::Docx, {docx_note(body, "Thân"), docx_note(cell, "Ô\nđầu")}));
}

// --- ODT ---

TEST(AnnotateOdt, AnnotationsAndEndsExactly) {
  const std::string text =
      R"(<text:h text:outline-level="1"><text:number>1.</text:number>Tiêu đề</text:h>)"
      R"(<table:table><table:table-column/><table:table-row><table:table-cell><text:p>Ô</text:p></table:table-cell>)"
      R"(</table:table-row></table:table><text:p/>)";
  annotate::Options options;
  options.date = "2026-03-01T09:30:00";
  const std::string out =
      annotated(odt(content_xml(text)), office::Kind::Odt,
                {odt_note(1, "ô\nhai  dòng"), odt_note(0, " đầu"), odt_note(2, "x"), odt_note(0, "y")}, options);
  auto ann = [](int n, const std::string& lines) {
    return R"(<office:annotation office:name="vb)" + std::to_string(n) +
           R"("><dc:creator>vanban</dc:creator><dc:date>2026-03-01T09:30:00</dc:date>)" + lines +
           "</office:annotation>";
  };
  auto end = [](int n) { return R"(<office:annotation-end office:name="vb)" + std::to_string(n) + R"("/>)"; };
  EXPECT_EQ(entry(out, "content.xml"),
            content_xml(R"(<text:h text:outline-level="1"><text:number>1.</text:number>)" +
                            ann(2, "<text:p><text:s/>đầu</text:p>") + ann(4, "<text:p>y</text:p>") + "Tiêu đề" +
                            end(2) + end(4) + "</text:h>" +
                            R"(<table:table><table:table-column/><table:table-row><table:table-cell><text:p>)" +
                            ann(1, "<text:p>ô</text:p><text:p>hai <text:s/>dòng</text:p>") + "Ô" + end(1) +
                            "</text:p></table:table-cell></table:table-row></table:table>" + "<text:p>" +
                            ann(3, "<text:p>x</text:p>") + end(3) + "</text:p>",
                        // The Dublin Core namespace was missing: declared on the root.
                        "", R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"));
  EXPECT_EQ(entry(out, "META-INF/manifest.xml"), kManifest);
  const auto entries = entries_of(out);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[0].method, ZIP_CM_STORE);
}

TEST(AnnotateOdt, NamesInUseAreSkippedAndDcIsReused) {
  const std::string text = R"(<text:p><office:annotation office:name="vb1"><text:p>cũ</text:p></office:annotation>A)"
                           R"(<office:annotation-end office:name="vb1"/></text:p><text:p>B</text:p>)";
  const std::string in = odt(content_xml(text, R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"));
  // Ordinal 1 is the annotation's own paragraph; 2 is "B".
  const std::string out = annotated(in, office::Kind::Odt, {odt_note(2, "mới")});
  EXPECT_EQ(entry(out, "content.xml"),
            content_xml(R"(<text:p><office:annotation office:name="vb1"><text:p>cũ</text:p></office:annotation>A)"
                        R"(<office:annotation-end office:name="vb1"/></text:p><text:p>)"
                        R"(<office:annotation office:name="vb2"><dc:creator>vanban</dc:creator><text:p>mới</text:p>)"
                        R"(</office:annotation>B<office:annotation-end office:name="vb2"/></text:p>)",
                        R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"));
}

TEST(AnnotateOdt, RenderedSampleCellAndBodyParagraphs) {
  const std::string in = rendered("quyet-dinh.xml", Format::Odt);
  pugi::xml_document before;
  load(before, entry(in, "content.xml"));
  const auto paras = all_named(before, "text:p", "text:h");
  int cell = -1, body = -1;
  for (size_t i = 0; i < paras.size(); ++i) {
    if (cell < 0 && inside(paras[i], "table:table-cell") && !text_of(paras[i]).empty()) cell = static_cast<int>(i);
    if (body < 0 && !inside(paras[i], "table:table") && text_of(paras[i]).size() > 80) body = static_cast<int>(i);
  }
  ASSERT_GE(cell, 0);
  ASSERT_GT(body, cell);
  const std::string out = annotated(in, office::Kind::Odt, {odt_note(cell, "Ô"), odt_note(body, "Thân\nhai")});
  pugi::xml_document after;
  load(after, entry(out, "content.xml"));
  // Counted again, the annotations' own paragraphs come right after their anchor.
  const auto paras_after = all_named(after, "text:p", "text:h");
  ASSERT_EQ(paras_after.size(), paras.size() + 3);
  const auto c = paras_after[static_cast<size_t>(cell)];
  const auto b = paras_after[static_cast<size_t>(body) + 1];
  for (const auto& [p, o, name, text] : {std::tuple{c, cell, "vb1", "Ô"}, std::tuple{b, body, "vb2", "Thânhai"}}) {
    EXPECT_EQ(text_of(p, "office:annotation"), text_of(paras[static_cast<size_t>(o)]));
    EXPECT_STREQ(p.first_child().name(), "office:annotation");
    EXPECT_STREQ(p.first_child().attribute("office:name").value(), name);
    EXPECT_EQ(text_of(p.first_child(), "dc:creator"), text);
    EXPECT_STREQ(p.last_child().name(), "office:annotation-end");
    EXPECT_STREQ(p.last_child().attribute("office:name").value(), name);
  }
  const std::string content_in = entry(in, "content.xml"), content_out = entry(out, "content.xml");
  EXPECT_EQ(content_out.substr(0, content_out.find("<office:document-content")),
            content_in.substr(0, content_in.find("<office:document-content")));
  const auto entries = entries_of(out);
  EXPECT_EQ(names_of(out), names_of(in));
  EXPECT_EQ(entries[0].method, ZIP_CM_STORE);
  for (const auto& n : names_of(in))
    if (n != "content.xml") {
      EXPECT_EQ(entry(out, n.c_str()), entry(in, n.c_str())) << n;
    }
}

// --- Hostile and wrong input: errors, never a crash ---

TEST(AnnotateHostile, NotAZip) {
  const auto e = failure("PK\x03\x04 not really", office::Kind::Docx, {docx_note(0, "x")});
  EXPECT_EQ(e[0].code, ErrorCode::Unreadable);
  EXPECT_EQ(e[0].file, "bad.docx");
  EXPECT_EQ(failure("", office::Kind::Odt, {})[0].code, ErrorCode::Unreadable);
}

TEST(AnnotateHostile, AnchorsThatNameNoParagraph) {
  const std::string d = docx(document_xml(kBody));
  auto e = failure(d, office::Kind::Docx, {docx_note(3, "x")});
  EXPECT_EQ(e[0].code, ErrorCode::Unreadable);
  EXPECT_EQ(e[0].message, "cannot anchor a comment at paragraph 3 (0-based) of word/document.xml: it has 3 paragraphs");
  EXPECT_EQ(failure(d, office::Kind::Docx, {docx_note(-1, "x")})[0].code, ErrorCode::Unreadable);
  annotate::Note header = docx_note(0, "x");
  header.anchor.part = "word/header1.xml";
  e = failure(d, office::Kind::Docx, {header});
  EXPECT_EQ(e[0].message, "comments can only be anchored in word/document.xml, not in 'word/header1.xml'");
  EXPECT_EQ(failure(odt(content_xml("<text:p/>")), office::Kind::Odt, {odt_note(1, "x")})[0].code,
            ErrorCode::Unreadable);
  EXPECT_EQ(failure(odt(content_xml("<text:p/>")), office::Kind::Odt, {docx_note(0, "x")})[0].code,
            ErrorCode::Unreadable);
  // The kind must match the package.
  EXPECT_EQ(failure(odt(content_xml("<text:p/>")), office::Kind::Docx, {docx_note(0, "x")})[0].code,
            ErrorCode::Unreadable);
  EXPECT_EQ(failure(d, office::Kind::None, {})[0].code, ErrorCode::Unreadable);
}

TEST(AnnotateHostile, DeeplyNestedDocument) {
  std::string deep;
  for (int i = 0; i < 100'000; ++i) deep += "<w:p>";
  for (int i = 0; i < 100'000; ++i) deep += "</w:p>";
  auto e = failure(docx(document_xml(deep)), office::Kind::Docx, {docx_note(0, "x")});
  EXPECT_EQ(e[0].code, ErrorCode::Limit);
  EXPECT_EQ(e[0].message, "word/document.xml: elements nested more than 256 deep (the limit)");
  std::string odt_deep;
  for (int i = 0; i < 100'000; ++i) odt_deep += "<text:span>";
  EXPECT_EQ(failure(odt(content_xml("<text:p>" + odt_deep)), office::Kind::Odt, {odt_note(0, "x")})[0].code,
            ErrorCode::Unreadable);  // not well-formed: never closed
  std::string closed = odt_deep;
  for (int i = 0; i < 100'000; ++i) closed += "</text:span>";
  EXPECT_EQ(failure(odt(content_xml("<text:p>" + closed + "</text:p>")), office::Kind::Odt, {odt_note(0, "x")})[0].code,
            ErrorCode::Limit);
}

// A .docx whose parts are `extra`, packed once each (level 1: the bombs are large).
std::string docx_packed(const std::vector<package::PackedEntry>& extra) {
  std::vector<package::PackedEntry> own{package::pack("[Content_Types].xml", kTypes),
                                        package::pack("_rels/.rels", kRootRels),
                                        package::pack("word/document.xml", document_xml(kBody))};
  std::vector<const package::PackedEntry*> all;
  for (const auto& e : own) all.push_back(&e);
  for (const auto& e : extra) all.push_back(&e);
  return package::assemble(all);
}

TEST(AnnotateHostile, ZipBombs) {
  // One part inflating past the budget: refused before it is inflated.
  const auto big = package::pack("word/media/a.bin", std::string(limits::kMaxUnzippedBytes + 1, '\0'), false, 1);
  auto e = failure(docx_packed({big}), office::Kind::Docx, {docx_note(0, "x")});
  EXPECT_EQ(e[0].code, ErrorCode::Limit);
  EXPECT_EQ(e[0].message, "the package inflates to more than 64 MiB (the limit; a zip bomb?)");
  // Many parts, each under it.
  std::vector<package::PackedEntry> many(5, package::pack("", std::string(16u << 20, 'a'), false, 1));
  for (size_t i = 0; i < many.size(); ++i) many[i].name = "word/media/" + std::to_string(i);
  EXPECT_EQ(failure(docx_packed(many), office::Kind::Docx, {docx_note(0, "x")})[0].code, ErrorCode::Limit);
}

TEST(AnnotateHostile, DamagedPackages) {
  // Not XML.
  EXPECT_EQ(failure(docx("<w:document"), office::Kind::Docx, {docx_note(0, "x")})[0].code, ErrorCode::Unreadable);
  // No document part, no content types.
  EXPECT_EQ(failure(package::zip({{"a", "b"}}), office::Kind::Docx, {docx_note(0, "x")})[0].code,
            ErrorCode::Unreadable);
  EXPECT_EQ(
      failure(package::zip({{"word/document.xml", document_xml(kBody)}}), office::Kind::Docx, {docx_note(0, "x")})[0]
          .message,
      "the package has no [Content_Types].xml (damaged)");
  // An entry name escaping the folder it would be extracted to.
  EXPECT_EQ(failure(docx(document_xml(kBody), {{"../evil", "x"}}), office::Kind::Docx, {docx_note(0, "x")})[0].code,
            ErrorCode::Unreadable);
  // Strict OOXML; another vocabulary.
  const std::string strict = std::string(kDecl) +
                             R"(<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p/>)"
                             "</w:body></w:document>";
  EXPECT_NE(failure(docx(strict), office::Kind::Docx, {docx_note(0, "x")})[0].message.find("Strict"),
            std::string::npos);
  EXPECT_EQ(failure(odt("<x/>"), office::Kind::Odt, {odt_note(0, "x")})[0].code, ErrorCode::Unreadable);
  // A comments relationship to the document itself.
  const std::string rels = std::string(kDecl) +
                           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                           R"(<Relationship Id="rId1" Type=")" +
                           kCommentsType + R"(" Target="document.xml"/></Relationships>)";
  EXPECT_EQ(failure(docx(document_xml(kBody), {{"word/_rels/document.xml.rels", rels}}), office::Kind::Docx,
                    {docx_note(0, "x")})[0]
                .code,
            ErrorCode::Unreadable);
}

TEST(AnnotateHostile, BadDateIsAUsageError) {
  annotate::Options options;
  for (const char* bad : {"2026-02-29", "2026-13-01", "01/03/2026", "2026-03-01T25:00:00", "2026-03-01T09:30",
                          "2026-03-01T09:30:00+7", "2026-03-01 09:30:00"}) {
    options.date = bad;
    const auto e = failure(docx(document_xml(kBody)), office::Kind::Docx, {docx_note(0, "x")}, options);
    EXPECT_EQ(e[0].code, ErrorCode::Usage) << bad;
  }
  options.date = "2026-03-01T09:30:00.25Z";
  EXPECT_NE(
      entry(annotated(docx(document_xml(kBody)), office::Kind::Docx, {docx_note(0, "x")}, options), "word/comments.xml")
          .find(R"(w:date="2026-03-01T09:30:00.25Z")"),
      std::string::npos);
}

TEST(AnnotateHostile, TooManyEntries) {
  // More entries than the copy could hold without zip64 (annotate may add two).
  std::vector<package::Entry> entries{{"[Content_Types].xml", kTypes}, {"word/document.xml", document_xml(kBody)}};
  for (int i = 0; i < 65'532; ++i) entries.push_back({"e/" + std::to_string(i), "", true});
  EXPECT_EQ(failure(package::zip(entries), office::Kind::Docx, {docx_note(0, "x")})[0].code, ErrorCode::Limit);
  entries.pop_back();
  EXPECT_FALSE(annotated(package::zip(entries), office::Kind::Docx, {docx_note(0, "x")}).empty());
}

TEST(AnnotateOdt, MimetypeGoesFirstAndStored) {
  const std::string in = package::zip({{"content.xml", content_xml("<text:p/>")},
                                       {"mimetype", "application/vnd.oasis.opendocument.text"},
                                       {"META-INF/manifest.xml", kManifest}});
  const auto entries = entries_of(annotated(in, office::Kind::Odt, {odt_note(0, "x")}));
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[0].method, ZIP_CM_STORE);
  EXPECT_EQ(entries[1].name, "content.xml");
  EXPECT_EQ(entries[2].name, "META-INF/manifest.xml");
}
