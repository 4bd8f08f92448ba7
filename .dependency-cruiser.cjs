// The dependency rules of src/, checked by dependency-cruiser in `npm test` (test/layering.test.ts).
// Only imports that exist at run time count: type-only imports vanish when compiled.
//
// Layers, each importing only those below it:
//   main.ts, launcher/            the process edges
//   cli/                          argv, auto-prompt
//   commands/                     what each command does, in order
//   input/  call/  output/        request side, network side, response side: siblings that do not
//                                 import each other
//   model/                        the service model and what is derived from it as data
//   python/, errors.ts, version.ts   Python's behaviour (the one home of its emulation), error kinds
// local-endpoint/ is a separate program: it may use model/ and the bottom layer only.
const layer = (name, folders) => ({ name, path: `^src/(${folders.join('|')})(/|\\.ts$)` });
const CLI = ['cli'];
const COMMANDS = ['commands'];
const SIDES = ['input', 'call', 'output'];
const MODEL = ['model'];
const ENDPOINT = ['local-endpoint'];
const EDGE = ['main', 'launcher'];
const BOTTOM = ['python', 'errors', 'version'];

// Every layer rule fails the test run (test/layering.test.ts): the Python emulation that input/,
// call/ and output/ share lives in python/, so the siblings need not import each other.
const LAYER_SEVERITY = 'error';

/** `from` may not import any of `to`. */
const forbid = (name, comment, from, to) => ({ name, severity: LAYER_SEVERITY, comment, from: { path: `^src/(${from.join('|')})(/|\\.ts$)` }, to: { path: `^src/(${to.join('|')})(/|\\.ts$)` } });

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles among runtime imports.', from: {}, to: { circular: true } },
    forbid('cli-not-up', 'cli/ imports only layers below it.', CLI, EDGE),
    forbid('commands-not-up', 'commands/ imports only layers below it.', COMMANDS, [...EDGE, ...CLI]),
    forbid('sides-not-up', 'input/, call/ and output/ import only model/ and below.', SIDES, [...EDGE, ...CLI, ...COMMANDS, ...ENDPOINT]),
    forbid('input-alone', 'input/ does not import its siblings.', ['input'], ['call', 'output']),
    forbid('call-alone', 'call/ does not import its siblings.', ['call'], ['input', 'output']),
    forbid('output-alone', 'output/ does not import its siblings.', ['output'], ['input', 'call']),
    forbid('model-not-up', 'model/ imports only the bottom layer.', MODEL, [...EDGE, ...CLI, ...COMMANDS, ...SIDES, ...ENDPOINT]),
    forbid('bottom-not-up', 'The bottom layer imports nothing above it.', BOTTOM, [...EDGE, ...CLI, ...COMMANDS, ...SIDES, ...MODEL, ...ENDPOINT]),
    forbid('endpoint-apart', 'local-endpoint/ is a program of its own: model/ and the bottom layer only.', ENDPOINT, [...EDGE, ...CLI, ...COMMANDS, ...SIDES]),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.json$' },
  },
};
