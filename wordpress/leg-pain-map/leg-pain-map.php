<?php
/**
 * Plugin Name:       Leg pain map
 * Description:       A leg pain map for massage spas: visitors tap where a leg hurts, answer a short safety check and read what to do, then book. Place it with the [leg_pain_map] shortcode or the Leg pain map block; defaults under Settings → Leg pain map.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Leg Pain Map
 * License:           MIT
 * Text Domain:       leg-pain-map
 * Domain Path:       /languages
 *
 * @package LegPainMap
 */

defined( 'ABSPATH' ) || exit;

/** The widget version this plugin ships and pins (the same as the npm package's). */
define( 'LEG_PAIN_MAP_VERSION', '0.1.0' );
define( 'LEG_PAIN_MAP_FILE', __FILE__ );
define( 'LEG_PAIN_MAP_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'leg_pain_map_init' );

/** Translations, the shortcode and the block. */
function leg_pain_map_init() {
	load_plugin_textdomain( 'leg-pain-map', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	add_shortcode( 'leg_pain_map', 'leg_pain_map_shortcode' );
	register_block_type( __DIR__ . '/block' );
	wp_set_script_translations( 'leg-pain-map-map-editor-script', 'leg-pain-map', __DIR__ . '/languages' );
}

/**
 * The shortcode: `[leg_pain_map booking-url="…" emergency-number="112" deep-link]`, with the
 * element's attribute names. A bare name (`deep-link`) arrives as a numbered value.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string The element's markup.
 */
function leg_pain_map_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$given[ strtolower( (string) $value ) ] = 'true';
		} else {
			$given[ strtolower( (string) $key ) ] = (string) $value;
		}
	}
	return leg_pain_map_render( $given );
}
