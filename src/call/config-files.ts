// Reads the shared config and credentials files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
// else ~/.aws/config and ~/.aws/credentials) with the SDK's own ini loader.
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import type { ConfigFiles } from './settings.js';

export async function loadConfigFiles(): Promise<ConfigFiles> {
  const files = await loadSharedConfigFiles({ ignoreCache: true });
  return {
    configFile: files.configFile as ConfigFiles['configFile'],
    credentialsFile: files.credentialsFile as ConfigFiles['credentialsFile'],
  };
}
