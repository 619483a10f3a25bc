<?php
/**
 * The site-wide settings, kept in one option (`leg_pain_map`), and the checks every value passes.
 *
 * @package LegPainMap
 */

defined( 'ABSPATH' ) || exit;

/** The option that holds every site-wide setting (removed by uninstall.php). */
const LEG_PAIN_MAP_OPTION = 'leg_pain_map';

/** The colours a site may set, as option key => the widget's custom property (README "Theming"). */
const LEG_PAIN_MAP_COLOURS = array(
	'accent'    => '--lpm-accent',
	'on_accent' => '--lpm-on-accent',
	'text'      => '--lpm-text',
	'bg'        => '--lpm-bg',
	'surface'   => '--lpm-surface',
);

/**
 * The settings with their defaults: no booking link, the page's language, the plugin's own copy.
 *
 * @return array
 */
function leg_pain_map_defaults() {
	$defaults = array(
		'emergency_number' => '',
		'booking_url'      => '',
		'booking_label'    => '',
		'lang'             => '',
		'source'           => 'plugin',
		'theme'            => '',
		'content_src'      => '',
	);
	foreach ( array_keys( LEG_PAIN_MAP_COLOURS ) as $key ) {
		$defaults[ 'colour_' . $key ] = '';
	}
	return $defaults;
}

/**
 * The saved settings over the defaults.
 *
 * @return array
 */
function leg_pain_map_options() {
	$saved = get_option( LEG_PAIN_MAP_OPTION, array() );
	return array_merge( leg_pain_map_defaults(), is_array( $saved ) ? array_intersect_key( $saved, leg_pain_map_defaults() ) : array() );
}

/**
 * Text as typed: entities decoded (kses stores an Author's `&` as `&amp;`), tags and control
 * characters removed, trimmed. The value is escaped again (esc_attr) when it is printed.
 *
 * @param mixed $value A value from a shortcode, a block or the settings form.
 * @return string
 */
function leg_pain_map_text( $value ) {
	if ( is_bool( $value ) ) {
		return $value ? 'true' : '';
	}
	$text = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text = wp_strip_all_tags( $text );
	return trim( preg_replace( '/[\x00-\x1f\x7f]+/', ' ', $text ) );
}

/**
 * A booking link the widget accepts: an http(s) address, or a path on this site (a leading `/`,
 * not `//` or `/\`, which browsers read as another site). Checked with wp_parse_url, not changed
 * with esc_url, which would delete the `{summary}` placeholders' braces.
 *
 * @param string $url The link, entities decoded.
 * @return bool
 */
function leg_pain_map_link_ok( $url ) {
	if ( '' === $url || preg_match( '/[\s"<>\\\\`]/', $url ) ) {
		return false;
	}
	if ( '/' === $url[0] ) {
		return ! isset( $url[1] ) || '/' !== $url[1];
	}
	$parts = wp_parse_url( $url );
	return is_array( $parts ) && ! empty( $parts['host'] ) && isset( $parts['scheme'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true );
}

/**
 * One attribute's value, cleaned; '' when it is not one the widget takes (the attribute is then
 * left out and the site-wide default, or the widget's own, applies).
 *
 * @param string $name  The element's attribute name.
 * @param mixed  $value The value given.
 * @return string
 */
function leg_pain_map_clean( $name, $value ) {
	$value = leg_pain_map_text( $value );
	switch ( $name ) {
		case 'booking-url':
			return leg_pain_map_link_ok( $value ) ? $value : '';
		case 'booking-label':
			return function_exists( 'mb_substr' ) ? mb_substr( $value, 0, 60 ) : substr( $value, 0, 60 );
		case 'emergency-number':
			return preg_match( '/^\+?[0-9][0-9 ()\-]{0,19}$/', $value ) ? $value : '';
		case 'lang':
			return preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i', $value ) ? strtolower( $value ) : '';
		case 'view':
			return in_array( $value, array( 'front', 'back' ), true ) ? $value : '';
		case 'theme':
			return in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : '';
		case 'deep-link':
			return ( '' === $value || 'false' === strtolower( $value ) ) ? '' : 'true';
		case 'content-src':
			return ( preg_match( '/^#[A-Za-z][\w\-]*$/', $value ) || leg_pain_map_link_ok( $value ) ) ? $value : '';
	}
	return '';
}
