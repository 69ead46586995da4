import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { packageRoot } from '../packageRoot.js';
import { SERVE_MESSAGES as M } from './serveMessages.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(M.description)
    .option(M.portFlag, M.portOption, '8170')
    .option('--no-open', M.noOpenOption)
    .action(async (opts: { port: string; open: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(M.badPort(opts.port), [], EXIT.usage);
      const root = join(packageRoot(), 'dist', 'web');
      if (!existsSync(join(root, 'index.html'))) throw new UserError(M.notBuilt(root), [], EXIT.input);
      const { serveFolder } = await import('../node/staticSite.js');
      const { url } = await serveFolder(root, port).catch((e: NodeJS.ErrnoException) => {
        throw new UserError(e.code === 'EADDRINUSE' ? M.portInUse(port) : M.cannotListen(port, e.message), [], EXIT.input);
      });
      process.stdout.write(M.serving(url));
      // child_process, loaded only here: every other command starts without it.
      if (opts.open) (await import('./openBrowser.js')).openBrowser(url);
      // Serves until the clerk stops it (Ctrl+C).
      await new Promise(() => undefined);
    });
}
