#include "import/signature_recogniser.h"

#include <algorithm>

#include "import/line_text.h"
#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

bool noi_nhan_label(const std::string& s) {
  return starts_with_label(s, "Nơi nhận") || starts_with_label(s, "NƠI NHẬN");
}

}  // namespace

size_t SignatureRecogniser::find_start(size_t from) const {
  for (size_t i = from; i < lines_.size(); ++i) {
    const auto& l = lines_.at(i);
    if (l.table || l.blank()) continue;
    if (noi_nhan_label(l.plain)) return i;
    if (parse_authority(l.plain)) return i;
    // A signature line run together with others: it starts with an authority prefix.
    const auto first = text::words(std::string_view(l.plain).substr(0, 16));
    if (first.empty() || !parse_authority(std::string(first.front()) + " XX")) continue;
    const auto pieces = split_signature_line(l.plain);
    if (!pieces.empty() && pieces.front().kind == SignaturePiece::Kind::Authority) return i;
  }
  return lines_.size();
}

void SignatureRecogniser::read() {
  in_recipients_ = false;
  pending_.clear();
  last_used_ = lines_.mark();
  while (!lines_.at_end() || !pending_.empty()) {
    std::string s;
    int n = 0;
    const bool from_pending = !pending_.empty();
    if (from_pending) {
      s = std::move(pending_);
      pending_.clear();
      n = lines_.at(std::min(lines_.pos(), lines_.size()) - 1).n;
    } else {
      const auto& l = lines_.peek();
      if (l.table) break;
      lines_.advance();
      if (l.blank()) continue;
      s = l.plain;
      n = l.n;
    }
    if (!read_text(s, n, from_pending)) return;
  }
  lines_.restore(last_used_);
}

// One line, or the rest of one. False when the blocks ended there (the cursor is then
// placed after them).
bool SignatureRecogniser::read_text(const std::string& s, int n, bool from_pending) {
  if (noi_nhan_label(s)) {
    in_recipients_ = true;
    pending_ = recipients_.read_noi_nhan_label(s, n);
    last_used_ = lines_.pos();
    return true;
  }
  if (read_recipient_text(s, n)) return true;
  const PiecesRead pieces = read_pieces(split_signature_line(s), n);
  const model::Recipients& rec = doc_.recipients;
  if (!pieces.left.empty() && pieces.used) {
    pending_ = pieces.left;  // "… Nguyễn Hữu Tháp CHƯƠNG TRÌNH …": the rest starts what follows
    last_used_ = lines_.pos();
    if (!doc_.signature.signer.empty() && (!in_recipients_ || rec.has_archive || !rec.items.empty())) {
      // The blocks are over; hand the rest to what follows.
      hand_back(pending_, n);
      return false;
    }
    return true;
  }
  if (pieces.used) {
    last_used_ = lines_.pos();
    return true;
  }
  // Not part of either block: the blocks end here. A piece of a line goes back as a
  // line of its own, so what follows reads it; a whole line is given back.
  if (from_pending)
    hand_back(s, n);
  else
    lines_.restore(std::max(last_used_, lines_.pos() - 1));
  return false;
}

// The text goes to the Nơi nhận list when it takes it: true when all of it did, or
// when the rest went back to be read again.
bool SignatureRecogniser::read_recipient_text(const std::string& s, int n) {
  const model::Recipients& rec = doc_.recipients;
  if (in_recipients_ && rec.has_archive && rec.drafter.empty() && recipients_.read_drafter_line(s, n)) {
    last_used_ = lines_.pos();
    return true;
  }
  if (!in_recipients_ || rec.has_archive) return false;
  const auto leftover = recipients_.read_line(s, n);
  if (!leftover) return false;
  last_used_ = lines_.pos();
  if (leftover->empty()) return true;
  if (*leftover == s) return false;
  pending_ = *leftover;
  return true;
}

// ---- signature pieces -----------------------------------------------------------

SignatureRecogniser::PiecesRead SignatureRecogniser::read_pieces(const std::vector<SignaturePiece>& pieces, int n) {
  PiecesRead read;
  for (size_t p = 0; p < pieces.size(); ++p) {
    if (!read.left.empty()) {
      read.left += " " + pieces[p].text;
      continue;
    }
    read.left = take_piece(pieces, p, n, read.used);
  }
  return read;
}

