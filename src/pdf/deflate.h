// Flate (zlib) compression of the file's streams, at one fixed level so that the same
// bytes always compress to the same bytes.
#pragma once
#include <string>
#include <string_view>

namespace vanban::pdf {

std::string deflate(std::string_view data);

}  // namespace vanban::pdf
