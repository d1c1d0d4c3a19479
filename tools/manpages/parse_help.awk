# SPDX-License-Identifier: EUPL-1.2
# Reads the --help text of one basisbaan command (CLI11's format) and writes it as records, one per
# line, fields separated by a tab:
#   D  text          a line of the description (before "Usage:")
#   U  text          the usage line
#   O  spec  text    an option: "-h,--help" or "--period TEXT REQUIRED", and its description
#   P  spec  text    a positional argument
#   S  name  text    a subcommand
#   F  text          a line of the footer
# An entry is "  SPEC  DESCRIPTION" (two or more spaces apart, or one when SPEC fills CLI11's
# 30-column name field); a longer spec has its description on the next line(s), indented; an
# indented line continues the description of the entry before.
function flush() {
  if (kind != "") { print kind "\t" spec "\t" desc }
  kind = ""; spec = ""; desc = ""
}
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
BEGIN { part = "description"; kind = "" }
part == "description" && /^Usage: / { print "U\t" substr($0, 8); part = "body"; next }
part == "description" { print "D\t" $0; next }
/^Options:$/ { flush(); section = "O"; next }
/^Positionals:$/ { flush(); section = "P"; next }
/^Subcommands:$/ { flush(); section = "S"; next }
/^$/ { flush(); if (section != "") { section = "" } next }
/^   / && kind != "" { desc = trim(desc " " trim($0)); next }
/^  [^ ]/ && section != "" {
  flush()
  line = substr($0, 3)
  gap = match(line, /  +/)
  kind = section
  if (gap > 0) { spec = substr(line, 1, gap - 1); desc = trim(substr(line, gap)) }
  else if (length($0) > 30 && substr($0, 30, 1) == " ") { spec = trim(substr($0, 3, 27)); desc = trim(substr($0, 31)) }
  else { spec = trim(line); desc = "" }
  next
}
{ flush(); section = ""; print "F\t" $0 }
END { flush() }
