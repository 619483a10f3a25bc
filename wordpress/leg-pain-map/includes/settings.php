<?php
/**
 * Settings → Leg pain map: the site-wide defaults, for users who can manage options; and the
 * suggested privacy-policy text.
 *
 * @package LegPainMap
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'leg_pain_map_menu' );
add_action( 'admin_init', 'leg_pain_map_admin_init' );
add_filter( 'plugin_action_links_' . plugin_basename( LEG_PAIN_MAP_FILE ), 'leg_pain_map_action_links' );

/** The page under Settings. */
function leg_pain_map_menu() {
	add_options_page( __( 'Leg pain map', 'leg-pain-map' ), __( 'Leg pain map', 'leg-pain-map' ), 'manage_options', 'leg-pain-map', 'leg_pain_map_settings_page' );
}

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param array $links The plugin's links.
 * @return array
 */
function leg_pain_map_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=leg-pain-map' ) ) . '">' . esc_html__( 'Settings', 'leg-pain-map' ) . '</a>';
	return $links;
}

/** The setting, its fields, and the privacy-policy text. */
function leg_pain_map_admin_init() {
	register_setting(
		'leg_pain_map',
		LEG_PAIN_MAP_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'leg_pain_map_sanitize',
			'default'           => leg_pain_map_defaults(),
		)
	);

	add_settings_section( 'leg_pain_map_main', __( 'Defaults for every map on this site', 'leg-pain-map' ), 'leg_pain_map_section_main', 'leg-pain-map' );
	add_settings_section( 'leg_pain_map_look', __( 'Look and wording', 'leg-pain-map' ), '__return_false', 'leg-pain-map' );

	$text = function ( $key, $label, $description = '', $attrs = array() ) {
		add_settings_field(
			'leg_pain_map_' . $key,
			$label,
			'leg_pain_map_field_text',
			'leg-pain-map',
			in_array( $key, array( 'content_src' ), true ) || 0 === strpos( $key, 'colour_' ) ? 'leg_pain_map_look' : 'leg_pain_map_main',
			array(
				'key'         => $key,
				'label_for'   => 'leg-pain-map-' . $key,
				'description' => $description,
				'attrs'       => $attrs,
			)
		);
	};
	$select = function ( $key, $label, $choices, $description = '', $section = 'leg_pain_map_main' ) {
		add_settings_field(
			'leg_pain_map_' . $key,
			$label,
			'leg_pain_map_field_select',
			'leg-pain-map',
			$section,
			array(
				'key'         => $key,
				'label_for'   => 'leg-pain-map-' . $key,
				'choices'     => $choices,
				'description' => $description,
			)
		);
	};

	$text( 'emergency_number', __( 'Emergency number', 'leg-pain-map' ), __( 'Shown as a tap-to-call button on emergency answers and named on every other answer (112, 999, 911…). Set it.', 'leg-pain-map' ), array( 'inputmode' => 'tel' ) );
	$text( 'booking_url', __( 'Booking link', 'leg-pain-map' ), __( 'An https:// address or a path on this site (/book). Placeholders filled when a visitor taps Book: {summary}, {region}, {feeling}, {tier}, {lang}. Example: https://cal.com/your-spa/massage?notes={summary}', 'leg-pain-map' ), array( 'class' => 'large-text code' ) );
	$text( 'booking_label', __( 'Booking button', 'leg-pain-map' ), __( 'Up to 60 characters. Empty: "Book a massage" in the visitor\'s language.', 'leg-pain-map' ), array( 'maxlength' => '60' ) );
	$select(
		'lang',
		__( 'Language', 'leg-pain-map' ),
		array(
			''   => __( 'The page\'s language', 'leg-pain-map' ),
			'en' => 'English',
			'es' => 'Español',
		)
	);
	$select(
		'source',
		__( 'Load the widget from', 'leg-pain-map' ),
		array(
			'plugin' => __( 'This site (the copy inside the plugin)', 'leg-pain-map' ),
			/* translators: %s: the widget's version. */
			'cdn'    => sprintf( __( 'The jsDelivr CDN (leg-pain-map@%s, the same files)', 'leg-pain-map' ), LEG_PAIN_MAP_VERSION ),
		),
		__( 'Either way the browser checks the files against the hash pinned in this plugin. The CDN is a third party: it sees your visitors\' addresses.', 'leg-pain-map' )
	);
	$select(
		'theme',
		__( 'Theme', 'leg-pain-map' ),
		array(
			''     => __( 'Light (default)', 'leg-pain-map' ),
			'dark' => __( 'Dark', 'leg-pain-map' ),
			'auto' => __( 'Follow the visitor\'s system', 'leg-pain-map' ),
		),
		'',
		'leg_pain_map_look'
	);
	$colours = array(
		'accent'    => __( 'Accent (buttons, selection)', 'leg-pain-map' ),
		'on_accent' => __( 'Text on the accent', 'leg-pain-map' ),
		'text'      => __( 'Text', 'leg-pain-map' ),
		'bg'        => __( 'Background', 'leg-pain-map' ),
		'surface'   => __( 'Panels', 'leg-pain-map' ),
	);
	foreach ( $colours as $key => $label ) {
		$text(
			'colour_' . $key,
			$label,
			__( 'A hex colour such as #0f766e; empty for the widget\'s own.', 'leg-pain-map' ),
			array(
				'class'       => 'regular-text code',
				'placeholder' => '#rrggbb',
			)
		);
	}
	$text( 'content_src', __( 'Your own wording', 'leg-pain-map' ), __( 'The address of a JSON file in the widget\'s content format (docs/content.md), which can reword any text, safety text included: review it as carefully. Empty: the built-in words.', 'leg-pain-map' ), array( 'class' => 'large-text code' ) );

	if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
		wp_add_privacy_policy_content(
			__( 'Leg pain map', 'leg-pain-map' ),
			wp_kses_post(
				'<p>' . __( 'The leg pain map on this site runs entirely in your browser. What you choose in it (where it hurts, how it feels, the warning signs) is not sent to this site or to anyone else, and it sets no cookies and stores nothing on your device. Only if you tap the booking button does a summary of your answers go, in the booking link, to the booking page you open.', 'leg-pain-map' ) . '</p>'
			)
		);
	}
}

