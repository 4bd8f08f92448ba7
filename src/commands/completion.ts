// `ssm-assoc completion bash|zsh|fish`: shell completion scripts. Each completes the command
// words, every option (global and operation), the values of the options with choices, profile
// names for --profile (read from the config and credentials files by the script itself, so
// completing starts no Node process), file names for file options, and the shorthand keys and
// status names inside `--association-status`. The option lists are generated from the same
// tables the parser uses, so a script cannot offer an option the parser refuses.
import { anyOperationOptions, GLOBAL_OPTIONS, operationOptions, type OptionSpec } from '../model/options.js';
import type { StructureShape } from '../model/shapes.js';
import { OPERATIONS } from '../model/operations.js';
import { xformName } from '../model/xform-name.js';
import { commandSummaries } from './help.js';
import { firstSentence } from '../model/documentation.js';

const PROGRAM = 'ssm-assoc';

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

/** `ssm-assoc completion` without a shell, or with one it does not know. */
export const COMPLETION_USAGE = `usage: ${PROGRAM} completion bash|zsh|fish\n`;

/** `ssm-assoc completion --help`, `ssm-assoc completion help` and `ssm-assoc help completion`. */
export const COMPLETION_HELP = `NAME
       ${PROGRAM} completion -

DESCRIPTION
       Prints a shell completion script for bash, zsh or fish on stdout. Once
       loaded, the shell completes the commands, every option, the values of
       --output, --color, --cli-binary-format and --generate-cli-skeleton,
       profile names for --profile (read from the config and credentials
       files by the script itself, so completing starts no Node.js process),
       file names for --cli-input-json, --cli-input-yaml, --cli-input-jsonl
       and --ca-bundle, and the keys and status names inside
       --association-status (Name=P<Tab>).

SYNOPSIS
          ${PROGRAM} completion bash|zsh|fish

INSTALLING
       bash: add to ~/.bashrc

          eval "$(${PROGRAM} completion bash)"

       or install it for bash-completion:

          ${PROGRAM} completion bash > ~/.local/share/bash-completion/completions/${PROGRAM}

       zsh (compinit must run in ~/.zshrc):

          ${PROGRAM} completion zsh > "\${fpath[1]}/_${PROGRAM}"

       or, after compinit, in ~/.zshrc:

          source <(${PROGRAM} completion zsh)

       fish:

          ${PROGRAM} completion fish > ~/.config/fish/completions/${PROGRAM}.fish

       Regenerate the script after upgrading ${PROGRAM}: it lists the options
       of the version that printed it.
`;

// Scripts are written as raw templates: `\${` in the source stands for the shell's own `${`,
// `${...}` interpolates generated parts.
const script = (strings: TemplateStringsArray, ...values: string[]): string =>
  String.raw({ raw: strings.raw }, ...values).replaceAll('\\${', '${');

// ---------------------------------------------------------------------------------------------
// What the scripts complete, from the option tables and the model

const FILE_OPTIONS = new Set(['--ca-bundle', '--cli-input-json', '--cli-input-yaml', '--cli-input-jsonl']);

const takesValue = (spec: OptionSpec) => spec.arity !== 'flag';
const globalFlags = GLOBAL_OPTIONS.map((s) => s.flag);
const globalValueFlags = GLOBAL_OPTIONS.filter(takesValue).map((s) => s.flag);
/** Options with a fixed set of values; built when a script is, not at every start-up. */
const choiceOptions = () => [...GLOBAL_OPTIONS, ...anyOperationOptions()].filter((s) => s.choices !== undefined);

/** An option whose value is a structure in shorthand: its keys, and the values of its enum keys. */
interface ShorthandOption {
  flag: string;
  /** The shell function's name: `_ssm_assoc_association_status` (bash, zsh), `__ssm_assoc_...` (fish). */
  name: string;
  keys: string[];
  enums: Array<readonly [string, string[]]>;
}

