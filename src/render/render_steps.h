// The steps of a render, shared by render() and merge: choose the house style, read
// and lay out a document, write a layout in a format.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.h"
#include "core/error.h"
#include "package/zip_writer.h"
#include "page/page.h"
#include "rules/house_style.h"

namespace vanban {

// nullopt and no errors when `style` is null (the document's own style attribute
// decides); nullopt with an error when it names nothing usable: UnknownStyle for a
// name that is not built in; for a style file that is no valid template, the
// TemplateError's code (NotWellFormed, Forbidden, Schema) at its line and column.
std::optional<rules::HouseStyle> choose_style(const StyleChoice* style, Errors& errors);

// Reads and checks `xml` (named `file` in messages) and lays it out in `style`, or the
// document's own style when none; nullopt with errors when the input is bad.
std::optional<layout::Layout> lay_out(std::string_view xml, std::string_view file,
                                      const std::optional<rules::HouseStyle>& style, Errors& errors);

// The file's bytes in `format` (not Pdf: see render/pdf_render.h).
std::string write_layout(const layout::Layout& l, Format format);

// A packaged format's parts, in package order (empty for plain text and PDF).
std::vector<package::Entry> package_parts(const layout::Layout& l, Format format);

}  // namespace vanban
