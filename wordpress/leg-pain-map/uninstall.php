<?php
/**
 * Uninstalling the plugin removes its one option; it stores nothing else.
 *
 * @package LegPainMap
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'leg_pain_map' );
