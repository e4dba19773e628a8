#pragma once
// The signing key lives in core/ (cases sign their audit entries with it too); reports name it here.
#include "core/signingkey.h"

namespace dt::report {
using SigningKey = dt::SigningKey;
} // namespace dt::report
