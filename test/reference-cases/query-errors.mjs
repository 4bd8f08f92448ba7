// --query errors, with --output json. Malformed expressions are refused before the request
// (exit 252, `Bad value for --query <expression>: <jmespath's message>`, carets included);
// errors met while evaluating (unknown function, arity, argument types, Python's TypeError
// and ValueError) come after the response (exit 255, the message alone). Also the edges of
// that split: a literal the lexer turns into a string, and a function never evaluated.
import { documentationExample, ok } from '../support/sample-responses.mjs';

const common = [
  '--name',
  'AWS-UpdateSSMAgent',
  '--instance-id',
  'i-1234567890abcdef0',
  '--association-status',
  'Date=1424421071,Name=Pending,Message=temp_status_change',
  '--endpoint-url',
  '{endpoint}',
  '--output',
  'json',
];

/** [case name, expression] */
const queries = [
  // Parse errors: every error class jmespath's parser and lexer raise.
  ['empty expression', ''],
  ['incomplete bracket', 'foo['],
  ['incomplete pipe', 'AssociationDescription |'],
  ['incomplete not', '!'],
  ['dot then nothing', 'foo.'],
  ['dot then literal', 'foo.`1`'],
  ['empty comparison operand', '[?a==]'],
  ['unexpected token after expression', 'foo[]]'],
  ['star in index position', 'foo[`{"a":1}`]'],
  ['raw string in index position', "foo['x']"],
  ['slice with four parts', 'foo[1:2:3:4]'],
  ['slice with identifier', 'foo[1:x]'],
  ['hash without colon', '{a}'],
  ['hash trailing comma', '{a: b,}'],
  ['hash number key', '{1: a}'],
  ['quoted function name', '"length"(@)'],
  ['current node as function name', '@()'],
  ['literal as function name', '`1`()'],
  ['lone equals', 'a = b'],
  ['equals at the end', 'a='],
  ['lone minus', 'foo[-]'],
  ['unknown character', 'a ~ b'],
  ['unknown non-ASCII character', 'AssociationDescription.😀'],
  ['caret after non-ASCII text', "'é😀' == foo["],
  ['unclosed literal', '`{"a": 1'],
  ['unclosed raw string', "'abc"],
  ['unclosed quoted identifier', '"abc'],
  ['quoted identifier with invalid escape', '"a\\qb"'],
  ['quoted identifier with invalid unicode escape', '"a\\u12"'],
  ['quoted identifier with a tab', '"a\tb"'],
  ['literal neither JSON nor a string', '`"a"b`'],
  ['expression over two lines', 'AssociationDescription\n  .Name ||'],
  // Not errors: invalid JSON in a literal becomes a string; unevaluated functions are not looked up.
  ['literal fallback to string', '`{bad`'],
  ['literal fallback trims leading spaces', '`  spaced out`'],
  ['unknown function never called', 'AssociationDescription.NoSuchList[].no_such_function(@)'],
  // Runtime errors, after the response.
  ['unknown function', 'foo()'],
  ['unknown function inside a known one', 'abs(foo())'],
  ['unknown function on a field', 'AssociationDescription.Name.upper(@)'],
  ['invalid type raw string', "abs('x')"],
  ['invalid type JSON string', 'abs(`"x"`)'],
  ['invalid type object with timestamps', 'abs(AssociationDescription.Status)'],
  ['invalid type null', 'length(AssociationDescription.NoSuchMember)'],
  ['invalid type boolean', 'keys(`true`)'],
  ['invalid type float', 'length(`1.0`)'],
  ['invalid element type', 'sum(`[1, "2"]`)'],
  ['invalid element type float in strings', 'join(`", "`, `["a", 1.5]`)'],
  ['invalid first element for max', 'max(`[true, 1]`)'],
  ['invalid element for sort', 'sort(`["b", "a", 1]`)'],
  ['sort_by key of the wrong type', 'sort_by(AssociationDescription.Targets, &Values)'],
  ['sort_by keys of mixed types', 'sort_by(`[{"k": 1}, {"k": "a"}]`, &k)'],
  ['min_by key null', 'min_by(`[{"k": 1}, {}]`, &k)'],
  ['max_by keys of mixed types', 'max_by(`[1, "a"]`, &@)'],
  ['min_by keys of mixed types', 'min_by(`[1, "a"]`, &@)'],
  ['too many arguments', 'abs(`1`, `2`)'],
  ['too few arguments', 'starts_with(`"a"`)'],
  ['variadic with no arguments', 'not_null()'],
  ['merge with a non-object', 'merge(`{}`, `1`)'],
  ['merge with a string', 'merge(`{}`, `"ab"`)'],
  ['merge with a list of non-pairs', 'merge(`{}`, `[1]`)'],
  ['compare string with number', 'AssociationDescription.Date < `1`'],
  ['compare number with string', '`1` >= `"a"`'],
  ['contains string and number', 'contains(`"abc"`, `1`)'],
  ['slice step zero', 'AssociationDescription.Targets[::0]'],
  ['slice step zero on null', 'AssociationDescription.NoSuchList[::0]'],
  ['to_number of an expression reference', 'to_number(&Name)'],
  ['ceil of infinity', 'ceil(`1e400`)'],
  ['floor of NaN', 'floor(`NaN`)'],
];

export const cases = queries.map(([name, query]) => ({
  name,
  args: [...common, '--query', query],
  responses: [ok(documentationExample)],
}));
