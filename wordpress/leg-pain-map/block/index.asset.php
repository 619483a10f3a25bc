<?php
/**
 * The editor script's dependencies, written by hand (the script is plain JS: no build step).
 *
 * @package LegPainMap
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
