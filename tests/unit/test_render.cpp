// Whole documents through the public API: determinism and package structure.
#include <gtest/gtest.h>
#include <zip.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <thread>

#include "api/vanban.h"

using namespace vanban;

namespace {

std::string sample(const std::string& name) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> entry_names(const std::string& bytes, std::vector<int>* methods = nullptr) {
  zip_error_t err;
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  std::vector<std::string> names;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    names.emplace_back(st.name);
    if (methods) methods->push_back(st.comp_method);
  }
  zip_close(z);
  return names;
}

}  // namespace

TEST(Render, SameInputGivesSameBytes) {
  const std::string x = sample("003-ke-hoach-kon-tum.xml");
  for (Format f : {Format::Docx, Format::Odt}) {
    const auto a = render(x, "a.xml", f);
    const auto b = render(x, "b.xml", f);
    ASSERT_TRUE(a.errors.empty());
    EXPECT_EQ(a.bytes, b.bytes) << format_extension(f);
  }
}

TEST(Render, OdtMimetypeIsFirstAndStored) {
  const auto r = render(sample("giay-moi.xml"), "g.xml", Format::Odt);
  std::vector<int> methods;
  const auto names = entry_names(r.bytes, &methods);
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names[0], "mimetype");
  EXPECT_EQ(methods[0], ZIP_CM_STORE);
  // The bytes at offset 30 of an ODF package spell the media type (magic for sniffers).
  EXPECT_EQ(r.bytes.substr(30, 8), "mimetype");
  EXPECT_EQ(r.bytes.substr(38, 39), "application/vnd.oasis.opendocument.text");
}

TEST(Render, DocxHasFootnotesPartOnlyWhenNeeded) {
  const auto with = entry_names(render(sample("003-ke-hoach-kon-tum.xml"), "k.xml", Format::Docx).bytes);
  const auto without = entry_names(render(sample("giay-moi.xml"), "g.xml", Format::Docx).bytes);
  EXPECT_NE(std::find(with.begin(), with.end(), "word/footnotes.xml"), with.end());
  EXPECT_EQ(std::find(without.begin(), without.end(), "word/footnotes.xml"), without.end());
}

TEST(Render, ErrorsComeBackWithoutBytes) {
  const auto r = render("<vanban/>", "x.xml", Format::Docx);
  EXPECT_TRUE(r.bytes.empty());
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Schema);
}

TEST(Render, ThreadsGiveTheSameBytesAsOne) {
  // Shared state (compiled schema, font tables, templates) is built once; each render
  // has its own parser and validation contexts.
  const std::string x = sample("003-ke-hoach-kon-tum.xml");
  const std::string bad = "<vanban xmlns=\"urn:vanban:1\" kind=\"nope\"/>";
  const std::string want = render(x, "k.xml", Format::Docx).bytes;
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        if (render(x, "k.xml", Format::Docx).bytes != want) ++mismatches;
        // Errors collected on one thread never leak into another's result.
        if ((i + t) % 3 == 0 && render(bad, "b.xml", Format::Odt).errors.empty()) ++mismatches;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches, 0);
}

TEST(Render, SeveralFormatsFromOneLayoutMatchSeparateRenders) {
  const std::string x = sample("004-ke-hoach-hai-phong.xml");
  const auto many = render(x, "h.xml", std::vector<Format>{Format::Odt, Format::Docx, Format::Text});
  ASSERT_TRUE(many.errors.empty());
  ASSERT_EQ(many.files.size(), 3u);
  EXPECT_EQ(many.files[0], render(x, "h.xml", Format::Odt).bytes);
  EXPECT_EQ(many.files[1], render(x, "h.xml", Format::Docx).bytes);
  EXPECT_EQ(many.files[2], render(x, "h.xml", Format::Text).bytes);
}

namespace {

// A PDF render whose input fails (here: not XML) returns before it waits for the
// typesetter warming on its own thread; the renderer's state must outlive that thread
// (the sanitizers' leak check caught a string the thread wrote after it was destroyed).
TEST(RenderPdf, BadInputWaitsForTheWarmingThread) {
  for (int i = 0; i < 3; ++i) {
    const RenderResult r = render("<vanban", "bad.xml", Format::Pdf);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].code, ErrorCode::NotWellFormed);
    EXPECT_TRUE(r.bytes.empty());
  }
  const RenderResult ok = render(
      "<vanban xmlns=\"urn:vanban:1\" kind=\"giay-moi\"><issuer abbr=\"LĐLĐ\">LĐLĐ quận Hải An</issuer>"
      "<number>1</number><place>Hải An</place><date>2023-07-18</date><subject>Thử</subject><body><p>Nội "
      "dung.</p></body></vanban>",
      "ok.xml", Format::Pdf);
  ASSERT_TRUE(ok.errors.empty()) << ok.errors[0].to_string();
  EXPECT_EQ(ok.bytes.rfind("%PDF-1.7", 0), 0u);
  EXPECT_TRUE(ok.warnings.empty());
}

}  // namespace
