<?php
/**
 * Prints, as JSON, what the PHP expression in argv[1] returns inside the test's WordPress.
 */

$url                          = getenv( 'LPM_WP_URL' );
$_SERVER['WORDPRESS_CONFIG'] = 'lpm-e2e';
$_SERVER['HTTP_HOST']        = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
require '/usr/share/wordpress/wp-load.php';
echo wp_json_encode( eval( 'return ' . $argv[1] . ';' ) );