// Takes piece `p` into the signature (and sets `used`) or returns its text as the
// start of what is left.
std::string SignatureRecogniser::take_piece(const std::vector<SignaturePiece>& pieces, size_t p, int n, bool& used) {
  const SignaturePiece& piece = pieces[p];
  switch (piece.kind) {
    case SignaturePiece::Kind::Authority:
      return take_authority(piece, n, used);
    case SignaturePiece::Kind::Caps:
      return take_caps(piece, n, used);
    case SignaturePiece::Kind::Mark:
      doc_.signature.mark = piece.text;
      doc_.signature.present = used = true;
      return {};
    case SignaturePiece::Kind::Name:
      return take_name(pieces, p, n, used);
    case SignaturePiece::Kind::Other:
      return piece.text;
  }
  return {};
}

std::string SignatureRecogniser::take_authority(const SignaturePiece& piece, int n, bool& used) {
  model::Signature& sig = doc_.signature;
  if (!sig.signer.empty()) return (piece.prefix + ". ") + piece.text;
  std::string of = piece.text;
  // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the role run on.
  const size_t pho = of.find(" PHÓ ");
  if (pho != std::string::npos && piece.prefix == "KT") {
    sig.role = of.substr(pho + 1);
    of = of.substr(0, pho);
  }
  sig.authorities.push_back({piece.prefix, of});
  sig.present = used = true;
  lines_.note(ReportEntry::Kind::Recognised, n, "signature authority " + piece.prefix, piece.text);
  // "K/T" is printed "KT." as Decree 30 writes it.
  if (strip_end(piece.written, ".") != piece.prefix)
    lines_.note(ReportEntry::Kind::Repaired, n, "authority prefix", piece.written + " → " + piece.prefix + ".");
  return {};
}

std::string SignatureRecogniser::take_caps(const SignaturePiece& piece, int n, bool& used) {
  model::Signature& sig = doc_.signature;
  if (!sig.signer.empty()) return piece.text;
  if (!sig.authorities.empty() && sig.role.empty() &&
      (sig.authorities.back().of.ends_with("NHÂN") || sig.authorities.back().of.ends_with(","))) {
    // An authority wrapped onto the next line ("TM. ỦY BAN NHÂN" / "DÂN TỈNH").
    sig.authorities.back().of += " " + piece.text;
  } else if (sig.role.empty()) {
    sig.role = piece.text;
    lines_.note(ReportEntry::Kind::Recognised, n, "signer's role", piece.text);
  } else {
    sig.role += " " + piece.text;
  }
  sig.present = used = true;
  return {};
}

std::string SignatureRecogniser::take_name(const std::vector<SignaturePiece>& pieces, size_t p, int n, bool& used) {
  model::Signature& sig = doc_.signature;
  model::Recipients& rec = doc_.recipients;
  const SignaturePiece& piece = pieces[p];
  const bool later_caps = std::any_of(pieces.begin() + static_cast<long>(p) + 1, pieces.end(),
                                      [](const SignaturePiece& q) { return q.kind == SignaturePiece::Kind::Caps; });
  if (!sig.signer.empty() || (later_caps && sig.role.empty())) {
    // A stray name before the role (a drafter's name run on): kept with the archive line.
    if (sig.signer.empty() && rec.has_archive) {
      rec.archive += " " + piece.text;
      lines_.note(ReportEntry::Kind::Unclassified, n, "name before the signature kept in the Lưu line", piece.text);
      used = true;
      return {};
    }
    return piece.text;
  }
  // A name alone on a line, with nothing of a signature before it, is text.
  if (sig.role.empty() && sig.authorities.empty() && !in_recipients_ && pieces.size() == 1 && !sig.present)
    return piece.text;
  sig.signer = piece.text;
  sig.present = used = true;
  lines_.note(ReportEntry::Kind::Recognised, n, "signer", piece.text);
  return {};
}

// The rest of a line that ended the blocks becomes a line of its own at the cursor.
void SignatureRecogniser::hand_back(const std::string& rest, int n) {
  // "… TÌNH HÌNH MỚI” (Ban hành kèm theo Quyết định …)": an appendix title and its
  // reference line, run together.
  std::vector<std::string> parts{rest};
  for (std::string_view ref : {" (Ban hành kèm theo", " (ban hành kèm theo", " (Kèm theo", " (kèm theo"})
    if (const size_t p = rest.find(ref); p != std::string::npos) {
      parts = {rest.substr(0, p), rest.substr(p + 1)};
      break;
    }
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    SourceLine l;
    l.n = n;
    l.raw = *it;
    l.plain = *it;
    lines_.insert(lines_.pos(), l);
  }
}

}  // namespace vanban::import
