#include "import/recogniser.h"

#include "import/addressee_recogniser.h"
#include "import/appendix_recogniser.h"
#include "import/body_builder.h"
#include "import/body_recogniser.h"
#include "import/header_recogniser.h"
#include "import/inline_markup.h"
#include "import/line_cursor.h"
#include "import/recipients_recogniser.h"
#include "import/signature_recogniser.h"
#include "import/title_recogniser.h"

namespace vanban::import {
namespace {

// Runs the block recognisers in the order of the zones over one line cursor; each
// starts where the one before left it. Footnote bodies are gathered on the way and
// bound to their marks once every block is read, as a mark may be in any of them.
class Recogniser {
 public:
  explicit Recogniser(std::vector<SourceLine> lines) : lines_(std::move(lines)) {}

  Recognised run() {
    header_.read();
    title_.read(header_.found(), header_.run_on_subject());
    std::vector<FootnoteBody> notes = body_.read(signature_.find_start(lines_.pos()), kept_as_text_);
    if (!lines_.at_end()) signature_.read();
    std::vector<FootnoteBody> after = appendices_.read();
    notes.insert(notes.end(), after.begin(), after.end());
    bind_footnote_bodies(std::move(notes));
    // Only now is it known whether a list, a number, a date ever came.
    recipients_.keep_label_without_list();
    header_.report_after_document();
    return {std::move(doc_), lines_.take_report()};
  }

 private:
  void bind_footnote_bodies(std::vector<FootnoteBody> notes) {
    std::vector<std::vector<model::Node>*> trees{&doc_.preamble, &doc_.body, &doc_.closing};
    for (auto& a : doc_.appendices) trees.push_back(&a.content);
    // Bases hold text too: bind there through a temporary tree.
    std::vector<model::Node> bases;
    for (auto& b : doc_.bases) {
      model::Node n;
      n.text = b;
      bases.push_back(std::move(n));
    }
    trees.insert(trees.begin(), &bases);
    auto unbound = bind_footnotes(std::move(notes), trees, lines_.report());
    for (size_t j = 0; j < bases.size(); ++j) doc_.bases[j] = bases[j].text;
    for (auto& f : unbound) {
      model::Node n;
      n.text = f.text;
      n.text.insert(n.text.begin(), text_run(std::to_string(f.number) + " "));
      n.line = f.line;
      doc_.closing.push_back(std::move(n));
      lines_.note(ReportEntry::Kind::Unclassified, f.line, "footnote without a mark kept as a paragraph",
                  plain_text(f.text));
    }
  }

  LineCursor lines_;
  model::Document doc_;
  // Lines of the top of the document that are none of the header's parts, printed as
  // paragraphs before the body.
  std::vector<std::string> kept_as_text_;
  AddresseeRecogniser addressee_{lines_, doc_, kept_as_text_};
  HeaderRecogniser header_{lines_, doc_, addressee_, kept_as_text_};
  TitleRecogniser title_{lines_, doc_, addressee_};
  BodyRecogniser body_{lines_, doc_};
  RecipientsRecogniser recipients_{lines_, doc_};
  SignatureRecogniser signature_{lines_, doc_, recipients_};
  AppendixRecogniser appendices_{lines_, doc_};
};

}  // namespace

Recognised recognise(std::vector<SourceLine> lines) { return Recogniser(std::move(lines)).run(); }

}  // namespace vanban::import
