// The JMESPath parser, a port of jmespath 1.0.1's Pratt parser (jmespath/parser.py): the same
// binding powers, the same AST and, above all, the same error for every malformed expression
// (message, token and column), because the reference prints them verbatim. Function names and
// arities are not checked here: like the reference, that happens when the function is called.
import { incompleteExpressionError, JmespathSyntaxError, parseError } from './errors.js';
import { tokenize, type Token } from './lexer.js';
import { pyRepr } from '../../python/values.js';

export interface Node {
  type: string;
  value?: unknown;
  children: Node[];
  /** start, stop, step of a `slice` node. */
  slice?: [number | null, number | null, number | null];
}

const BINDING_POWER: Record<string, number> = {
  eof: 0,
  unquoted_identifier: 0,
  quoted_identifier: 0,
  literal: 0,
  rbracket: 0,
  rparen: 0,
  comma: 0,
  rbrace: 0,
  number: 0,
  current: 0,
  expref: 0,
  colon: 0,
  pipe: 1,
  or: 2,
  and: 3,
  eq: 5,
  gt: 5,
  lt: 5,
  gte: 5,
  lte: 5,
  ne: 5,
  flatten: 9,
  // Everything above stops a projection.
  star: 20,
  filter: 21,
  dot: 40,
  not: 45,
  lbrace: 50,
  lbracket: 55,
  lparen: 60,
};

const PROJECTION_STOP = 10;

const node = (type: string, children: Node[] = [], value?: unknown): Node =>
  value === undefined ? { type, children } : { type, children, value };

const bp = (type: string): number => BINDING_POWER[type] as number;

export function parse(expression: string): Node {
  return new Parser(expression).parse();
}

