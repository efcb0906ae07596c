#include "import/signature_pieces.h"

#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

bool title_word(std::string_view w) {
  std::string letters;
  for (char c : w)
    if (c != ',' && c != '.' && c != ';') letters += c;
  return !letters.empty() && starts_upper(letters) && !is_caps(letters) && looks_like_name(letters + " " + letters);
}

// The word is an authority prefix and nothing more: "KT.", "K/T", not "KT.ỐỐỐ", whose
// glued text would be lost.
bool prefix_word(std::string_view w, const std::string& id) {
  std::string letters;
  for (char c : w)
    if (c != '.' && c != '/') letters += c;
  return letters == id;
}

bool authority_word(std::string_view w) { return parse_authority(std::string(w) + " XX").has_value(); }

// Walks the words of one line, taking the longest piece that starts at each.
class SignatureLineSplitter {
 public:
  explicit SignatureLineSplitter(std::string_view s) : s_(s), words_(text::words(s)) {}

  std::vector<SignaturePiece> split() {
    while (i_ < words_.size()) {
      if (take_mark() || take_authority() || take_caps() || take_title_words()) continue;
      take_other();
    }
    return std::move(out_);
  }

 private:
  std::string text_of(size_t a, size_t b) const {
    return std::string(s_.substr(static_cast<size_t>(words_[a].data() - s_.data()),
                                 static_cast<size_t>(words_[b - 1].data() + words_[b - 1].size() - words_[a].data())));
  }
  // The end of the words in capitals from `j` on, up to another authority prefix.
  size_t caps_run_end(size_t j) const {
    while (j < words_.size() && is_caps(words_[j]) && !authority_word(words_[j])) ++j;
    return j;
  }
  void push(SignaturePiece::Kind kind, std::string prefix, std::string text, std::string written, size_t next) {
    out_.push_back({kind, std::move(prefix), std::move(text), std::move(written)});
    i_ = next;
  }

  // "(Đã ký …)"
  bool take_mark() {
    const std::string_view w = words_[i_];
    if (w.empty() || w.front() != '(') return false;
    size_t j = i_;
    while (j < words_.size() && j - i_ < 8 && words_[j].back() != ')') ++j;
    if (j >= words_.size() || !is_signature_mark(text_of(i_, j + 1))) return false;
    push(SignaturePiece::Kind::Mark, "", text_of(i_, j + 1), "", j + 1);
    return true;
  }
  bool take_authority() {
    const std::string_view w = words_[i_];
    const auto a = parse_authority(std::string(w) + " XX");
    if (!a || !prefix_word(w, a->first)) return false;
    const size_t j = caps_run_end(i_ + 1);
    if (j <= i_ + 1) return false;
    push(SignaturePiece::Kind::Authority, a->first, text_of(i_ + 1, j), std::string(w), j);
    return true;
  }
  bool take_caps() {
    if (!is_caps(words_[i_])) return false;
    // At least this word: a prefix with nothing after it ("TM.") is caps text too.
    const size_t j = caps_run_end(i_ + 1);
    push(SignaturePiece::Kind::Caps, "", text_of(i_, j), "", j);
    return true;
  }
  bool take_title_words() {
    if (!title_word(words_[i_])) return false;
    size_t j = i_;
    while (j < words_.size() && j - i_ < 6 && title_word(words_[j])) ++j;
    const std::string t = text_of(i_, j);
    push(looks_like_name(t) ? SignaturePiece::Kind::Name : SignaturePiece::Kind::Other, "", t, "", j);
    return true;
  }
  void take_other() {
    size_t j = i_ + 1;
    while (j < words_.size() && !is_caps(words_[j]) && !title_word(words_[j])) ++j;
    push(SignaturePiece::Kind::Other, "", text_of(i_, j), "", j);
  }

  std::string_view s_;
  std::vector<std::string_view> words_;
  size_t i_ = 0;
  std::vector<SignaturePiece> out_;
};

}  // namespace

std::vector<SignaturePiece> split_signature_line(std::string_view s) { return SignatureLineSplitter(s).split(); }

}  // namespace vanban::import
