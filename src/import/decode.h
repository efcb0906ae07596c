// Bytes of a legacy text file → NFC UTF-8: the encoding is read off a byte-order mark,
// or guessed by decoding with every candidate and keeping the one whose text reads
// most like Vietnamese; Unicode text that still holds legacy-font bytes as their
// Windows-1252 images is decoded span by span (legacy_images.h); look-alike letters
// that old converters left (Ð for Đ, ƣ for ư) are repaired where the word then is
// Vietnamese.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/legacy_encodings.h"
#include "import/legacy_fonts.h"

namespace vanban::import {

struct Repair {
  int line = 0;
  std::string from, to;  // the word before and after
};

struct DecodedText {
  std::string text;  // NFC UTF-8, line ends as \n
  Encoding encoding = Encoding::Utf8;
  bool guessed = false;  // no BOM and no --encoding: chosen by score
  std::vector<Repair> repairs;
  std::vector<DecodingNote> decodings;  // legacy images found in Unicode text
};

DecodedText decode_text(std::string_view bytes, std::optional<Encoding> forced = std::nullopt);

// Words that read as Vietnamese minus words that do not, counting only words with a
// letter outside ASCII (the ones a wrong decoding changes).
long vietnamese_score(std::string_view utf8);

}  // namespace vanban::import
