// Sort keys for Vietnamese lists, from ICU's "vi" collation: Ă and Â after A, Đ after
// D, Ê after E, Ô and Ơ after O, Ư after U; tones differ only at the second level, in
// the order ICU's tailoring gives (pinned by tests/unit/test_merge.cpp).
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace vanban::merge {

class VietnameseOrder {
 public:
  VietnameseOrder();
  ~VietnameseOrder();
  VietnameseOrder(const VietnameseOrder&) = delete;
  VietnameseOrder& operator=(const VietnameseOrder&) = delete;

  // A byte string that compares (std::string <) as the text collates.
  std::string key(std::string_view utf8) const;
  // A person's name as Vietnamese lists order it: the given name (last word) first,
  // then the family and middle names in their order. "Nguyễn Văn An" sorts as "An |
  // Nguyễn Văn".
  std::string name_key(std::string_view full_name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban::merge
