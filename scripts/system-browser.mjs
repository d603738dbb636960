// Finds a browser installed on the system for the tests, installing a Debian package when we are root with apt-get.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function hasAptGet() {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ name: string, envVar: string, candidates: string[], aptPackage: string, howToInstall: string, install?: boolean }} browser
 * @returns {string} the binary's path
 */
export function findSystemBrowser({ name, envVar, candidates, aptPackage, howToInstall, install = true }) {
  const found = () => {
    const fromEnv = process.env[envVar];
    if (fromEnv) {
      if (existsSync(fromEnv)) return fromEnv;
      throw new Error(`${envVar} is set to ${fromEnv}, but no file is there.`);
    }
    return candidates.find((p) => existsSync(p));
  };
  const path = found();
  if (path) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && hasAptGet()) {
    console.log(`No ${name} found: installing Debian's ${aptPackage} package (apt-get install ${aptPackage})…`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${aptPackage} >/dev/null`], { stdio: 'inherit' });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(`No ${name} found. ${howToInstall}\nor set ${envVar} to its binary.`);
}

/** Runs a finder as a script: prints the path, or the message saying how to install. */
export function printFound(find) {
  try {
    console.log(find());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