/** The structure-valued options of every operation (--association-status), each flag once. */
const shorthandOptions: ShorthandOption[] = (() => {
  const found = new Map<string, ShorthandOption>();
  for (const op of OPERATIONS) {
    for (const spec of operationOptions(op)) {
      const ref = spec.member === undefined ? undefined : op.input.members[spec.member];
      if (ref === undefined || found.has(spec.flag)) continue;
      const shape = op.shapes.named(ref.shape);
      if (shape.type !== 'structure') continue;
      const members = op.shapes.members(shape as StructureShape);
      found.set(spec.flag, {
        flag: spec.flag,
        name: `ssm_assoc_${xformName(ref.shape)}`,
        keys: members.map(([member]) => member),
        enums: members.flatMap(([member, memberShape]) => (memberShape.type === 'string' && memberShape.enum !== undefined ? [[member, memberShape.enum] as const] : [])),
      });
    }
  }
  return [...found.values()];
})();
const shorthandFor = (flag: string) => shorthandOptions.find((o) => o.flag === flag);

/** One line of description: the option's help, first sentence. */
const describe = (spec: OptionSpec): string => firstSentence(spec.help);

// awk programs listing profile names: `[default]` and `[profile NAME]` sections of the config
// file, every section of the credentials file (botocore's reading of both).
const AWK_CONFIG = `/^[ \\t]*\\[/ { s = $0; sub(/^[ \\t]*\\[[ \\t]*/, "", s); sub(/[ \\t]*\\].*$/, "", s); if (s == "default") print s; else if (s ~ /^profile[ \\t]/) { sub(/^profile[ \\t]+/, "", s); print s } }`;
const AWK_CREDENTIALS = `/^[ \\t]*\\[/ { s = $0; sub(/^[ \\t]*\\[[ \\t]*/, "", s); sub(/[ \\t]*\\].*$/, "", s); if (s != "") print s }`;

/** A single-quoted POSIX shell word. */
const shQuote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

// ---------------------------------------------------------------------------------------------
// bash

