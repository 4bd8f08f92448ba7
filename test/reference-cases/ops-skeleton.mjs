// --generate-cli-skeleton for the association family: the JSON and YAML input skeletons of the
// operations whose shapes hold lists, maps, lists of maps and nested structures. (Output
// skeletons: skeleton-output.mjs.)
const op = (operation, kind, args = []) => ({ name: `${operation} ${kind}`, command: ['ssm', operation], args: [...args, '--generate-cli-skeleton', kind] });

export const cases = [
  op('create-association', 'input'),
  op('create-association', 'yaml-input'),
  op('create-association-batch', 'yaml-input'),
  op('update-association', 'yaml-input'),
  op('start-associations-once', 'yaml-input'),
  op('list-associations', 'input'),
  op('describe-association-executions', 'yaml-input'),
];
