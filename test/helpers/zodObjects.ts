import * as z from 'zod';

/** How many zod objects `make` makes, counted through zod's own hook (zod/compile installs it), run for each. */
export async function zodObjectsMade(make: () => Promise<unknown>): Promise<number> {
  let made = 0;
  const config = z.config() as { postProcessor?: () => void };
  config.postProcessor = () => {
    made++;
  };
  try {
    await make();
  } finally {
    delete config.postProcessor;
  }
  return made;
}
