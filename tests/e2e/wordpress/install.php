<?php
/**
 * Installs WordPress into the test's database and creates one user per role, each with an
 * application password; prints them as JSON. Run with `php install.php` and the same
 * environment as the server (LPM_WP_CONFIG, LPM_WP_URL).
 */

$url                          = getenv( 'LPM_WP_URL' );
$_SERVER['WORDPRESS_CONFIG'] = 'lpm-e2e';
$_SERVER['HTTP_HOST']        = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$password  = getenv( 'LPM_WP_PASSWORD' );
$installed = wp_install( 'Linden Spa', 'admin', 'admin@example.test', true, '', $password );
$ids       = array( 'administrator' => $installed['user_id'] );
foreach ( array( 'editor', 'author' ) as $role ) {
	$ids[ $role ] = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $password,
			'user_email' => $role . '@example.test',
			'role'       => $role,
		)
	);
}
$users = array();
foreach ( $ids as $role => $id ) {
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	list( $app ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'e2e' ) );
	$users[ $role ] = array(
		'id'    => $id,
		'login' => get_userdata( $id )->user_login,
		'app'   => $app,
	);
}
echo wp_json_encode( $users );
