// Legacy-font bytes in Unicode text (legacy_images.h): a .txt saved from a .VnTime or
// VNI-Times document holds the Windows-1252 images of the bytes. Exact decodings,
// mixed lines, and Unicode that must never change (on every seed and corpus text).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "api/import.h"
#include "import/decode.h"
#include "import/legacy_encodings.h"
#include "import/legacy_images.h"
#include "import/syllables.h"
#include "text/unicode.h"

using namespace vanban::import;

namespace {

std::string decoded(std::string_view s) { return decode_legacy_images(s).text; }

std::string utf8_of(char32_t c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  return std::string(buf, static_cast<size_t>(n));
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The shared seeds and corpus (../shared), when they are there.
std::vector<std::filesystem::path> shared_texts() {
  std::vector<std::filesystem::path> out;
  const std::filesystem::path shared = std::filesystem::path(VANBAN_SOURCE_DIR) / ".." / "shared";
  for (const char* dir : {"seeds", "corpus"})
    if (std::filesystem::exists(shared / dir))
      for (const auto& e : std::filesystem::directory_iterator(shared / dir))
        if (e.path().extension() == ".txt") out.push_back(e.path());
  return out;
}

// Bytes as a Windows-1252 text shows them (what Word saves from a legacy-font run).
std::string image_of(std::string_view bytes) {
  static const std::array<std::string, 256> images = [] {
    std::array<std::string, 256> t;
    // From the top, so that 0x80-0x9F are € ‚ ƒ … rather than the C1 controls.
    for (char32_t c = 0x2200; c-- > 1;)
      if (const auto b = legacy_byte(c); b && t[*b].empty()) t[*b] = utf8_of(c);
    return t;
  }();
  std::string out;
  for (unsigned char b : bytes) out += b == 0 ? std::string(1, '\0') : images[b];
  return out;
}

}  // namespace

TEST(LegacyImages, EachTableDecodedExactly) {
  // "Kế hoạch tổ chức hội nghị đối thoại với công nhân" typed in each encoding's font
  // and saved as Unicode text: the Windows-1252 images of the bytes.
  const std::string want = "Kế hoạch tổ chức hội nghị đối thoại với công nhân";
  EXPECT_EQ(decoded("KÕ ho¹ch tæ chøc héi nghÞ ®èi tho¹i víi c«ng nh©n"), want);            // TCVN3
  EXPECT_EQ(decoded("Keá hoaïch toå chöùc hoäi nghò ñoái thoaïi vôùi coâng nhaân"), want);  // VNI
  EXPECT_EQ(decoded("Kª hoÕch t± chÑc hµi ngh¸ ð¯i thoÕi v¾i công nhân"), want);            // VISCII
  EXPECT_EQ(decoded("K‰ hoåch t° chÙc h¶i nghÎ ÇÓi thoåi v§i công nhân"), want);            // VPS
  EXPECT_EQ(decoded("Kêì hoaòch tôÒ chýìc hôòi nghiò ðôìi thoaòi võìi công nhân"), want);   // Windows-1258
  // A symbol-charset font: the bytes as U+F020-U+F0FF.
  EXPECT_EQ(decoded("\uF04B\uF0D5 \uF068\uF06F\uF0B9\uF063\uF068 \uF074\uF0E6 \uF063\uF068\uF0F8\uF063"),
            "Kế hoạch tổ chức");
}

TEST(LegacyImages, RealDocumentsLines) {
  // As LibreOffice saves ../shared/legacy/*.doc as UTF-8 text.
  EXPECT_EQ(decoded("UÛY BAN NHAÂN DAÂN         \tCOÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"),
            "ỦY BAN NHÂN DÂN         \tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(decoded("  Soá: 991/QÑ-UBND                   Ñoàng Xoaøi, ngaøy 14 thaùng5 naêm 2008"),
            "  Số: 991/QĐ-UBND                   Đồng Xoài, ngày 14 tháng5 năm 2008");
  // TCVN3; the first line is in a capitals-only font (.VnTimeH), whose lower-case
  // codes read in lower case without the font.
  EXPECT_EQ(decoded("ñy ban nh©n d©n\nCéng hßa x· héi chñ nghÜa viÖt nam\n§éc lËp - Tù do - H¹nh phóc"),
            "ủy ban nhân dân\nCộng hòa xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc");
}

TEST(LegacyImages, MixedWithUnicodeOnOneLine) {
  EXPECT_EQ(decoded("Cộng hòa xã hội chñ nghÜa viÖt nam"), "Cộng hòa xã hội chủ nghĩa việt nam");
  EXPECT_EQ(decoded("Số: 12/QĐ-UBND ngµy 12 th¸ng 5 n¨m 2008"), "Số: 12/QĐ-UBND ngày 12 tháng 5 năm 2008");
  // A number glued on ("thaùng5") does not hide the word.
  EXPECT_EQ(decoded("UÛY BAN NHAÂN DAÂN\n14 thaùng5 naêm 2008"), "ỦY BAN NHÂN DÂN\n14 tháng5 năm 2008");
  // "tháng" next to Unicode "năm" may be Unicode itself: it stays. "ngµy" alone is
  // one word: it is decoded only when a clearer span found TCVN3 in the same text.
  EXPECT_EQ(decoded("Hà Nội, ngµy 05 tháng năm 2019"), "Hà Nội, ngµy 05 tháng năm 2019");
  EXPECT_EQ(decoded("Céng hßa x· héi chñ nghÜa viÖt nam\nHà Nội, ngµy 05 tháng năm 2019"),
            "Cộng hòa xã hội chủ nghĩa việt nam\nHà Nội, ngày 05 tháng năm 2019");
  // A TCVN3 line and a VNI line in one text, Unicode between.
  EXPECT_EQ(decoded("Céng hßa x· héi\nNguyễn Văn Á\nUÛY BAN NHAÂN DAÂN"),
            "Cộng hòa xã hội\nNguyễn Văn Á\nỦY BAN NHÂN DÂN");
}

TEST(LegacyImages, NotesOneALineAndTable) {
  const auto r = decode_legacy_images("Céng hßa x· héi chñ nghÜa viÖt nam\nNguyễn Văn Á\nngµy 12 th¸ng 5 n¨m 2008");
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_EQ(r.notes[0].line, 1);
  EXPECT_EQ(r.notes[0].how, "detected tcvn3 in Windows-1252 image (score 7 vs -7)");
  EXPECT_EQ(r.notes[0].text, "Cộng hòa xã hội chủ nghĩa việt nam");
  EXPECT_EQ(r.notes[1].line, 3);
  EXPECT_EQ(r.notes[1].how, "detected tcvn3 in Windows-1252 image (score 3 vs -3)");
  const auto s = decode_legacy_images("\uF04B\uF0D5 \uF068\uF06F\uF0B9\uF063\uF068");
  ASSERT_EQ(s.notes.size(), 1u);
  EXPECT_EQ(s.notes[0].how, "detected tcvn3 in U+F0xx (symbol font) image (score 2 vs -2)");
}

TEST(LegacyImages, UnicodeUntouched) {
  for (const char* s : {"Café",
                        "Nguyễn Văn Á",
                        "hòa và các",
                        "Hòa và các bạn uống Café ở Besançon",
                        "Müller",
                        "José Martí",
                        "François",
                        "Straße",
                        "ça va",
                        "El Niño",
                        "Zürich",
                        "Noël",
                        "à la carte",
                        "Ông Bà",
                        "Tô Thị Ý",
                        "Lê Văn Tám",
                        "m² × 2 ± 0,5 °C",
                        "§ 3 – «trích» …",
                        "• Nội dung",
                        "\uF0B7 Tăng cường",
                        "\uF0B7 Nâng cao chất lượng",
                        "Ðồng Nai",
                        "LÐLÐ"}) {
    EXPECT_EQ(decoded(s), s) << s;
    EXPECT_TRUE(decode_legacy_images(s).notes.empty()) << s;
  }
  // Nor in a text where TCVN3 was found elsewhere.
  const std::string mixed = "Céng hßa x· héi chñ nghÜa viÖt nam\n";
  for (const char* s : {"Café", "Nguyễn Văn Á", "hòa và các", "Müller", "José", "ça va", "El Niño"})
    EXPECT_EQ(decoded(mixed + s), "Cộng hòa xã hội chủ nghĩa việt nam\n" + std::string(s)) << s;
}

TEST(LegacyImages, AllImagesTextDecodedWhole) {
  // A text with no word that is surely Unicode is all legacy: "Phô lôc" reads as
  // Vietnamese as it is, yet is TCVN3 for "Phụ lục".
  EXPECT_EQ(decoded("Céng hßa x· héi chñ nghÜa viÖt nam\nPhô lôc"), "Cộng hòa xã hội chủ nghĩa việt nam\nPhụ lục");
  // With Unicode words in the text, it may be Unicode: it stays.
  EXPECT_EQ(decoded("Céng hßa x· héi chñ nghÜa viÖt nam\nPhô lôc của Nghị định"),
            "Cộng hòa xã hội chủ nghĩa việt nam\nPhô lôc của Nghị định");
}

TEST(LegacyImages, KeptWordsStayAndEndSpans) {
  // "và" was decoded from its font already (flagged): decoding it again would give "vỔ".
  const std::string text = "và ngµy th¸ng";
  std::vector<bool> keep(text.size(), false);
  for (size_t i = 0; i < std::string("và").size(); ++i) keep[i] = true;
  EXPECT_EQ(decode_legacy_images(text, keep).text, "và ngày tháng");
}

TEST(LegacyImages, QuickCheck) {
  EXPECT_FALSE(may_hold_legacy_images("Cộng hòa xã hội chủ nghĩa Việt Nam – “Độc lập” …"));
  EXPECT_FALSE(may_hold_legacy_images("plain ASCII"));
  EXPECT_TRUE(may_hold_legacy_images("ngµy"));
  EXPECT_TRUE(may_hold_legacy_images("\uF061"));
  // VNI whose letters are all ones Vietnamese uses (ù, ê) is not searched on its own:
  // such a text with no other sign of an image stays as it is.
  EXPECT_FALSE(may_hold_legacy_images("14 thaùng5 naêm 2008"));
  EXPECT_EQ(decoded("14 thaùng5 naêm 2008"), "14 thaùng5 naêm 2008");
}

TEST(LegacyImages, SharedTextsUnchanged) {
  const auto files = shared_texts();
  if (files.empty()) GTEST_SKIP() << "../shared not found";
  long changed = 0;
  for (const auto& f : files) {
    const std::string text = vanban::text::nfc(read(f));
    const auto r = decode_legacy_images(text);
    changed += r.text != text;
    EXPECT_EQ(r.text, text) << f;
    EXPECT_TRUE(r.notes.empty()) << f << ": " << (r.notes.empty() ? "" : r.notes[0].how + ": " + r.notes[0].text);
  }
  EXPECT_EQ(changed, 0);
  EXPECT_EQ(files.size(), 22u);
}

TEST(LegacyImages, SharedTextsRecoveredFromImages) {
  // Each shared text typed in each legacy font and saved as Unicode text: the words
  // (with a letter outside ASCII) that come back as the table holds them, per file.
  const auto files = shared_texts();
  if (files.empty()) GTEST_SKIP() << "../shared not found";
  const std::vector<std::pair<Encoding, double>> floors{{Encoding::Tcvn3, 0.994},
                                                        {Encoding::Vni, 0.999},
                                                        {Encoding::Viscii, 0.998},
                                                        {Encoding::Vps, 0.985},
                                                        {Encoding::Windows1258, 0.999}};
  for (const auto& [e, floor] : floors) {
    long words = 0, right = 0;
    for (const auto& f : files) {
      const std::string bytes = encode_text(vanban::text::nfc(read(f)), e);
      const std::string got_text = decoded(image_of(bytes));
      const auto got = vanban::text::words(got_text);
      const std::string want_text = vanban::text::nfc(decode_bytes(bytes, e));
      const auto want = vanban::text::words(want_text);
      ASSERT_EQ(got.size(), want.size()) << f;
      for (size_t k = 0; k < want.size(); ++k)
        if (has_non_ascii(want[k])) {
          ++words;
          right += got[k] == want[k];
        }
    }
    std::printf("%s: %ld of %ld words\n", encoding_name(e), right, words);
    EXPECT_GE(static_cast<double>(right), floor * static_cast<double>(words)) << encoding_name(e);
  }
}

TEST(LegacyImages, DecodeTextUsesIt) {
  const DecodedText d = decode_text("Céng hßa x· héi chñ nghÜa viÖt nam\r\nNguyễn Văn Á");
  EXPECT_EQ(d.encoding, Encoding::Utf8);
  EXPECT_EQ(d.text, "Cộng hòa xã hội chủ nghĩa việt nam\nNguyễn Văn Á");
  ASSERT_EQ(d.decodings.size(), 1u);
  EXPECT_EQ(d.decodings[0].line, 1);
  // UTF-16 too.
  const std::string u16 = encode_text("\uFEFFngµy 12 th¸ng 5", Encoding::Utf16Le);
  EXPECT_EQ(decode_text(u16).text, "ngày 12 tháng 5");
  // Legacy bytes are decoded by their table, never twice.
  EXPECT_EQ(decode_text(encode_text("Cộng hòa xã hội chủ nghĩa", Encoding::Tcvn3)).text, "Cộng hòa xã hội chủ nghĩa");
}

TEST(LegacyImages, ImportReportsDecodedLines) {
  const auto r = vanban::import_document("UBND TØNH AN GIANG\nC«ng v¨n vÒ viÖc tæ chøc héi nghÞ\n", "x.txt");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_NE(r.text.find("Công văn về việc tổ chức hội nghị"), std::string::npos);
  int decoded_lines = 0;
  for (const auto& n : r.report)
    if (n.kind == "decoded") {
      ++decoded_lines;
      EXPECT_TRUE(n.what.starts_with("detected tcvn3 in Windows-1252 image")) << n.to_string();
    }
  EXPECT_EQ(decoded_lines, 2);
}
