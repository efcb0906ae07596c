// The sRGB ICC profile of the output intent (PDF/A needs one for DeviceRGB colours),
// a version 4.2 profile made by lcms2 at build time (generator/make_srgb_icc.cpp), Flate-compressed once.
#pragma once
#include "pdf/cached_stream.h"

namespace vanban::pdf {

const CachedStream& srgb_profile();

}  // namespace vanban::pdf
