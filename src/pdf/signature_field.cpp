#include "pdf/signature_field.h"

#include <algorithm>
#include <cmath>

#include "pdf/object_writer.h"
#include "pdf/pdf_syntax.h"

namespace vanban::pdf {

void write_signature_field(ObjectWriter& w, int num, int ordinal, const typeset::Rect& r, double height, int page) {
  auto ok = [](double v) { return std::isfinite(v) ? v : 0.0; };
  const double x = ok(r.x), width = std::max(ok(r.w), 0.0), h = std::max(ok(r.h), 0.0);
  const double y = height - ok(r.y) - h;
  const int appearance = w.reserve();
  w.stream(appearance, "/Type /XObject /Subtype /Form /BBox [0 0 " + number(width) + ' ' + number(h) + "]", "");
  // No /SigFlags in the form: 1 (SignaturesExist) is for a signed file, and this field
  // is empty.
  w.object(num, "<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature" + std::to_string(ordinal) + ") /Rect [" +
                    number(x) + ' ' + number(y) + ' ' + number(x + width) + ' ' + number(y + h) + "] /F 4 /P " +
                    ObjectWriter::ref(page) + " /AP <</N " + ObjectWriter::ref(appearance) + ">>>>");
}

}  // namespace vanban::pdf
