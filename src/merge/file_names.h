// Output file names from data: safe on Linux, Windows and macOS shares, and unique.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vanban::merge {

// `wanted` as one safe path component: NFC; path separators, reserved characters
// (\ / : * ? " < > |) and control characters become "_"; bidirectional controls are
// dropped (they disguise extensions); white space runs become one space; dot runs one
// dot; no leading or trailing dot or space; a Windows device name (CON, NUL, COM1…)
// gets a leading "_"; at most `max_bytes` of UTF-8, cut between characters. "" when
// nothing is left.
std::string safe_file_name(std::string_view wanted, size_t max_bytes);

// Hands out unique names, compared case-insensitively (Windows and macOS file systems
// fold case): the second "An" becomes "An-2", the third "An-3". Keeps 8 bytes of hash
// per name, not the names.
class UniqueNames {
 public:
  std::string take(const std::string& name);

 private:
  bool used(const std::string& name) const;
  std::unordered_map<uint64_t, int> seen_;  // folded-name hash → suffixes handed out
};

}  // namespace vanban::merge
