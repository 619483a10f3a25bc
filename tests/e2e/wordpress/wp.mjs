// A real WordPress for the end-to-end tests, from Debian's packages and without system services:
// a private MariaDB (mariadb-install-db into target/wordpress/db, mariadbd --skip-networking on a
// socket) and `php -S` on 127.0.0.1 with router.php, both started here and stopped by `stop()`;
// WordPress installed and one user per role created by install.php (wp_install, wp_insert_user,
// an application password each), mail stopped by a must-use plugin, the plugin's zip unpacked
// into the private wp-content. Every wait is for a condition, with a deadline.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const HERE = resolve('tests/e2e/wordpress');
export const CORE = '/usr/share/wordpress';
/** The file Debian's wp-config.php looks up for WORDPRESS_CONFIG=lpm-e2e (the router sets it). */
const DEBIAN_CONFIG = '/etc/wordpress/config-lpm-e2e.php';

const freePort = () => new Promise((done, fail) => {
  const s = createServer().once('error', fail).listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => done(port)); });
});

async function until(what, check, { timeout = 30000, every = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try { if (await check()) return; } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(every);
  }
}

/** What the machine needs (scripts/setup.sh installs it): a message per missing piece. */
export function missing() {
  const need = { [CORE + '/wp-settings.php']: 'wordpress', '/usr/sbin/mariadbd': 'mariadb-server', '/usr/bin/mariadb-install-db': 'mariadb-server', '/usr/bin/php': 'php-cli',
    [CORE + '/wp-content/themes/twentytwentythree/theme.json']: 'wordpress-theme-twentytwentythree' };
  const gone = Object.entries(need).filter(([file]) => !existsSync(file)).map(([file, pkg]) => `${file} (Debian package ${pkg})`);
  try { execFileSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']); } catch { gone.push('PHP mysqli (Debian package php-mysql)'); }
  return gone;
}

/**
 * Starts WordPress with the plugin from `zip` unpacked (not activated). Returns `{ url, users,
 * rest(role, method, route, body), php(expr), log, stop() }`.
 */
export async function startWordPress({ zip, dir = resolve('target/wordpress'), password = 'lpm-e2e-Pa55!' } = {}) {
  const children = [];
  // `php -S` with PHP_CLI_SERVER_WORKERS forks workers that outlive a signal to the parent alone:
  // a child started in a process group of its own (`detached`) is stopped with its whole group.
  const signal = (child, name) => {
    try { process.kill(child.detached ? -child.pid : child.pid, name); } catch { /* gone */ }
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((done) => child.once('exit', done));
        signal(child, 'SIGTERM');
        await Promise.race([gone, sleep(10000)]);
        if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGKILL');
      }
      if (child.detached) signal(child, 'SIGKILL'); // whatever of its group is left (the workers)
    }
    children.length = 0;
    rmSync(DEBIAN_CONFIG, { force: true });
    rmSync(join(dir, 'db'), { recursive: true, force: true }); // ~110 MB; the logs stay for reading
  };
  process.once('exit', () => { for (const c of children) signal(c, 'SIGKILL'); });
  try {
    rmSync(dir, { recursive: true, force: true });
    const db = join(dir, 'db'), content = join(dir, 'wp-content'), socket = join(dir, 'mariadb.sock');
    mkdirSync(db, { recursive: true });
    for (const d of ['plugins', 'mu-plugins', 'uploads']) mkdirSync(join(content, d), { recursive: true });
    symlinkSync(join(CORE, 'wp-content/themes'), join(content, 'themes'));
    copyFileSync(join(HERE, 'mu-no-mail.php'), join(content, 'mu-plugins/lpm-e2e-no-mail.php'));
    execFileSync('unzip', ['-q', resolve(zip), '-d', join(content, 'plugins')]);

    // MariaDB: a data folder of its own, no TCP port, a socket in the folder.
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const dbLog = openSync(join(dir, 'mariadb.log'), 'w');
    const mariadb = spawn('mariadbd', ['--no-defaults', `--datadir=${db}`, `--socket=${socket}`, `--pid-file=${join(dir, 'mariadb.pid')}`, '--skip-networking',
      '--user=root', '--innodb-buffer-pool-size=64M', '--skip-log-bin', `--log-error=${join(dir, 'mariadb.err')}`], { stdio: ['ignore', dbLog, dbLog] });
    children.push(mariadb);
    await until('MariaDB on its socket', () => {
      if (mariadb.exitCode !== null) throw Object.assign(new Error('mariadbd exited: ' + readFileSync(join(dir, 'mariadb.err'), 'utf8').slice(-2000)), { fatal: true });
      execFileSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], { stdio: 'ignore' });
      return true;
    }, { timeout: 60000 }).catch((e) => { throw e; });
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    // The config: Debian's wp-config.php requires /etc/wordpress/config-lpm-e2e.php, which
    // requires the file named in LPM_WP_CONFIG: this run's.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = join(dir, 'config.php');
    const log = join(dir, 'debug.log');
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((k, i) => `define('${k}', 'lpm-e2e-${i}-${port}');`).join('\n');
    writeFileSync(config, `<?php
// The test's WordPress config (tests/e2e/wordpress/wp.mjs).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${log}');
define('WP_DEBUG_DISPLAY', false);
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain http
define('WP_HTTP_BLOCK_EXTERNAL', true); // no calls home from PHP
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
${salts}
`);
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(DEBIAN_CONFIG, "<?php\n// The end-to-end tests' WordPress (leg-pain-map tests/e2e/wordpress/wp.mjs): the config named in LPM_WP_CONFIG.\nrequire getenv('LPM_WP_CONFIG');\n");
    const env = { ...process.env, LPM_WP_CONFIG: config, LPM_WP_CONTENT: content, LPM_WP_URL: url, LPM_WP_PASSWORD: password, PHP_CLI_SERVER_WORKERS: '4' };

    const users = JSON.parse(execFileSync('php', [join(HERE, 'install.php')], { env, encoding: 'utf8' }));

    const serverLog = openSync(join(dir, 'php-server.log'), 'w');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', CORE, join(HERE, 'router.php')], { env, stdio: ['ignore', serverLog, serverLog], detached: true });
    server.detached = true;
    children.push(server);
    await until('WordPress answering', async () => {
      if (server.exitCode !== null) throw new Error('php -S exited: ' + readFileSync(join(dir, 'php-server.log'), 'utf8').slice(-2000));
      return (await fetch(url + '/?rest_route=/')).ok;
    });

    const rest = async (role, method, route, body) => {
      const user = users[role];
      const res = await fetch(`${url}/?rest_route=${encodeURIComponent(route)}`, {
        method,
        headers: { authorization: 'Basic ' + Buffer.from(`${user.login}:${user.app}`).toString('base64'), 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      const data = await res.json();
      if (!res.ok) throw new Error(`${method} ${route} as ${role}: ${res.status} ${JSON.stringify(data)}`);
      return data;
    };
    const php = (expr) => JSON.parse(execFileSync('php', [join(HERE, 'eval.php'), expr], { env, encoding: 'utf8' }));
    return { url, users, password, rest, php, log, dir, content, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