// The reference's parser recurses through Python's stack (an expression and its nud per "(" or
// "!", a third frame per "[" or "{" multi-select) and fails past Python's recursion limit with
// `maximum recursion depth exceeded`, which --query reports as a bad value (exit 252). The
// same frames are counted here; nesting within 980 of them parses as in the reference
// (measured: 489 parentheses, 326 brackets), and deeper nesting fails as there, never with a
// JavaScript stack overflow.
const MAX_FRAMES = 980;

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private frames = 0;

  constructor(private readonly expression: string) {
    this.tokens = tokenize(expression);
  }

  parse(): Node {
    const parsed = this.expr(0);
    if (this.current() !== 'eof') {
      const t = this.token(0);
      throw this.error(t, `Unexpected token: ${this.show(t)}`);
    }
    return parsed;
  }

  private token(offset: number): Token {
    return this.tokens[this.index + offset] as Token;
  }

  private current(): string {
    return this.token(0).type;
  }

  private advance(): void {
    this.index += 1;
  }

  private show(t: Token): string {
    return t.display ?? (typeof t.value === 'string' ? t.value : pyRepr(t.value));
  }

  private error(t: Token, msg: string, position = t.start) {
    return parseError(this.expression, position, this.show(t), t.type, msg);
  }

  /** Runs one of the reference parser's recursive methods, counting its Python frame. */
  private frame<T>(parse: () => T): T {
    if (++this.frames > MAX_FRAMES) throw new JmespathSyntaxError('maximum recursion depth exceeded');
    try {
      return parse();
    } finally {
      this.frames--;
    }
  }

  private expr(bindingPower: number): Node {
    return this.frame(() => this.exprBody(bindingPower));
  }

  private exprBody(bindingPower: number): Node {
    const leftToken = this.token(0);
    this.advance();
    let left = this.nud(leftToken);
    let current = this.current();
    while (bindingPower < bp(current)) {
      this.advance();
      left = this.led(current, left);
      current = this.current();
    }
    return left;
  }

  private nud(t: Token): Node {
    return this.frame(() => this.nudBody(t));
  }

  private nudBody(t: Token): Node {
    switch (t.type) {
      case 'literal':
        return node('literal', [], t.value);
      case 'unquoted_identifier':
        return node('field', [], t.value);
      case 'quoted_identifier':
        if (this.current() === 'lparen') {
          throw this.error(this.token(0), 'Quoted identifier not allowed for function names.', 0);
        }
        return node('field', [], t.value);
      case 'star': {
        const left = node('identity');
        const right = this.current() === 'rbracket' ? node('identity') : this.projectionRhs(bp('star'));
        return node('value_projection', [left, right]);
      }
      case 'filter':
        return this.ledFilter(node('identity'));
      case 'lbrace':
        return this.multiSelectHash();
      case 'lparen': {
        const inner = this.expr(0);
        this.match('rparen');
        return inner;
      }
      case 'flatten':
        return node('projection', [node('flatten', [node('identity')]), this.projectionRhs(bp('flatten'))]);
      case 'not':
        return node('not_expression', [this.expr(bp('not'))]);
      case 'lbracket':
        if (this.current() === 'number' || this.current() === 'colon') {
          return this.projectIfSlice(node('identity'), this.indexExpression());
        }
        if (this.current() === 'star' && this.token(1).type === 'rbracket') {
          this.advance();
          this.advance();
          return node('projection', [node('identity'), this.projectionRhs(bp('star'))]);
        }
        return this.multiSelectList();
      case 'current':
        return node('current');
      case 'expref':
        return node('expref', [this.expr(bp('expref'))]);
      case 'eof':
        throw incompleteExpressionError(this.expression);
      default:
        throw this.error(t, 'invalid token');
    }
  }

  private led(type: string, left: Node): Node {
    return this.frame(() => this.ledBody(type, left));
  }

  private ledBody(type: string, left: Node): Node {
    switch (type) {
      case 'dot':
        if (this.current() !== 'star') {
          const right = this.dotRhs(bp('dot'));
          if (left.type === 'subexpression') {
            left.children.push(right);
            return left;
          }
          return node('subexpression', [left, right]);
        }
        this.advance();
        return node('value_projection', [left, this.projectionRhs(bp('dot'))]);
      case 'pipe':
        return node('pipe', [left, this.expr(bp('pipe'))]);
      case 'or':
        return node('or_expression', [left, this.expr(bp('or'))]);
      case 'and':
        return node('and_expression', [left, this.expr(bp('and'))]);
      case 'lparen':
        return this.ledLparen(left);
      case 'filter':
        return this.ledFilter(left);
      case 'eq':
      case 'ne':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        return node('comparator', [left, this.expr(bp(type))], type);
      case 'flatten':
        return node('projection', [node('flatten', [left]), this.projectionRhs(bp('flatten'))]);
      case 'lbracket': {
        const t = this.token(0);
        if (t.type === 'number' || t.type === 'colon') {
          const right = this.indexExpression();
          if (left.type === 'index_expression') {
            left.children.push(right);
            return left;
          }
          return this.projectIfSlice(left, right);
        }
        this.match('star');
        this.match('rbracket');
        return node('projection', [left, this.projectionRhs(bp('star'))]);
      }
      default: {
        // A token that binds (star, not, lbrace) but cannot continue an expression. The
        // reference reports it before consuming it.
        this.index -= 1;
        throw this.error(this.token(0), 'invalid token');
      }
    }
  }

  private ledLparen(left: Node): Node {
    if (left.type !== 'field') {
      // -1 is the '(' token, -2 the invalid function "name".
      const prev = this.token(-2);
      throw this.error(prev, `Invalid function name '${this.show(prev)}'`);
    }
    const args: Node[] = [];
    while (this.current() !== 'rparen') {
      const arg = this.expr(0);
      if (this.current() === 'comma') this.match('comma');
      args.push(arg);
    }
    this.match('rparen');
    return node('function_expression', args, left.value);
  }

  private ledFilter(left: Node): Node {
    const condition = this.expr(0);
    this.match('rbracket');
    const right = this.current() === 'flatten' ? node('identity') : this.projectionRhs(bp('filter'));
    return node('filter_projection', [left, right, condition]);
  }

  private indexExpression(): Node {
    if (this.token(0).type === 'colon' || this.token(1).type === 'colon') return this.sliceExpression();
    const index = node('index', [], this.token(0).value);
    this.advance();
    this.match('rbracket');
    return index;
  }

  private sliceExpression(): Node {
    const parts: [number | null, number | null, number | null] = [null, null, null];
    let index = 0;
    let current = this.current();
    while (current !== 'rbracket' && index < 3) {
      if (current === 'colon') {
        index += 1;
        if (index === 3) throw this.error(this.token(0), 'syntax error');
        this.advance();
      } else if (current === 'number') {
        parts[index] = this.token(0).value as number;
        this.advance();
      } else {
        throw this.error(this.token(0), 'syntax error');
      }
      current = this.current();
    }
    this.match('rbracket');
    return { type: 'slice', children: [], slice: parts };
  }

  private projectIfSlice(left: Node, right: Node): Node {
    const indexExpr = node('index_expression', [left, right]);
    if (right.type === 'slice') return node('projection', [indexExpr, this.projectionRhs(bp('star'))]);
    return indexExpr;
  }

  private multiSelectList(): Node {
    return this.frame(() => this.multiSelectListBody());
  }

  private multiSelectListBody(): Node {
    const expressions: Node[] = [];
    for (;;) {
      expressions.push(this.expr(0));
      if (this.current() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
    return node('multi_select_list', expressions);
  }

  private multiSelectHash(): Node {
    return this.frame(() => this.multiSelectHashBody());
  }

  private multiSelectHashBody(): Node {
    const pairs: Node[] = [];
    for (;;) {
      const keyToken = this.token(0);
      this.matchMultiple(['quoted_identifier', 'unquoted_identifier']);
      this.match('colon');
      const value = this.expr(0);
      pairs.push(node('key_val_pair', [value], keyToken.value));
      if (this.current() === 'comma') {
        this.match('comma');
      } else if (this.current() === 'rbrace') {
        this.match('rbrace');
        break;
      }
    }
    return node('multi_select_dict', pairs);
  }

  private projectionRhs(bindingPower: number): Node {
    const current = this.current();
    if (bp(current) < PROJECTION_STOP) return node('identity');
    if (current === 'lbracket' || current === 'filter') return this.expr(bindingPower);
    if (current === 'dot') {
      this.match('dot');
      return this.dotRhs(bindingPower);
    }
    throw this.error(this.token(0), 'syntax error');
  }

  private dotRhs(bindingPower: number): Node {
    const lookahead = this.current();
    if (lookahead === 'quoted_identifier' || lookahead === 'unquoted_identifier' || lookahead === 'star') {
      return this.expr(bindingPower);
    }
    if (lookahead === 'lbracket') {
      this.match('lbracket');
      return this.multiSelectList();
    }
    if (lookahead === 'lbrace') {
      this.match('lbrace');
      return this.multiSelectHash();
    }
    const t = this.token(0);
    throw this.error(
      t,
      `Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: ${t.type}`,
    );
  }

  private match(type: string): void {
    if (this.current() === type) {
      this.advance();
      return;
    }
    this.failExpecting(type);
  }

  private matchMultiple(types: string[]): void {
    if (!types.includes(this.current())) this.failExpecting(`[${types.map((t) => `'${t}'`).join(', ')}]`);
    this.advance();
  }

  private failExpecting(expected: string): never {
    const t = this.token(0);
    if (t.type === 'eof') throw incompleteExpressionError(this.expression);
    throw this.error(t, `Expecting: ${expected}, got: ${t.type}`);
  }
}
