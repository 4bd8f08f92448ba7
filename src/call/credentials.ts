// The SDK's own credential provider for the source src/call/credential-plan.ts chose, and its
// failures in the reference's words: a token file or SSO token that is missing, STS refusing a
// role, a source profile's process that fails. The providers do the work (calling STS and the
// SSO portal, reading token caches); this module only picks one and translates what it throws.
// A profile's own credential_process is the exception: src/call/process-credentials.ts runs it,
// as the SDK's provider keeps too little to word its failures as botocore does.
import { CliError } from '../errors.js';
import { retrievalError, type CredentialPlan } from './credential-plan.js';
import { readCached, writeCached } from './role-cache.js';
import { errnoText, pyOsError } from '../python/os-error.js';
import { runCredentialProcess } from './process-credentials.js';

type Env = Record<string, string | undefined>;

/** What a provider resolves to (the SDK's AwsCredentialIdentity). */
export interface Identity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
/** The SDK's AwsCredentialIdentityProvider: the client passes its own config when it calls one. */
export type IdentityProvider = (options?: { callerClientConfig?: unknown }) => Promise<Identity>;
type Logger = ReturnType<typeof import('./trace.js').traceLogger>;

export const NO_CREDENTIALS = 'Unable to locate credentials. You can configure credentials by running "aws configure".';

function message(error: unknown): string {
  return String((error as { message?: unknown } | undefined)?.message ?? error);
}

/** An error the service behind a provider answered with (STS, the SSO portal), as botocore's ClientError words it. */
function serviceError(error: unknown, operation: string): CliError | undefined {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; $fault?: string } | undefined;
  if (e?.$metadata?.httpStatusCode === undefined || e.$fault === undefined) return undefined;
  return new CliError('service', `An error occurred (${e.name}) when calling the ${operation} operation: ${e.message ?? ''}`);
}

function processError(error: unknown): CliError {
  const text = message(error);
  const failed = /^Command failed: [^\n]*\n([\s\S]*)$/.exec(text);
  if (failed) {
    // The SDK runs the command through /bin/sh; botocore runs it directly, so a program that
    // is missing or not executable is its OSError, not the shell's complaint.
    const shell = /^(?:\/bin\/)?sh: \d+: ([^\n]*): (not found|Permission denied)\n?$/.exec(failed[1]!);
    if (shell) {
      const code = shell[2] === 'not found' ? 'ENOENT' : 'EACCES';
      return new CliError('other', `${errnoText(Object.assign(new Error(code), { code }))}: '${shell[1]}'`);
    }
    return retrievalError('custom-process', failed[1]!);
  }
  if (/returned expired credentials/.test(text)) return new CliError('other', 'Credentials were refreshed, but the refreshed credentials are still expired.');
  return retrievalError('custom-process', text);
}

function ssoError(error: unknown): CliError {
  const text = message(error);
  const cause = (error as { cause?: unknown }).cause;
  const service = serviceError(error, 'GetRoleCredentials') ?? serviceError(cause, 'GetRoleCredentials');
  if (/UnauthorizedException/.test(`${(error as Error).name} ${text}`) || /has expired|is invalid|expired or is otherwise invalid/.test(text)) {
    return new CliError(
      'other',
      'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
    );
  }
  return service ?? retrievalError('sso', text);
}

async function checkSsoToken(plan: Extract<CredentialPlan, { source: 'sso' }>): Promise<void> {
  const { getSSOTokenFromFile } = await import('@smithy/shared-ini-file-loader');
  const name = plan.sessionName ?? plan.startUrl;
  let token: { accessToken?: unknown; expiresAt?: unknown };
  try {
    token = (await getSSOTokenFromFile(name)) as typeof token;
  } catch {
    throw new CliError('other', `Error loading SSO Token: Token for ${name} does not exist`);
  }
  if (token.accessToken === undefined || token.expiresAt === undefined) {
    throw new CliError('other', `Error loading SSO Token: Token for ${plan.startUrl} is invalid`);
  }
}

type ProviderOptions = Parameters<IdentityProvider>[0];

