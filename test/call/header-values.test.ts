// Header values go out as botocore sends them (UTF-8 bytes); those Python's http.client or
// Node's client refuse are reported in botocore's words.
import { describe, expect, it } from 'vitest';
import { encodeHeaderValues, invalidHeaderValueMessage } from '../../src/call/header-values.js';

describe('encodeHeaderValues', () => {
  it('leaves ASCII values alone and turns others into their UTF-8 bytes', () => {
    const headers = { 'x-amz-security-token': 'tokén✓', 'x-amz-date': '20260101T000000Z', tab: 'a\tb' };
    const encoded = { 'x-amz-security-token': 'tok\xc3\xa9n\xe2\x9c\x93', 'x-amz-date': '20260101T000000Z', tab: 'a\tb' };
    expect(encodeHeaderValues(headers)).toEqual({ headers: encoded });
    expect(Buffer.from(encoded['x-amz-security-token'], 'latin1').toString('utf8')).toBe('tokén✓');
    // The values given are left as they were.
    expect(headers['x-amz-security-token']).toBe('tokén✓');
  });

  it.each([
    ['a newline', 'token\nsecond-line', 'token\nsecond-line'],
    ['a carriage return', 'token\rrest', 'token\rrest'],
    ['CRLF', 'a\r\nb', 'a\r\nb'],
    ['a folded line (Python sends it, Node cannot)', 'token\n folded', 'token\n folded'],
    ['a control character (Python sends it, Node cannot)', 'token\x01rest', 'token\x01rest'],
    ['DEL', 'token\x7f', 'token\x7f'],
    ['non-ASCII before the newline', 'é\n', '\xc3\xa9\n'],
  ])('refuses %s', (_name, value, bytes) => {
    expect(encodeHeaderValues({ 'x-amz-security-token': value })).toEqual({ refused: bytes });
  });
});

describe('invalidHeaderValueMessage', () => {
  it("prints the bytes as Python's repr", () => {
    expect(invalidHeaderValueMessage('token\nsecond-line')).toBe("Invalid header value b'token\\nsecond-line'");
    expect(invalidHeaderValueMessage('\xc3\xa9\r')).toBe("Invalid header value b'\\xc3\\xa9\\r'");
    expect(invalidHeaderValueMessage("it's\x01")).toBe('Invalid header value b"it\'s\\x01"');
  });
});
