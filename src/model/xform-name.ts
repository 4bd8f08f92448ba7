// botocore's xform_name: a model name in CamelCase to the CLI's name for it
// (`UpdateAssociationStatus` -> `update-association-status`, `AssociationIds` ->
// `association-ids`). A port of botocore/__init__.py, its special cases included:
//   1. a name that already holds the separator is returned as it is;
//   2. a pluralised acronym at the end (`GatewayARNs`, `ListWebACLs`) becomes `_arns`, `_acls`;
//   3. `(.)([A-Z][a-z]+)` -> `\1 SEP \2`, then `([a-z0-9])([A-Z])` -> `\1 SEP \2`, then lower case.

/** Names whose regular transformation botocore overrides (its _xform_cache seeds), by separator. */
const SPECIAL_CASES: Record<string, string> = {
  CreateCachediSCSIVolume: 'create_cached_iscsi_volume',
  DescribeCachediSCSIVolumes: 'describe_cached_iscsi_volumes',
  DescribeStorediSCSIVolumes: 'describe_stored_iscsi_volumes',
  CreateStorediSCSIVolume: 'create_stored_iscsi_volume',
  ListHITsForQualificationType: 'list_hits_for_qualification_type',
  ExecutePartiQLStatement: 'execute_partiql_statement',
  ExecutePartiQLTransaction: 'execute_partiql_transaction',
  ExecutePartiQLBatch: 'execute_partiql_batch',
};

const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
const PLURAL_ACRONYM = /[A-Z]{2,}s$/;

export function xformName(name: string, sep = '_'): string {
  if (name.includes(sep)) return name;
  const special = SPECIAL_CASES[name];
  if (special !== undefined && (sep === '_' || sep === '-')) return special.replaceAll('_', sep);
  let base = name;
  const plural = PLURAL_ACRONYM.exec(base);
  if (plural !== null) base = base.slice(0, -plural[0].length) + sep + plural[0].toLowerCase();
  const s1 = base.replace(FIRST_CAP, `$1${sep}$2`);
  return s1.replace(END_CAP, `$1${sep}$2`).toLowerCase();
}

/** The CLI's name for an operation or a member: `xform_name(name, '-')`. */
export const cliName = (name: string): string => xformName(name, '-');
