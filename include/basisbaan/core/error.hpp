#pragma once
// Errors that carry a message a user can act on. Every error names where the problem is
// (file:line, field, parameter and date) and what was expected.

#include <stdexcept>
#include <string>

namespace basisbaan {

/// Base of every error the library throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bad input from the user: a malformed amount, a missing field, an impossible date.
class InputError : public Error {
 public:
  using Error::Error;
};

/// A problem with the rules: a broken rules file, an unknown parameter, no value for a date.
class RuleError : public Error {
 public:
  using Error::Error;
};

/// An exact computation left the range it can represent exactly; nothing is rounded silently.
class OverflowError : public Error {
 public:
  using Error::Error;
};

/// A storage problem (database locked, disk full, read-only file).
class StoreError : public Error {
 public:
  using Error::Error;
};

}  // namespace basisbaan
