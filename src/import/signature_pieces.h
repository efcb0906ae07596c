// Pieces of a signature-block line that extraction ran together:
// "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH …" is an
// authority, a role, a name and the text that follows the block. The signature
// recogniser reads them in turn; the Nơi nhận list uses them to tell where a recipient
// ends and the signature begins.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vanban::import {

struct SignaturePiece {
  enum class Kind { Authority, Caps, Name, Mark, Other } kind;
  std::string prefix;  // Authority: "KT"
  std::string text;
  std::string written;  // Authority: the prefix as the source has it ("K/T", "KT.")
};

std::vector<SignaturePiece> split_signature_line(std::string_view s);

}  // namespace vanban::import
