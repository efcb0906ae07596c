// The model written back as vanban XML (the inverse of xml_reader): what `vanban
// import` produces. Indented for people who edit it; inside mixed content nothing is
// added, so reading the output gives back the same model.
#pragma once
#include <string>

#include "model/document.h"

namespace vanban::input {

std::string write_document_xml(const model::Document& d);

}  // namespace vanban::input