function bashScript(): string {
  const choiceCases = choiceOptions().map((s) => `        ${s.flag}) candidates=(${s.choices!.join(' ')}) ;;`).join('\n');
  const fileCase = [...FILE_OPTIONS].join('|');
  const plainValueCase = [...GLOBAL_OPTIONS, ...anyOperationOptions()]
    .filter((s) => takesValue(s) && s.choices === undefined && !FILE_OPTIONS.has(s.flag) && s.flag !== '--profile' && shorthandFor(s.flag) === undefined)
    .map((s) => s.flag)
    .join('|');
  const shorthandFunctions = shorthandOptions
    .map((o) => {
      const enumLines = o.enums.map(([member, values]) => `    ${member}=*) for v in ${values.join(' ')}; do printf '%s\\n' "\${before}${member}=$v"; done ;;`).join('\n');
      return script`# Candidates for an ${o.flag} value typed so far ($1): the shorthand keys not yet
# given, or the values of an enum key.
_${o.name}() {
    local segment=\${1##*,}
    local before=\${1%"$segment"} key v
    case $segment in
${enumLines}
    *=*) ;;
    *)
        for key in ${o.keys.join(' ')}; do
            [[ ,$before == *,$key=* ]] || printf '%s\n' "$before$key="
        done
        ;;
    esac
}
`;
    })
    .join('\n');
  const shorthandCases = shorthandOptions
    .map((o) => `        ${o.flag})\n            while IFS= read -r w; do candidates+=("$w"); done < <(_${o.name} "$value") ;;`)
    .join('\n');
  const optionCases = OPERATIONS.map((op) => `        ${op.cliName}) candidates=(${operationOptions(op).map((s) => s.flag).join(' ')} ${globalFlags.join(' ')}) ;;`).join('\n');
  const helpCases = OPERATIONS.map((op) => `        ${op.cliName}) candidates=(help) ;;`).join('\n');
  return script`# bash completion for ${PROGRAM} (generated by: ${PROGRAM} completion bash).
# Load it in ~/.bashrc:   eval "$(${PROGRAM} completion bash)"
# or install it:          ${PROGRAM} completion bash > ~/.local/share/bash-completion/completions/${PROGRAM}

# Profile names: [default] and [profile NAME] in the config file, [NAME] in the credentials file.
_ssm_assoc_profiles() {
    {
        awk ${shQuote(AWK_CONFIG)} "\${AWS_CONFIG_FILE:-$HOME/.aws/config}"
        awk ${shQuote(AWK_CREDENTIALS)} "\${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}"
    } 2>/dev/null | sort -u
}

${shorthandFunctions}
_ssm_assoc() {
    local -a words=() candidates=()
    local cword=0 i w glue=0 breaks=""
    # bash splits words at the characters of COMP_WORDBREAKS (= and : among them): join them
    # back into the words the user typed.
    [[ \${COMP_WORDBREAKS-=:} == *=* ]] && breaks+="="
    [[ \${COMP_WORDBREAKS-=:} == *:* ]] && breaks+=":"
    for ((i = 0; i < \${#COMP_WORDS[@]}; i++)); do
        w=\${COMP_WORDS[i]}
        if ((i > 0)) && [[ -n $breaks && -n $w && -z \${w//[$breaks]/} ]]; then
            words[\${#words[@]}-1]+=$w
            glue=1
        elif ((glue)); then
            words[\${#words[@]}-1]+=$w
            glue=0
        else
            words+=("$w")
        fi
        ((i == COMP_CWORD)) && cword=$((\${#words[@]} - 1))
    done
    local cur=\${words[cword]} prev=""
    ((cword > 0)) && prev=\${words[cword-1]}
    # readline replaces only the text after the last word-break character: candidates are
    # whole words, trimmed by what comes before it.
    local keep=""
    [[ -n $breaks && $cur == *[$breaks]* ]] && keep=\${cur%"\${cur##*[$breaks]}"}

    # The command: the first word that is neither an option, an option's value, nor "ssm".
    local command="" ssm=0 j
    for ((j = 1; j < cword; j++)); do
        w=\${words[j]}
        case $w in
        --*=*) ;;
        ${globalValueFlags.join('|')}) ((j++)) ;;
        -*) ;;
        ssm) ((ssm)) && { command=$w; break; }; ssm=1 ;;
        *) command=$w; break ;;
        esac
    done

    local option="" value="" prefix=""
    if [[ $cur == --*=* ]]; then
        option=\${cur%%=*} value=\${cur#*=} prefix=$option=
    elif [[ $prev == --* && $prev != *=* ]]; then
        option=$prev value=$cur
    fi
    case $option in
${choiceCases}
        --profile)
            while IFS= read -r w; do candidates+=("$w"); done < <(_ssm_assoc_profiles) ;;
${shorthandCases}
        ${fileCase})
            compopt -o filenames 2>/dev/null
            while IFS= read -r w; do candidates+=("$w"); done < <(compgen -f -- "$value") ;;
        ${plainValueCase})
            COMPREPLY=()
            return 0 ;;
        *) option="" ;;
    esac
    # --generate-cli-skeleton's value is optional: an option word after it is an option.
    [[ $option == --generate-cli-skeleton && -z $prefix && $cur == -* ]] && option="" candidates=()

    if [[ -n $option ]]; then
        candidates=("\${candidates[@]/#/$prefix}")
    elif [[ $cur == -* ]]; then
        case $command in
        "") candidates=(${globalFlags.join(' ')}) ;;
${optionCases}
        esac
    else
        case $command in
        "") candidates=(${commandSummaries().map(([name]) => name).join(' ')}) ;;
        completion) [[ $prev == completion ]] && candidates=(bash zsh fish) ;;
${helpCases}
        esac
    fi

    COMPREPLY=()
    local c used
    for c in "\${candidates[@]}"; do
        [[ $c == "$cur"* ]] || continue
        # An option already given is not offered again.
        if [[ -z $option && $c == --* ]]; then
            for used in "\${words[@]:1}"; do [[ $used == "$c" || $used == "$c"=* ]] && continue 2; done
        fi
        COMPREPLY+=("\${c#"$keep"}")
    done
    # A shorthand key (Date=) is followed by its value, not a space.
    [[ \${#COMPREPLY[@]} -gt 0 && \${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
    return 0
}

complete -F _ssm_assoc ${PROGRAM}
`;
}

// ---------------------------------------------------------------------------------------------
// zsh

/** Text inside a single-quoted zsh word and an _arguments description: ' : [ ] escaped. */
const zshDescription = (s: string): string => s.replaceAll("'", `'\\''`).replace(/([:[\]])/g, '\\$1');

