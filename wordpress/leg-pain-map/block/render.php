<?php
/**
 * The block's output on the published page: the same element as the shortcode's.
 *
 * @package LegPainMap
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo leg_pain_map_render( leg_pain_map_block_attributes( (array) $attributes ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped inside.
