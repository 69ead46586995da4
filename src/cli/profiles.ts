import type { Command } from 'commander';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.profiles;

export function registerProfiles(program: Command): void {
  program
    .command('profiles')
    .description(M.description)
    .action(async () => {
      const { DEFAULT_PROFILE, loadProfile, profileIds } = await import('../node/profiles.js');
      for (const id of profileIds()) {
        const p = loadProfile(id);
        process.stdout.write(`${id}${id === DEFAULT_PROFILE ? M.isDefault : ''}\n  ${p.name}：${p.description}\n`);
      }
    });
}
