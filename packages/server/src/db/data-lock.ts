// PGlite keeps its database in a folder and takes no lock on it: two processes writing it at once
// (the server and `npm run faq:import`, say) would corrupt it. A lock file next to the folder
// names the process using it; another process is refused with that name, and a lock left by a
// process that no longer runs is taken over.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The database in ${dataDir} is in use by process ${pid}${pid === process.pid ? ' (this one)' : ''}. ` +
        'PGlite has one user at a time: stop the server before importing, or use PostgreSQL (DATABASE_URL).',
    );
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder for this process, or throws DataDirInUseError; resolves to the release. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = `${dataDir}.lock`;
  await mkdir(dirname(path), { recursive: true });
  // Twice at most: once more after clearing a lock whose process is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && running(pid)) throw new DataDirInUseError(dataDir, pid);
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not take ${path}: another process keeps taking it.`);
}
