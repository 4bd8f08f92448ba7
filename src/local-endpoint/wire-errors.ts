// The error responses of the local SSM endpoint, shaped as the awsJson1.1 protocol sends them:
// a status code and a JSON body `{"__type": ..., "message": ...}`. Framework errors (signing,
// protocol, serialization, validation) carry the Coral namespace in `__type` and a lowercase
// `message`, as AWS JSON services send them; the operation's modeled errors carry the bare shape
// name and the model's `Message` member. Clients strip everything up to '#', so both spellings
// decode to the same error code.

const CORAL = 'com.amazon.coral.service#';
const CORAL_VALIDATE = 'com.amazon.coral.validate#';

export class EndpointError extends Error {
  readonly status: number;
  /** The `__type` written on the wire (may carry a namespace prefix). */
  readonly wireType: string;
  /** The wire message; undefined sends no message member at all (StatusUnchanged). */
  readonly wireMessage: string | undefined;
  /** `message` for framework errors, `Message` for modeled errors (the model's member name). */
  readonly messageKey: 'message' | 'Message';
  readonly extraHeaders: Readonly<Record<string, string>>;

  constructor(
    status: number,
    wireType: string,
    wireMessage: string | undefined,
    messageKey: 'message' | 'Message',
    extraHeaders: Record<string, string> = {},
  ) {
    super(wireMessage ?? wireType);
    this.name = 'EndpointError';
    this.status = status;
    this.wireType = wireType;
    this.wireMessage = wireMessage;
    this.messageKey = messageKey;
    this.extraHeaders = extraHeaders;
  }

  /** The error code as clients report it: `__type` without its namespace. */
  get code(): string {
    const hash = this.wireType.lastIndexOf('#');
    return hash === -1 ? this.wireType : this.wireType.slice(hash + 1);
  }

  body(): string {
    const body: Record<string, string> = { __type: this.wireType };
    if (this.wireMessage !== undefined) body[this.messageKey] = this.wireMessage;
    return JSON.stringify(body);
  }
}

const framework = (status: number, type: string, message: string, headers?: Record<string, string>) =>
  new EndpointError(status, CORAL + type, message, 'message', headers);
const modeled = (status: number, type: string, message: string | undefined) =>
  new EndpointError(status, type, message, 'Message');

// --- Signing -----------------------------------------------------------------------------

export const missingAuthenticationToken = () =>
  framework(400, 'MissingAuthenticationTokenException', 'Request is missing Authentication Token');

export const unrecognizedClient = () =>
  framework(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.');

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

export const invalidSignature = (message: string = SIGNATURE_MISMATCH_MESSAGE) =>
  framework(400, 'InvalidSignatureException', message);

export const incompleteSignature = (message: string) => framework(400, 'IncompleteSignatureException', message);

// --- Protocol ------------------------------------------------------------------------------

export const unknownOperation = (message: string) => framework(400, 'UnknownOperationException', message);

/** Anything but POST: the protocol has one method, so say which (405 + Allow, as HTTP wants). */
export const methodNotAllowed = (method: string) =>
  framework(405, 'UnknownOperationException', `Method ${method} is not supported; awsJson1.1 requests are POST /.`, {
    Allow: 'POST',
  });

export const pathNotFound = (path: string) =>
  framework(404, 'UnknownOperationException', `No operation at path ${path}; awsJson1.1 requests are POST /.`);

export const requestEntityTooLarge = (limit: number) =>
  framework(413, 'SerializationException', `Request entity too large: the body exceeds ${limit} bytes.`);

export const serialization = (message: string) => framework(400, 'SerializationException', message);

/** Account-level API throttling, which clients retry with backoff (unlike TooManyUpdates). */
export const throttling = () => framework(400, 'ThrottlingException', 'Rate exceeded');

export const validation = (problems: readonly string[]) => {
  const count = problems.length;
  const head = `${count} validation error${count === 1 ? '' : 's'} detected: `;
  return new EndpointError(400, CORAL_VALIDATE + 'ValidationException', head + problems.join('; '), 'message');
};

// --- UpdateAssociationStatus's modeled errors ---------------------------------------------

export const internalServerError = (message: string) => modeled(500, 'InternalServerError', message);

export const invalidDocument = (name: string) => modeled(400, 'InvalidDocument', `Document with name ${name} does not exist.`);

export const invalidInstanceId = (instanceId: string) =>
  modeled(400, 'InvalidInstanceId', `Instance ${instanceId} is not a valid managed node.`);

export const associationDoesNotExist = (name: string, instanceId: string) =>
  modeled(400, 'AssociationDoesNotExist', `Association for document ${name} and instance ${instanceId} does not exist.`);

/** The model gives StatusUnchanged no members, so the body is the bare `__type`. */
export const statusUnchanged = () => modeled(400, 'StatusUnchanged', undefined);

export const tooManyUpdates = (updates: number, seconds: number) =>
  modeled(
    400,
    'TooManyUpdates',
    `Rate exceeded: at most ${updates} association status update${updates === 1 ? '' : 's'} per ${seconds} second${
      seconds === 1 ? '' : 's'
    }.`,
  );

// --- The other association operations' modeled errors --------------------------------------

export const associationIdDoesNotExist = (id: string) =>
  modeled(400, 'AssociationDoesNotExist', `Association with id ${id} does not exist.`);

/** The model gives AssociationAlreadyExists no members. */
export const associationAlreadyExists = () => modeled(400, 'AssociationAlreadyExists', undefined);

/** The model gives AssociationLimitExceeded no members. */
export const associationLimitExceeded = () => modeled(400, 'AssociationLimitExceeded', undefined);

export const associationVersionLimitExceeded = (message: string) => modeled(400, 'AssociationVersionLimitExceeded', message);

export const invalidAssociationVersion = (version: string, latest: string) =>
  modeled(400, 'InvalidAssociationVersion', `Association version ${version} is not valid; the latest version is ${latest}.`);

export const invalidTarget = (message: string) => modeled(400, 'InvalidTarget', message);

export const invalidNextToken = () => modeled(400, 'InvalidNextToken', 'The specified token is not valid.');

export const associationExecutionDoesNotExist = (executionId: string) =>
  modeled(400, 'AssociationExecutionDoesNotExist', `Execution ${executionId} does not exist.`);

export const invalidAssociation = (id: string) => modeled(400, 'InvalidAssociation', `Association ${id} is not valid.`);

/** A filter the model's types allow but the service refuses (its operations model no filter error). */
export const invalidFilterValidation = (message: string) =>
  new EndpointError(400, CORAL_VALIDATE + 'ValidationException', message, 'message');
