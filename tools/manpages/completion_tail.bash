_basisbaan() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" path="" i word kind
  COMPREPLY=()
  # The command path typed so far: the words that name a subcommand, skipping options and their values.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    if [[ "$word" == -* ]]; then
      kind="$(_basisbaan_value_kind "$path" "$word")"
      [ "$kind" = none ] || ((i++))
      continue
    fi
    if [[ " $(_basisbaan_subcommands "$path") " == *" $word "* ]]; then path="${path:+$path }$word"; fi
  done
  ((COMP_CWORD > 1)) && prev="${COMP_WORDS[COMP_CWORD - 1]}"
  if [[ "$prev" == -* ]]; then
    kind="$(_basisbaan_value_kind "$path" "$prev")"
    case "$kind" in
      period) mapfile -t COMPREPLY < <(compgen -W "$(_basisbaan_periods)" -- "$cur"); return 0 ;;
      choice:*) mapfile -t COMPREPLY < <(compgen -W "${kind#choice:}" -- "$cur"); return 0 ;;
      dir) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
      file) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
      value) return 0 ;;
    esac
  fi
  if [[ "$cur" == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_basisbaan_options "$path")" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -W "$(_basisbaan_subcommands "$path")" -- "$cur")
  fi
  return 0
}
complete -F _basisbaan basisbaan
