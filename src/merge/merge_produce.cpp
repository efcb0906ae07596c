#include "merge/merge_produce.h"

#include "core/fault.h"
#include "package/atomic_file.h"
#include "render/render_steps.h"

namespace vanban::merge {

Error row_error(const TableSource& source, const Record& r, ErrorCode code, const std::string& message) {
  return {code, source.file(), static_cast<int>(r.line), 0, "row " + std::to_string(r.row) + ": " + message};
}

Letter LetterMaker::make(const Job& job) {
  const Record& r = job.record;
  fault::point("merge.row", std::to_string(r.row));
  auto failed = [&](ErrorCode code, const std::string& message, Letter::Outcome outcome = Letter::Outcome::Failed) {
    Letter f;
    f.outcome = outcome;
    f.error = row_error(*p_.source, r, code, message);
    return f;
  };
  std::vector<std::string> problems = r.problems;
  const std::string xml =
      problems.empty() ? p_.letter.fill({&r.cells, std::to_string(r.row), std::to_string(job.seq)}, problems) : "";
  if (!problems.empty()) {
    std::string all;
    for (const auto& p : problems) all += (all.empty() ? "" : "; ") + p;
    return failed(ErrorCode::Row, all);
  }
  Errors errors;
  auto l = lay_out(xml, o_.template_path, p_.style, errors);
  // The filled letter failed a check: its code says which (schema, bad-date…).
  if (!l)
    return failed(errors.empty() ? ErrorCode::Internal : errors.front().code,
                  errors.empty() ? "cannot be laid out" : errors.front().to_string());
  Letter letter;
  if (!o_.single_path.empty()) {
    letter.outcome = Letter::Outcome::Kept;
    letter.layout = std::move(l);
    return letter;
  }
  const std::string path = o_.out_dir + "/" + job.name + "." + format_extension(o_.format);
  // A write that fails is not the row's fault: a full disk or a folder gone read-only
  // fails every later letter too, so the run stops (letters already written are whole).
  std::string bytes;
  if (o_.format == Format::Pdf) {
    auto pdf = p_.pdf->write(*l, path, errors, &letter.warnings);
    if (!pdf) return failed(errors.front().code, errors.front().to_string());
    bytes = std::move(*pdf);
  } else {
    bytes = writer_.package(*l);
  }
  if (const std::string why = package::write_atomically(path, bytes, false); !why.empty())
    return failed(ErrorCode::Io, why, Letter::Outcome::OutputFailed);
  letter.outcome = Letter::Outcome::Written;
  return letter;
}

}  // namespace vanban::merge
