// SPDX-License-Identifier: EUPL-1.2
#pragma once
// File names for exports written one file per employee (loonstaat, jaaropgaaf): made from the
// personnel number so that they are safe on any file system and never collide.

#include <string>

namespace basisbaan {

/// The personnel number as a file-name part: unchanged when it has only ASCII letters, digits,
/// '-' and '_' ("E001" → "E001"); otherwise those other characters become '_' and "-" with the
/// first 8 hex digits of the number's SHA-256 is appended ("A/1" → "A_1-<hash>"), so that two
/// different personnel numbers never give the same part. (Numbers that differ only in case give
/// parts that differ only in case: write_files_atomically refuses to write those side by side.)
std::string export_file_id(const std::string& employee_id);

}  // namespace basisbaan
