import type { Command } from 'commander';

export function registerProfiles(program: Command): void {
  program
    .command('profiles')
    .description('列出可用的表格类型（profile）及其说明；数据文件用 profile: <标识> 指定，不写时为 hunan-2022')
    .action(async () => {
      const { DEFAULT_PROFILE, loadProfile, profileIds } = await import('../node/profiles.js');
      for (const id of profileIds()) {
        const p = loadProfile(id);
        process.stdout.write(`${id}${id === DEFAULT_PROFILE ? '（默认）' : ''}\n  ${p.name}：${p.description}\n`);
      }
    });
}
