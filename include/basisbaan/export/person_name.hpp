// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A person's name as the wage-tax return names a natural person: initials (Voorl), prefix
// (Voorv, "de", "van der") and the significant part of the surname (SignNm), split from the one
// name field of the employee record ("J.A. de Vries", "Jan de Vries", "A. Öztürk").

#include <string>

namespace basisbaan {

/// The parts of a name for the return's NatuurlijkPersoon.
struct PersonName {
  std::string initials;  ///< Voorl: the initials, capital letters without dots or spaces ("JA"); empty when none
  std::string prefix;    ///< Voorv: the lower-case words before the surname ("de", "van der"); empty when none
  std::string surname;   ///< SignNm: the significant part of the surname ("Vries"); never empty for a non-empty name
};

/// Splits `name` at spaces: the last word and the lower-case words just before it form the
/// surname (the lower-case words are the prefix); the words before are given names or initials,
/// each giving its first letter, and every letter after a dot in a word such as "J.A." too.
/// A one-word name is the surname. Letters are kept as written (UTF-8), ASCII ones upper-cased.
PersonName split_person_name(const std::string& name);

}  // namespace basisbaan
