<?php
/**
 * The widget's files: the entry loaded as a module with its integrity hash, only on pages that
 * use the widget (WordPress 6.1 has no script-modules API, and wp_enqueue_script would add
 * `?ver=` and rewrite the type), and one style rule in the head.
 *
 * @package LegPainMap
 */

defined( 'ABSPATH' ) || exit;

add_action( 'wp_head', 'leg_pain_map_head', 20 );
add_action( 'wp_footer', 'leg_pain_map_footer', 20 );

/**
 * Whether this page uses the widget; `leg_pain_map_used( true )` marks it as used.
 *
 * @param bool $mark Mark the page as using the widget.
 * @return bool
 */
function leg_pain_map_used( $mark = false ) {
	static $used = false;
	if ( $mark ) {
		$used = true;
	}
	return $used;
}

/**
 * The pinned bundle inside the plugin: the version and the entry's integrity hash, written by
 * scripts/pack.sh into widget/bundle.php; null when the plugin was copied without it.
 *
 * @return array|null
 */
function leg_pain_map_bundle() {
	static $bundle = false;
	if ( false === $bundle ) {
		$file   = LEG_PAIN_MAP_DIR . '/widget/bundle.php';
		$bundle = is_readable( $file ) ? include $file : null;
	}
	return is_array( $bundle ) ? $bundle : null;
}

/**
 * Where the entry loads from: the plugin's own copy (the default), or the same pinned version on
 * the npm CDN path. Never a free-form address: it could not match the pinned integrity.
 *
 * @return string
 */
function leg_pain_map_script_url() {
	$options = leg_pain_map_options();
	if ( 'cdn' === $options['source'] ) {
		return 'https://cdn.jsdelivr.net/npm/leg-pain-map@' . LEG_PAIN_MAP_VERSION . '/dist/leg-pain-map.js';
	}
	return plugins_url( 'widget/leg-pain-map.js', LEG_PAIN_MAP_FILE );
}

/**
 * Whether the posts this request shows contain the shortcode or the block (a classic theme prints
 * the head before the content is rendered).
 *
 * @return bool
 */
function leg_pain_map_in_query() {
	global $wp_query;
	if ( leg_pain_map_used() ) {
		return true;
	}
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return false;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && ( has_shortcode( $post->post_content, 'leg_pain_map' ) || has_block( 'leg-pain-map/map', $post ) ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The style: the height the widget keeps before its script has loaded, and the site's colours
 * (each through sanitize_hex_color), as one rule: never a style attribute on the element.
 *
 * @return string
 */
function leg_pain_map_style() {
	$options = leg_pain_map_options();
	$props   = '';
	foreach ( LEG_PAIN_MAP_COLOURS as $key => $property ) {
		$colour = sanitize_hex_color( $options[ 'colour_' . $key ] );
		if ( $colour ) {
			$props .= $property . ':' . $colour . ';';
		}
	}
	$css = 'leg-pain-map:not(:defined){display:block;min-height:1840px}';
	if ( '' !== $props ) {
		$css .= 'leg-pain-map{' . $props . '}';
	}
	return '<style id="leg-pain-map-css">' . $css . "</style>\n";
}

/** Prints the style in the head of pages that use the widget. */
function leg_pain_map_head() {
	if ( empty( $GLOBALS['leg_pain_map_style_printed'] ) && leg_pain_map_in_query() ) {
		echo leg_pain_map_style(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from sanitize_hex_color values only.
		$GLOBALS['leg_pain_map_style_printed'] = true;
	}
}

/** Prints the entry in the footer of pages whose content placed the widget. */
function leg_pain_map_footer() {
	if ( ! leg_pain_map_used() ) {
		return;
	}
	$bundle = leg_pain_map_bundle();
	if ( ! $bundle ) {
		return;
	}
	if ( empty( $GLOBALS['leg_pain_map_style_printed'] ) ) {
		echo leg_pain_map_style(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- as above.
	}
	wp_print_script_tag(
		array(
			'type'        => 'module',
			'id'          => 'leg-pain-map-js',
			'src'         => leg_pain_map_script_url(),
			'integrity'   => $bundle['integrity'],
			'crossorigin' => 'anonymous',
		)
	);
}
