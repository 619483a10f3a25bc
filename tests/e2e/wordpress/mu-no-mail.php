<?php
/**
 * Test must-use plugin: WordPress sends no mail (wp_install's notice, password changes).
 */
add_filter( 'pre_wp_mail', '__return_true' );
