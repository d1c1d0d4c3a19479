// SPDX-License-Identifier: EUPL-1.2
// Compiled by CTest (tests/CMakeLists.txt, compile_line_text_*): with BASISBAAN_COMPILE_FAIL
// undefined this must compile (a string literal, a constexpr array); with it set to 1 or 2 it
// must NOT compile — LineText's literal constructor refuses an array whose characters may change
// (1) and an array without its terminating NUL (2). The control case proves that a failure of
// the others comes from LineText, not from the include path or the flags.
#include "basisbaan/payroll/line_text.hpp"

namespace {

constexpr char kConstant[] = "Salaris";

#if BASISBAAN_COMPILE_FAIL == 1
char mutable_text[] = "Salaris";
const basisbaan::LineText refused(mutable_text);
#elif BASISBAAN_COMPILE_FAIL == 2
constexpr char kNoNul[3] = {'a', 'b', 'c'};
const basisbaan::LineText refused(kNoNul);
#endif

}  // namespace

int main() {
  const basisbaan::LineText literal("Werkgeversheffing Zvw");
  const basisbaan::LineText constant(kConstant);
  return literal.is_static() && constant.is_static() && constant == "Salaris" ? 0 : 1;
}