/** The intro of the settings. */
function leg_pain_map_section_main() {
	echo '<p>' . esc_html__( 'Place the map with the Leg pain map block or the [leg_pain_map] shortcode; what you set in a block or a shortcode overrides these defaults.', 'leg-pain-map' ) . '</p>';
}

/**
 * A text field.
 *
 * @param array $args The field's key, description and extra attributes.
 */
function leg_pain_map_field_text( $args ) {
	$options = leg_pain_map_options();
	$attrs   = array_merge( array( 'class' => 'regular-text' ), $args['attrs'] );
	printf(
		'<input type="text" id="%1$s" name="%2$s[%3$s]" value="%4$s"',
		esc_attr( $args['label_for'] ),
		esc_attr( LEG_PAIN_MAP_OPTION ),
		esc_attr( $args['key'] ),
		esc_attr( $options[ $args['key'] ] )
	);
	foreach ( $attrs as $name => $value ) {
		printf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	echo '>';
	if ( $args['description'] ) {
		echo '<p class="description">' . esc_html( $args['description'] ) . '</p>';
	}
}

/**
 * A select field.
 *
 * @param array $args The field's key, choices and description.
 */
function leg_pain_map_field_select( $args ) {
	$options = leg_pain_map_options();
	printf( '<select id="%1$s" name="%2$s[%3$s]">', esc_attr( $args['label_for'] ), esc_attr( LEG_PAIN_MAP_OPTION ), esc_attr( $args['key'] ) );
	foreach ( $args['choices'] as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $options[ $args['key'] ], (string) $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	if ( $args['description'] ) {
		echo '<p class="description">' . esc_html( $args['description'] ) . '</p>';
	}
}

/**
 * Checks what the settings form sent. A value that does not pass is not saved (the previous one
 * stays) and is named in an admin notice.
 *
 * @param mixed $input The form's values.
 * @return array
 */
function leg_pain_map_sanitize( $input ) {
	$previous = leg_pain_map_options();
	$clean    = leg_pain_map_defaults();
	$input    = is_array( $input ) ? $input : array();
	$fail     = function ( $key, $message ) use ( &$clean, $previous ) {
		$clean[ $key ] = $previous[ $key ];
		add_settings_error( LEG_PAIN_MAP_OPTION, 'leg_pain_map_' . $key, $message );
	};
	$fields = array(
		'emergency_number' => array( 'emergency-number', __( 'The emergency number can hold digits, spaces, brackets, dashes and a leading +, up to 20 characters.', 'leg-pain-map' ) ),
		'booking_url'      => array( 'booking-url', __( 'The booking link must start with https://, http:// or / (a page on this site).', 'leg-pain-map' ) ),
		'booking_label'    => array( 'booking-label', '' ),
		'lang'             => array( 'lang', __( 'Unknown language.', 'leg-pain-map' ) ),
		'theme'            => array( 'theme', __( 'Unknown theme.', 'leg-pain-map' ) ),
		'content_src'      => array( 'content-src', __( 'Your own wording must be an https:// address, a path on this site (/words.json) or #the-id of a JSON script on the page.', 'leg-pain-map' ) ),
	);
	foreach ( $fields as $key => list( $name, $message ) ) {
		$given = isset( $input[ $key ] ) ? leg_pain_map_text( $input[ $key ] ) : '';
		if ( '' === $given ) {
			continue;
		}
		$value = leg_pain_map_clean( $name, $given );
		if ( '' === $value ) {
			$fail( $key, $message );
		} else {
			$clean[ $key ] = $value;
		}
	}
	$clean['source'] = isset( $input['source'] ) && 'cdn' === $input['source'] ? 'cdn' : 'plugin';
	foreach ( array_keys( LEG_PAIN_MAP_COLOURS ) as $key ) {
		$given = isset( $input[ 'colour_' . $key ] ) ? trim( (string) $input[ 'colour_' . $key ] ) : '';
		if ( '' === $given ) {
			continue;
		}
		$colour = sanitize_hex_color( $given );
		if ( $colour ) {
			$clean[ 'colour_' . $key ] = $colour;
		} else {
			/* translators: %s: what the user typed. */
			$fail( 'colour_' . $key, sprintf( __( '"%s" is not a hex colour such as #0f766e: the colour was not changed.', 'leg-pain-map' ), $given ) );
		}
	}
	return $clean;
}

/** Settings → Leg pain map. */
function leg_pain_map_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	if ( ! leg_pain_map_bundle() ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'The widget\'s files are missing from the plugin: install it from the zip that scripts/pack.sh builds.', 'leg-pain-map' ) . '</p></div>';
	}
	echo '<form action="options.php" method="post">';
	settings_fields( 'leg_pain_map' );
	do_settings_sections( 'leg-pain-map' );
	submit_button();
	echo '</form></div>';
}