/** The SDK provider for a plan, its failures in the reference's words. */
export function credentialProvider(
  plan: CredentialPlan,
  context: {
    env: Env;
    logger: Logger;
    configPath?: string | undefined;
    credentialsPath?: string | undefined;
    /** Asks for the code of an MFA device (a role profile's mfa_serial). */
    mfaCode?: (serialNumber: string) => Promise<string>;
    /** The AWS CLI's cache file for an assumed role's credentials (src/call/role-cache.ts). */
    roleCacheFile?: string;
    /** The request handler for the SDK's STS client (its own proxy choice). */
    stsRequestHandler?: unknown;
  },
): IdentityProvider {
  const { logger, env } = context;
  // The SDK's providers read the same two files the settings came from.
  const files = {
    ...(context.configPath === undefined ? {} : { configFilepath: context.configPath }),
    ...(context.credentialsPath === undefined ? {} : { filepath: context.credentialsPath }),
    ignoreCache: true,
  };
  const stsClientConfig = context.stsRequestHandler === undefined ? {} : { clientConfig: { requestHandler: context.stsRequestHandler } };
  const load = async (options: ProviderOptions): Promise<Identity> => {
    const providers = await import('@aws-sdk/credential-providers');
    switch (plan.source) {
      case 'none':
        throw new CliError('configuration', NO_CREDENTIALS);
      case 'env': {
        const identity = await providers.fromEnv({ logger })();
        // botocore also takes the token from AWS_SECURITY_TOKEN.
        return identity.sessionToken === undefined && env.AWS_SECURITY_TOKEN ? { ...identity, sessionToken: env.AWS_SECURITY_TOKEN } : identity;
      }
      case 'shared-credentials-file':
      case 'config-file':
        return { ...plan.keys };
      case 'assume-role':
        try {
          const file = context.roleCacheFile;
          const cached = file === undefined ? undefined : readCached(file);
          if (cached !== undefined) return cached;
          const identity = await providers.fromIni({ profile: plan.profile, logger, ...files, mfaCodeProvider: context.mfaCode, ...stsClientConfig })(options as never);
          if (file !== undefined && identity.sessionToken !== undefined && identity.expiration !== undefined) {
            writeCached(file, { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey, sessionToken: identity.sessionToken, expiration: identity.expiration });
          }
          return identity;
        } catch (error) {
          // The MFA prompt's own ending (Ctrl-D), already in the reference's words.
          if (error instanceof CliError) throw error;
          // A source profile's credential_process failing, in the words of that provider.
          if (/credential_process|^Command failed/.test(message(error))) throw processError(error);
          throw serviceError(error, 'AssumeRole') ?? retrievalError('assume-role', message(error));
        }
      case 'assume-role-with-web-identity':
        try {
          return await providers.fromTokenFile({
            webIdentityTokenFile: plan.tokenFile,
            roleArn: plan.roleArn,
            ...stsClientConfig,
            ...(plan.roleSessionName === undefined ? {} : { roleSessionName: plan.roleSessionName }),
            logger,
          })(options as never);
        } catch (error) {
          const os = pyOsError(error, plan.tokenFile);
          if (os !== undefined) throw new CliError('other', os);
          throw serviceError(error, 'AssumeRoleWithWebIdentity') ?? retrievalError('assume-role-with-web-identity', message(error));
        }
      case 'sso':
        await checkSsoToken(plan);
        try {
          return await providers.fromSSO({ profile: plan.profile, logger, ...files })(options as never);
        } catch (error) {
          throw ssoError(error);
        }
      case 'custom-process':
        // Run here, not by the SDK's provider, so that its failures keep botocore's words.
        return runCredentialProcess(plan.command, env as NodeJS.ProcessEnv);
      case 'container-role':
        try {
          return await providers.fromHttp({ logger })();
        } catch (error) {
          throw retrievalError('container-role', message(error));
        }
      case 'iam-role':
        try {
          // botocore's metadata defaults: a one-second timeout, one attempt.
          return await providers.fromInstanceMetadata({ timeout: 1000, maxRetries: 0, logger })();
        } catch {
          // No instance metadata is no credentials, not an error of its own.
          throw new CliError('configuration', NO_CREDENTIALS);
        }
    }
  };
  return load;
}

/**
 * One resolution shared by every call made with the same provider (fleet mode makes many):
 * credential_process runs, and roles are assumed, once, and again only when the identity is
 * about to expire. A failure is kept too: it would only fail again.
 */
export function memoizeProvider(provider: IdentityProvider): IdentityProvider {
  let current: Promise<Identity> | undefined;
  return (options) => {
    const stale = async (identity: Promise<Identity>) => {
      try {
        const { expiration } = await identity;
        return expiration !== undefined && expiration.getTime() - Date.now() < 60_000;
      } catch {
        return false;
      }
    };
    const resolve = async () => {
      if (current === undefined || (await stale(current))) current = provider(options);
      return current;
    };
    return resolve();
  };
}
