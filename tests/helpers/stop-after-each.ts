/**
 * What a test starts (loopback servers, fakes, an app), stopped after each test, the last
 * started first (the app before the fakes it talks to):
 *   const keep = stopAfterEach();
 *   feeds = keep(await startFixtureServer(…));
 */
import { afterEach } from 'vitest';

type Stoppable = { stop(): Promise<void> } | { close(): Promise<void> };

export function stopAfterEach(): <T extends Stoppable>(thing: T) => T {
  const started: Stoppable[] = [];
  afterEach(async () => {
    for (const thing of started.splice(0).reverse()) await ('stop' in thing ? thing.stop() : thing.close());
  });
  return (thing) => {
    started.push(thing);
    return thing;
  };
}