function zshOptionSpec(spec: OptionSpec): string {
  const description = `[${zshDescription(describe(spec))}]`;
  const exclusive =
    spec.flag === '--cli-auto-prompt' ? '(--no-cli-auto-prompt)' : spec.flag === '--no-cli-auto-prompt' ? '(--cli-auto-prompt)' : spec.flag === '--cli-input-json' ? '(--cli-input-yaml)' : spec.flag === '--cli-input-yaml' ? '(--cli-input-json)' : '';
  if (spec.arity === 'flag') return `'${exclusive}${spec.flag}${description}'`;
  const colons = spec.arity === 'optional' ? '::' : ':';
  let action = ' ';
  if (spec.choices !== undefined) action = `(${spec.choices.join(' ')})`;
  else if (FILE_OPTIONS.has(spec.flag)) action = '_files';
  else if (spec.flag === '--profile') action = '_ssm_assoc_profiles';
  else if (shorthandFor(spec.flag) !== undefined) action = `_${shorthandFor(spec.flag)!.name}`;
  const label = spec.flag.replace(/^--/, '').replaceAll('-', ' ');
  return `'${exclusive}${spec.flag}${description}${colons}${label}:${action}'`;
}

function zshScript(): string {
  const shorthandFunctions = shorthandOptions
    .map((o) => {
      const enumBranches = o.enums.map(([member, values]) => `  if compset -P '${member}='; then\n    compadd -- ${values.join(' ')}\n    return\n  fi`).join('\n');
      return script`# ${o.flag}: the shorthand keys, then the values of an enum key.
_${o.name}() {
  compset -P '*,'
${enumBranches}
  [[ $PREFIX == *=* ]] && return 1
  compadd -S '' -- ${o.keys.map((k) => `${k}=`).join(' ')}
}
`;
    })
    .join('\n');
  const operationArrays = OPERATIONS.map((op, i) => `  operation${i}=(\n${operationOptions(op).map((s) => `    ${zshOptionSpec(s)}`).join('\n')}\n  )`).join('\n');
  const operationCases = OPERATIONS.map((op, i) => `    ${op.cliName})\n      _arguments : $globals $operation${i} '1:: :(help)' && ret=0\n      ;;`).join('\n');
  const commandList = commandSummaries().map(([name, summary]) => `    '${name}:${zshDescription(firstSentence(summary))}'`).join('\n');
  return script`#compdef ${PROGRAM}
# zsh completion for ${PROGRAM} (generated by: ${PROGRAM} completion zsh).
# Install it: ${PROGRAM} completion zsh > "\${fpath[1]}/_${PROGRAM}"   (any directory of $fpath; compinit
# must run in ~/.zshrc), then start a new shell. Or load it in ~/.zshrc, after compinit:
#   source <(${PROGRAM} completion zsh)

# Profile names: [default] and [profile NAME] in the config file, [NAME] in the credentials file.
_ssm_assoc_profiles() {
  local -a profiles
  profiles=(\${(f)"$(
    awk ${shQuote(AWK_CONFIG)} "\${AWS_CONFIG_FILE:-$HOME/.aws/config}" 2>/dev/null
    awk ${shQuote(AWK_CREDENTIALS)} "\${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}" 2>/dev/null
  )"})
  _wanted profiles expl profile compadd -- \${(u)profiles}
}

${shorthandFunctions}
_ssm_assoc() {
  local curcontext=$curcontext state line ret=1
  local -a globals commands ${OPERATIONS.map((_, i) => `operation${i}`).join(' ')}
  globals=(
${GLOBAL_OPTIONS.map((s) => `    ${zshOptionSpec(s)}`).join('\n')}
  )
${operationArrays}
  commands=(
${commandList}
  )
  _arguments -C : $globals '1: :->command' '*:: :->argument' && ret=0
  if [[ $state == argument && $words[1] == ssm ]]; then
    shift words
    (( CURRENT-- ))
    (( CURRENT == 1 )) && state=command
  fi
  case $state in
  command)
    _describe -t commands command commands && ret=0
    ;;
  argument)
    case $words[1] in
${operationCases}
    completion)
      _arguments '1:shell:(bash zsh fish)' && ret=0
      ;;
    esac
    ;;
  esac
  return ret
}

if [[ $funcstack[1] == _${PROGRAM} ]]; then
  _ssm_assoc "$@"
else
  compdef _ssm_assoc ${PROGRAM}
fi
`;
}

// ---------------------------------------------------------------------------------------------
// fish

