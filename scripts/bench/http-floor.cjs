// The floor of any Node.js CLI that makes one HTTP call: a bare node:http POST of the same JSON
// body to the same endpoint, no SDK, no signing, no parsing of options. scripts/bench.mjs times
// it beside `node -e 0` to show what part of a full call no client library can take away.
// The endpoint answers an unsigned request with an error; any complete answer counts.
'use strict';
const http = require('node:http');

const url = new URL(process.argv[2]);
const body = JSON.stringify({ Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: { Date: 1424421071.939, Name: 'Pending', Message: 'floor' } });
const request = http.request(
  { host: url.hostname, port: url.port, method: 'POST', path: '/', headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.UpdateAssociationStatus' } },
  (response) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk) => (text += chunk));
    response.on('end', () => process.stdout.write(`${response.statusCode} ${text}\n`));
  },
);
request.end(body);
