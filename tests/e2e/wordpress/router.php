<?php
/**
 * The router of `php -S` for Debian's WordPress (tests/e2e/wordpress.test.mjs): it names the
 * config Debian's wp-config.php looks up (/etc/wordpress/config-lpm-e2e.php, which requires the
 * test's own config file named in LPM_WP_CONFIG), serves /wp-content/ from the test's private
 * content folder (LPM_WP_CONTENT) as Apache's alias would, lets the server send WordPress's own
 * static files, and runs every other request through WordPress's PHP files.
 */

$_SERVER['WORDPRESS_CONFIG'] = 'lpm-e2e';
$root = '/usr/share/wordpress';
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false !== strpos( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = getenv( 'LPM_WP_CONTENT' ) . substr( $path, strlen( '/wp-content' ) );
	$types = array(
		'js'    => 'text/javascript',
		'mjs'   => 'text/javascript',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'wasm'  => 'application/wasm',
		'html'  => 'text/html; charset=utf-8',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
		'txt'   => 'text/plain',
	);
	$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	if ( is_file( $file ) && isset( $types[ $ext ] ) ) {
		header( 'Content-Type: ' . $types[ $ext ] );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
	} else {
		http_response_code( 404 );
	}
	return true;
}

if ( '/' !== $path && is_file( $root . $path ) && '.php' !== substr( $path, -4 ) ) {
	return false; // WordPress's own CSS, JS and images: the server sends them.
}

if ( '.php' === substr( $path, -4 ) && is_file( $root . $path ) ) {
	$script = $path;
} elseif ( is_file( $root . rtrim( $path, '/' ) . '/index.php' ) ) {
	$script = rtrim( $path, '/' ) . '/index.php';
} else {
	$script = '/index.php';
}
$_SERVER['SCRIPT_NAME']     = $script;
$_SERVER['PHP_SELF']        = $script;
$_SERVER['SCRIPT_FILENAME'] = $root . $script;
chdir( dirname( $root . $script ) );
require $root . $script;