/** A single-quoted fish word. */
const fishQuote = (s: string): string => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function fishOptionLine(spec: OptionSpec, condition: string | undefined): string {
  const parts = ['complete -c', PROGRAM];
  if (condition !== undefined) parts.push('-n', fishQuote(condition));
  parts.push('-l', spec.flag.replace(/^--/, ''));
  if (spec.choices !== undefined) parts.push('-x -a', fishQuote(spec.choices.join(' ')));
  else if (FILE_OPTIONS.has(spec.flag)) parts.push('-r -F');
  else if (spec.flag === '--profile') parts.push('-x -a', fishQuote('(__ssm_assoc_profiles)'));
  else if (shorthandFor(spec.flag) !== undefined) parts.push('-x -a', fishQuote(`(__${shorthandFor(spec.flag)!.name})`));
  else if (takesValue(spec)) parts.push('-x');
  parts.push('-d', fishQuote(describe(spec)));
  return parts.join(' ');
}

function fishScript(): string {
  const shorthandFunctions = shorthandOptions
    .map((o) => {
      const enumBranches = o.enums
        .map(([member, values]) => `    if string match -q -- '${member}=*' $segment\n        for v in ${values.join(' ')}\n            echo $before'${member}='$v\n        end\n        return\n    end`)
        .join('\n');
      return script`# ${o.flag}: the shorthand keys not yet given, then the values of an enum key.
function __${o.name}
    set -l value (commandline -ct)
    set -l segment (string replace -r -- '.*,' '' $value)
    set -l before (string replace -r -- '[^,]*$' '' $value)
${enumBranches}
    string match -q -- '*=*' $segment; and return
    for key in ${o.keys.join(' ')}
        string match -q -- "*,$key=*" ",$before"; or echo $before$key=
    end
end
`;
    })
    .join('\n');
  const operationLines = OPERATIONS.flatMap((op) => {
    const using = `__ssm_assoc_using ${op.cliName}`;
    return [`complete -c ${PROGRAM} -n ${fishQuote(using)} -a help -d 'Show the manual page'`, ...operationOptions(op).map((s) => fishOptionLine(s, using))];
  }).join('\n');
  return script`# fish completion for ${PROGRAM} (generated by: ${PROGRAM} completion fish).
# Install it: ${PROGRAM} completion fish > ~/.config/fish/completions/${PROGRAM}.fish
# or load it for this shell: ${PROGRAM} completion fish | source

# The command word given so far (after global options, their values and an optional "ssm").
function __ssm_assoc_command
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    set -l ssm 0
    for t in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $t
            case '--*=*'
            case ${globalValueFlags.join(' ')}
                set skip 1
            case '-*'
            case ssm
                if test $ssm = 1
                    echo $t
                    return 0
                end
                set ssm 1
            case '*'
                echo $t
                return 0
        end
    end
    return 1
end

function __ssm_assoc_no_command
    not __ssm_assoc_command >/dev/null
end

function __ssm_assoc_using
    set -l command (__ssm_assoc_command)
    and test "$command" = $argv[1]
end

# True right after "completion", where the shell name goes.
function __ssm_assoc_wants_shell
    set -l tokens (commandline -opc)
    __ssm_assoc_using completion
    and test "$tokens[-1]" = completion
end

# Profile names: [default] and [profile NAME] in the config file, [NAME] in the credentials file.
function __ssm_assoc_profiles
    set -l config ~/.aws/config
    set -q AWS_CONFIG_FILE; and set config $AWS_CONFIG_FILE
    set -l credentials ~/.aws/credentials
    set -q AWS_SHARED_CREDENTIALS_FILE; and set credentials $AWS_SHARED_CREDENTIALS_FILE
    begin
        awk ${fishQuote(AWK_CONFIG)} $config
        awk ${fishQuote(AWK_CREDENTIALS)} $credentials
    end 2>/dev/null | sort -u
end

${shorthandFunctions}
complete -c ${PROGRAM} -f
${commandSummaries().map(([name, summary]) => `complete -c ${PROGRAM} -n __ssm_assoc_no_command -a ${name} -d ${fishQuote(firstSentence(summary))}`).join('\n')}
complete -c ${PROGRAM} -n __ssm_assoc_wants_shell -a 'bash zsh fish'
${GLOBAL_OPTIONS.map((s) => fishOptionLine(s, undefined)).join('\n')}
${operationLines}
`;
}

/** The completion script for a shell, to print on stdout. */
export function completionScript(shell: CompletionShell): string {
  switch (shell) {
    case 'bash':
      return bashScript();
    case 'zsh':
      return zshScript();
    case 'fish':
      return fishScript();
  }
}
