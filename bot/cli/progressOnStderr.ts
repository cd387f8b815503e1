import cliProgress from 'cli-progress';

/** Progress of a long command, measured in bytes read, with a count of what was done so far. */
export interface Progress {
  update(bytes: number, done: number): void;
  stop(done: number): void;
}

/**
 * A progress bar on stderr while a person watches (stderr is a terminal); in a log or a pipe, one final line
 * instead, so CI output stays readable and stdout stays free for the command's report.
 */
export function progressOnStderr(command: string, totalBytes: number, unit = 'rows'): Progress {
  if (!process.stderr.isTTY) {
    return {
      update: () => undefined,
      stop: (done) => { process.stderr.write(`${command}: read ${done} ${unit} (${totalBytes} bytes)\n`); },
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${command} {bar} {percentage}% | {done} ${unit}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { done: 0 });
  return {
    update: (bytes, done) => bar.update(bytes, { done }),
    stop: (done) => { bar.update(totalBytes, { done }); bar.stop(); },
  };
}
