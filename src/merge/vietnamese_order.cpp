#include "merge/vietnamese_order.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "text/unicode.h"

namespace vanban::merge {

struct VietnameseOrder::Impl {
  std::unique_ptr<icu::Collator> collator;
};

VietnameseOrder::VietnameseOrder() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->collator.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
  if (U_FAILURE(status) || !impl_->collator) throw std::runtime_error("ICU has no Vietnamese collation");
}

VietnameseOrder::~VietnameseOrder() = default;

std::string VietnameseOrder::key(std::string_view utf8) const {
  const icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out(64, '\0');
  int32_t n = impl_->collator->getSortKey(u, reinterpret_cast<uint8_t*>(out.data()), static_cast<int32_t>(out.size()));
  if (n > static_cast<int32_t>(out.size())) {
    out.resize(static_cast<size_t>(n));
    n = impl_->collator->getSortKey(u, reinterpret_cast<uint8_t*>(out.data()), n);
  }
  out.resize(static_cast<size_t>(n));  // ends in its 0 byte, so keys can be chained
  return out;
}

std::string VietnameseOrder::name_key(std::string_view full_name) const {
  const std::string collapsed = text::collapse_space(full_name);
  const auto words = text::words(collapsed);
  if (words.empty()) return key("");
  const std::string_view given = words.back();
  const std::string_view rest(collapsed.data(), static_cast<size_t>(given.data() - collapsed.data()));
  return key(given) + key(text::trim(rest));
}

}  // namespace vanban::merge
