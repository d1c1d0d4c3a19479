// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Checks of identifiers that payroll stores and exports.

#include <string>
#include <string_view>

namespace basisbaan {

/// A BSN (burgerservicenummer): nine digits that pass the 11-test (weights 9..2 and −1).
bool is_valid_bsn(std::string_view bsn) noexcept;

/// A BSN as messages show it: every character but the last three replaced by '*' ("999990031"
/// -> "******031"); a text of three characters or fewer is all '*'. Messages never print a whole BSN.
std::string mask_bsn(std::string_view bsn);

/// An IBAN: country code, check digits and account, passing ISO 13616 mod-97 (spaces allowed).
bool is_valid_iban(std::string_view iban) noexcept;

/// The IBAN without spaces, in capitals ("NL91 abna 0417 1643 00" -> "NL91ABNA0417164300").
std::string normalize_iban(std::string_view iban);

/// A BIC (ISO 9362): 8 or 11 characters, 4 letters bank, 2 letters country, 2 location, optional 3 branch.
bool is_valid_bic(std::string_view bic) noexcept;

}  // namespace basisbaan
