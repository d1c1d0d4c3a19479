// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/run_data.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

void require_closed(const RunData& run) {
  if (!run.closed) {
    throw InputError("period " + run.period.label() + ": the payroll run is not closed; close it first (basisbaan payroll close --period " +
                     run.period.label() + ")");
  }
}

}  // namespace basisbaan
