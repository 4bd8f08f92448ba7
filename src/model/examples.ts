// The documentation examples of the operations (awscli/examples/ssm/OPERATION.rst), as data for
// their help pages: the commands are spelled the way this tool runs them; the outputs are the
// documented ones. An operation without an entry has no EXAMPLES section, as in the reference.

export interface DocumentationExample {
  note: string[];
  title: string;
  intro: string;
  command: string;
  output: string;
  more: string;
}

const UPDATE_ASSOCIATION_STATUS: DocumentationExample = {
  note: [
  'To use the following examples, you must have the AWS CLI installed and configured. See the Getting started guide in the AWS CLI User Guide for more information.',
  "Unless otherwise stated, all examples have unix-like quotation rules. These examples will need to be adapted to your terminal's quoting rules. See Using quotation marks with strings in the AWS CLI User Guide.",
],
  title: 'To update the association status',
  intro:
    'The following update-association-status example updates the association status of the association between an instance and a document.',
  command: `ssm-assoc update-association-status \\
    --name "AWS-UpdateSSMAgent" \\
    --instance-id "i-1234567890abcdef0" \\
    --association-status "Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed"`,
  output: `{
    "AssociationDescription": {
        "Name": "AWS-UpdateSSMAgent",
        "InstanceId": "i-1234567890abcdef0",
        "AssociationVersion": "1",
        "Date": 1550507529.604,
        "LastUpdateAssociationDate": 1550507806.974,
        "Status": {
            "Date": 1424421071.0,
            "Name": "Pending",
            "Message": "temp_status_change",
            "AdditionalInfo": "Additional-Config-Needed"
        },
        "Overview": {
            "Status": "Success",
            "AssociationStatusAggregatedCount": {
                "Success": 1
            }
        },
        "DocumentVersion": "$DEFAULT",
        "AssociationId": "8dfe3659-4309-493a-8755-0123456789ab",
        "Targets": [
            {
                "Key": "InstanceIds",
                "Values": [
                    "i-1234567890abcdef0"
                ]
            }
        ],
        "LastExecutionDate": 1550507808.0,
        "LastSuccessfulExecutionDate": 1550507808.0
    }
}`,
  more: 'For more information, see Working with associations in Systems Manager in the AWS Systems Manager User Guide.',
};

/** The examples by operation name. */
export const EXAMPLES: Readonly<Record<string, DocumentationExample>> = {
  UpdateAssociationStatus: UPDATE_ASSOCIATION_STATUS,
};
