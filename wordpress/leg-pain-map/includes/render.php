<?php
/**
 * The one function that writes the element, for the shortcode and the block alike.
 *
 * @package LegPainMap
 */

defined( 'ABSPATH' ) || exit;

/** The attributes a shortcode or a block may set (`content-src` is site-wide only). */
const LEG_PAIN_MAP_ATTRIBUTES = array( 'lang', 'booking-url', 'booking-label', 'emergency-number', 'view', 'theme', 'deep-link' );

/**
 * The `<leg-pain-map>` element: the site-wide defaults, overridden by the attributes given, each
 * checked and escaped with esc_attr; the fallback text directly inside the element (never a `<p>`,
 * which the auto-paragraph filter would push out of it). Marks the page as using the widget, so
 * the footer loads its script.
 *
 * @param array $given Attribute name => value, by the element's names.
 * @return string
 */
function leg_pain_map_render( array $given ) {
	$options = leg_pain_map_options();
	$attrs   = array(
		'lang'             => $options['lang'],
		'booking-url'      => $options['booking_url'],
		'booking-label'    => $options['booking_label'],
		'emergency-number' => $options['emergency_number'],
		'view'             => '',
		'theme'            => $options['theme'],
		'deep-link'        => '',
		'content-src'      => $options['content_src'],
	);
	foreach ( LEG_PAIN_MAP_ATTRIBUTES as $name ) {
		if ( isset( $given[ $name ] ) && '' !== leg_pain_map_text( $given[ $name ] ) ) {
			$value = leg_pain_map_clean( $name, $given[ $name ] );
			if ( '' !== $value ) {
				$attrs[ $name ] = $value;
			}
		}
	}
	// WordPress writes the page's language with its region (`<html lang="en-US">`), and the widget
	// lays a spa's words only over the exact language they are keyed by ("en-us", not "en"): with
	// the site's own wording and no language chosen, name the primary language ("en", "es", "fr").
	if ( '' === $attrs['lang'] && '' !== $attrs['content-src'] ) {
		$attrs['lang'] = leg_pain_map_clean( 'lang', strtok( (string) get_bloginfo( 'language' ), '-_' ) );
	}
	$html = '<leg-pain-map';
	foreach ( $attrs as $name => $value ) {
		if ( '' === $value ) {
			continue;
		}
		$html .= 'deep-link' === $name ? ' deep-link' : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . esc_html( leg_pain_map_fallback() ) . '</leg-pain-map>';
	leg_pain_map_used( true );
	return $html;
}

/**
 * What the element shows where its script cannot run (the same words as site/snippet.mjs).
 *
 * @return string
 */
function leg_pain_map_fallback() {
	return __( 'The leg pain map needs a current browser with JavaScript. Short of breath or chest pain? Call your emergency number.', 'leg-pain-map' );
}

/**
 * The block's attributes (block.json, camelCase) by the element's names.
 *
 * @param array $attributes The block's attributes.
 * @return array
 */
function leg_pain_map_block_attributes( array $attributes ) {
	$names = array(
		'lang'            => 'lang',
		'bookingUrl'      => 'booking-url',
		'bookingLabel'    => 'booking-label',
		'emergencyNumber' => 'emergency-number',
		'view'            => 'view',
		'theme'           => 'theme',
		'deepLink'        => 'deep-link',
	);
	$given = array();
	foreach ( $names as $key => $name ) {
		if ( isset( $attributes[ $key ] ) ) {
			$given[ $name ] = $attributes[ $key ];
		}
	}
	return $given;
}
