// The body: the lines between the title (or the Kính gửi) and the signature block.
// For a kind that decides (a quyết định) the căn cứ come first, up to the formula line
// ("QUYẾT ĐỊNH:", dropped: the renderer prints it). Paragraphs before the first label
// are the preamble; the last paragraph, when it carries the end mark "./.", is the
// closing. The rest becomes sections, articles and items (import/body_builder.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "import/body_builder.h"
#include "import/line_cursor.h"
#include "model/document.h"

namespace vanban::import {

class BodyRecogniser {
 public:
  BodyRecogniser(LineCursor& lines, model::Document& doc) : lines_(lines), doc_(doc) {}

  // Reads the lines from the cursor up to `end` and leaves the cursor there.
  // `kept_as_text` (header lines that are none of its parts) open the body. Returns
  // the footnote bodies found among the lines, for binding once every block is read.
  std::vector<FootnoteBody> read(size_t end, const std::vector<std::string>& kept_as_text);

 private:
  // The formula line of a kind that decides, as the kind has it and as it is compared.
  struct Formula {
    std::string written;  // "QUYẾT ĐỊNH:"
    std::string key;
    std::string bare;  // without the colon
  };

  void read_paragraphs(std::vector<Paragraph> paras);
  size_t read_bases(const std::vector<Paragraph>& paras, const Formula& formula);
  static size_t formula_paragraph(const std::vector<Paragraph>& paras, const Formula& formula);
  void continue_basis(const Paragraph& p);
  void add_basis(const Paragraph& p, const Formula& formula);
  static std::optional<Paragraph> take_closing(std::vector<Paragraph>& paras);
  void take_preamble(std::vector<Paragraph>& paras);
  void set_closing(const Paragraph& p);

  LineCursor& lines_;
  model::Document& doc_;
};

}  // namespace vanban::import
