// The compressed samples of the caller's images, kept process-wide: every letter of a
// merge carries the same signature and seal, and compressing them is the dearest part
// of writing a letter. An image is recognised by its pixels (compared in full), not by
// its address.
#pragma once
#include <memory>
#include <optional>

#include "pdf/cached_stream.h"
#include "pdf/png.h"

namespace vanban::pdf {

struct ImageStreams {
  std::shared_ptr<const CachedStream> rgb;
  std::shared_ptr<const CachedStream> alpha;  // null when the image is opaque
};

// nullopt for an image whose sizes do not match its samples (it is then not drawn).
std::optional<ImageStreams> image_streams(const Image& image);

}  // namespace vanban::pdf
