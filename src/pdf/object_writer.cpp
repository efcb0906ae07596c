#include "pdf/object_writer.h"

#include <cstdio>
#include <stdexcept>

namespace vanban::pdf {

ObjectWriter::ObjectWriter(size_t expected_size) {
  out_.reserve(expected_size + 4096);
  // The binary comment line tells transfer tools the file is binary (PDF/A requires
  // four bytes over 127 there).
  out_ = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
}

int ObjectWriter::reserve() {
  offsets_.push_back(std::string::npos);
  return static_cast<int>(offsets_.size());
}

void ObjectWriter::start(int num) {
  if (num < 1 || static_cast<size_t>(num) > offsets_.size() ||
      offsets_[static_cast<size_t>(num) - 1] != std::string::npos)
    throw std::logic_error("PDF object " + std::to_string(num) + " not reserved or written twice");
  offsets_[static_cast<size_t>(num) - 1] = out_.size();
  out_ += std::to_string(num);
  out_ += " 0 obj\n";
}

void ObjectWriter::object(int num, std::string_view body) {
  start(num);
  out_ += body;
  out_ += "\nendobj\n";
}

void ObjectWriter::hash_pending() {
  digest_.add(std::string_view(out_).substr(hashed_));
  hashed_ = out_.size();
}

void ObjectWriter::stream(int num, std::string_view dict, std::string_view data, const Digest* known) {
  start(num);
  out_ += "<<";
  out_ += dict;
  out_ += " /Length ";
  out_ += std::to_string(data.size());
  out_ += ">>\nstream\n";
  if (known) {
    hash_pending();
    const std::string h = known->hex();
    digest_.add(h);
    out_ += data;
    hashed_ = out_.size();
  } else {
    out_ += data;
  }
  out_ += "\nendstream\nendobj\n";
}

std::string ObjectWriter::finish(int root, int info) {
  for (size_t i = 0; i < offsets_.size(); ++i)
    if (offsets_[i] == std::string::npos)
      throw std::logic_error("PDF object " + std::to_string(i + 1) + " reserved but not written");
  hash_pending();
  const std::string id = digest_.hex();
  const size_t xref = out_.size();
  out_ += "xref\n0 " + std::to_string(offsets_.size() + 1) + "\n";
  // Each entry is exactly 20 bytes, ending in space + LF.
  out_ += "0000000000 65535 f \n";
  char entry[32];
  for (size_t off : offsets_) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    out_ += entry;
  }
  out_ += "trailer\n<</Size " + std::to_string(offsets_.size() + 1) + " /Root " + ref(root);
  if (info) out_ += " /Info " + ref(info);
  out_ += " /ID [<" + id + "> <" + id + ">]>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return std::move(out_);
}

}  // namespace vanban::pdf
