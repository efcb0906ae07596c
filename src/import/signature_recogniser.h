// The signature block (Decree 30 cells 7a–7c: the authority "TM. …"/"KT. …", the
// signer's role, a "(Đã ký)" mark, the name) and the Nơi nhận block beside it. The two
// come in either order, or merged line by line when extraction flattened the two-column
// layout, so they are read together: each line (or the rest of one) goes to the Nơi
// nhận list while it takes it, else it is split into signature pieces
// (import/signature_pieces.h).
#pragma once
#include <string>
#include <vector>

#include "import/line_cursor.h"
#include "import/recipients_recogniser.h"
#include "import/signature_pieces.h"
#include "model/document.h"

namespace vanban::import {

class SignatureRecogniser {
 public:
  SignatureRecogniser(LineCursor& lines, model::Document& doc, RecipientsRecogniser& recipients)
      : lines_(lines), doc_(doc), recipients_(recipients) {}

  // The first line of the blocks from `from` on (the end of the body), size() when
  // there is none: a Nơi nhận label or an authority, alone or starting a line.
  size_t find_start(size_t from) const;
  // Reads the blocks from the cursor and leaves it on the first line after them. The
  // rest of a line that ends the blocks is inserted as a line of its own there.
  void read();

 private:
  struct PiecesRead {
    bool used = false;  // some piece went into the signature
    std::string left;   // from the first piece that did not, to the end of the line
  };

  bool read_text(const std::string& s, int n, bool from_pending);
  bool read_recipient_text(const std::string& s, int n);
  PiecesRead read_pieces(const std::vector<SignaturePiece>& pieces, int n);
  std::string take_piece(const std::vector<SignaturePiece>& pieces, size_t p, int n, bool& used);
  std::string take_authority(const SignaturePiece& piece, int n, bool& used);
  std::string take_caps(const SignaturePiece& piece, int n, bool& used);
  std::string take_name(const std::vector<SignaturePiece>& pieces, size_t p, int n, bool& used);
  void hand_back(const std::string& rest, int n);

  LineCursor& lines_;
  model::Document& doc_;
  RecipientsRecogniser& recipients_;
  // While reading:
  bool in_recipients_ = false;  // a Nơi nhận label was read
  std::string pending_;         // the rest of a line, read before the next line
  size_t last_used_ = 0;        // the position after the last line either block took
};

}  // namespace vanban::import
