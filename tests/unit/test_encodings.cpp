// Legacy encodings: tables, detection, exact round trips on real document text, NFC,
// and the look-alike repair.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "import/decode.h"
#include "import/legacy_encodings.h"
#include "import/syllables.h"
#include "text/unicode.h"

using namespace vanban::import;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Real text: the words of a sample (tags removed), always in the repository.
std::string sample_text() {
  std::string xml = read(std::string(VANBAN_SOURCE_DIR) + "/samples/003-ke-hoach-kon-tum.xml");
  xml = std::regex_replace(xml, std::regex("<[^>]*>"), "\n");
  xml = std::regex_replace(xml, std::regex("&[a-z]+;"), " ");
  xml = std::regex_replace(xml, std::regex("\n[ \t\n]*"), "\n");
  return xml;
}

// The seeds too, when ../shared is there.
std::vector<std::string> texts() {
  std::vector<std::string> out{sample_text()};
  const std::filesystem::path seeds = std::filesystem::path(VANBAN_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (std::filesystem::exists(seeds))
    for (const auto& e : std::filesystem::directory_iterator(seeds))
      if (e.path().extension() == ".txt") out.push_back(vanban::text::nfc(read(e.path().string())));
  return out;
}

// TCVN3 has no curly quotes or dashes beyond ASCII: typeset text is simplified first.
std::string tcvn3_safe(std::string s) {
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"“", "\""}, {"”", "\""}, {"‘", "'"}, {"’", "'"}, {"–", "-"}, {"…", "..."}, {"\u00A0", " "}})
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
      s.replace(p, from.size(), to);
  return s;
}

}  // namespace

TEST(Encodings, TablesHaveEveryVietnameseLetter) {
  // 67 marked lower-case letters and their capitals (đ, ă, â, ê, ô, ơ, ư and the tones).
  const std::string letters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
  const std::string all = letters + vanban::text::upper_vi(letters);
  for (Encoding e : {Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258}) {
    const std::string bytes = encode_text(all, e);
    EXPECT_EQ(bytes.find('?'), std::string::npos) << encoding_name(e);
    EXPECT_EQ(vanban::text::nfc(decode_bytes(bytes, e)), all) << encoding_name(e);
  }
}

TEST(Encodings, KnownCodes) {
  // Spot checks against the published tables.
  EXPECT_EQ(encode_text("á", Encoding::Tcvn3), "\xB8");
  EXPECT_EQ(encode_text("ư", Encoding::Tcvn3), "\xAD");
  EXPECT_EQ(encode_text("Đ", Encoding::Tcvn3), "\xA7");
  EXPECT_EQ(encode_text("Mường", Encoding::Tcvn3), "M\xAD\xEAng");
  EXPECT_EQ(encode_text("chào các bạn", Encoding::Vni), "cha\xF8o ca\xF9\x63 ba\xEFn");
  EXPECT_EQ(encode_text("Đường", Encoding::Vni), "\xD1\xF6\xF4\xF8ng");
  EXPECT_EQ(encode_text("ỵ Ỵ", Encoding::Vni), "\xEE \xCE");
  // Windows-1258: base letter, then the tone as a combining mark (0xEC acute).
  EXPECT_EQ(encode_text("ế", Encoding::Windows1258), "\xEA\xEC");
}

TEST(Encodings, DetectedAndDecodedExactly) {
  for (const std::string& text : texts()) {
    const std::string expected = vanban::text::nfc(text);
    for (Encoding e : {Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258}) {
      const std::string source = e == Encoding::Tcvn3 ? tcvn3_safe(expected) : expected;
      const std::string bytes = encode_text(source, e);
      ASSERT_EQ(bytes.find('?'), std::string::npos) << encoding_name(e);
      const DecodedText d = decode_text(bytes);
      EXPECT_TRUE(d.guessed);
      EXPECT_EQ(d.encoding, e) << "detected " << encoding_name(d.encoding) << " for " << encoding_name(e);
      EXPECT_EQ(d.text, source) << encoding_name(e);
    }
  }
}

TEST(Encodings, UnicodeFormsAndMarks) {
  const std::string text = vanban::text::nfc("Liên đoàn Lao động tỉnh Ninh Thuận\nKẾ HOẠCH\n");
  // NFD (and a mixture) → NFC.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string decomposed;
  nfd->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(decomposed);
  ASSERT_NE(decomposed, text);
  EXPECT_EQ(decode_text(decomposed).text, text);
  EXPECT_EQ(decode_text(decomposed.substr(0, 10) + text.substr(text.size() / 2)).text,
            vanban::text::nfc(decomposed.substr(0, 10) + text.substr(text.size() / 2)));
  // BOMs: UTF-8, UTF-16 both ways; CRLF line ends.
  EXPECT_EQ(decode_text("\xEF\xBB\xBF" + text).text, text);
  const DecodedText le = decode_text("\xFF\xFE" + encode_text(text, Encoding::Utf16Le));
  EXPECT_EQ(le.encoding, Encoding::Utf16Le);
  EXPECT_EQ(le.text, text);
  EXPECT_EQ(decode_text("\xFE\xFF" + encode_text(text, Encoding::Utf16Be)).text, text);
  EXPECT_EQ(decode_text("a\r\nb\rc\n").text, "a\nb\nc\n");
  // A forced encoding is used as given.
  EXPECT_EQ(decode_text(encode_text(text, Encoding::Vni), Encoding::Vni).text, text);
}

TEST(Encodings, LookAlikesRepairedInVietnameseWordsOnly) {
  const DecodedText d = decode_text("Ðồng Nai, ngƣời lao động, NGƢỜI, Guðmundur\n");
  EXPECT_EQ(d.text, "Đồng Nai, người lao động, NGƯỜI, Guðmundur\n");
  ASSERT_EQ(d.repairs.size(), 3u);
  EXPECT_EQ(d.repairs[0].from, "Ðồng");
  EXPECT_EQ(d.repairs[0].to, "Đồng");
  EXPECT_EQ(d.repairs[0].line, 1);
}

TEST(Syllables, ValidAndInvalid) {
  for (const char* w : {"người", "Nghiêng", "khuyến", "quốc", "gì", "giữa", "Đồng", "hoà", "hòa", "ươm", "TRƯỜNG", "a"})
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
  for (const char* w : {"Guðmundur", "Ho¹ch", "ă", "strength", "bcd", "àá", "thứcc", "ăê"})
    EXPECT_FALSE(is_vietnamese_syllable(w)) << w;
  EXPECT_GT(vietnamese_score("Kế hoạch tổ chức Hội nghị"), 0);
  EXPECT_LT(vietnamese_score("KÕ ho¹ch tæ chøc Héi nghÞ"), 0);
}

TEST(Syllables, SpellingRulesTellImagesFromText) {
  // Legacy images that the looser rules took for syllables.
  for (const char* w :
       {"Céng", "héi", "víi", "nhaân", "ñy", "sãc", "trùc", "kiÕn", "vôùi", "gôõ", "laõnh", "KEÁ", "lak", "lẫk"})
    EXPECT_FALSE(is_vietnamese_syllable(w)) << w;
  for (const char* w : {"Kạn", "xoong", "khuỷu", "quyết", "ươm",   "giường", "thuở",  "khuya", "ngoẻo", "huỳnh", "oanh",
                        "yêu", "kẻng",  "gì",    "giếng", "nghĩa", "quý",    "chẳng", "uống",  "Ước",   "Đắk",   "Lắk"})
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
}
