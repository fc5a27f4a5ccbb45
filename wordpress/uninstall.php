<?php
/**
 * Deleting the plugin removes its settings and its rate-limit counters. Stored messages stay,
 * unless Settings → Clinic Elements asks to delete them too.
 *
 * @package ClinicElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;

$clinic_elements_settings = get_option( 'clinic_elements_settings', array() );
if ( is_array( $clinic_elements_settings ) && ! empty( $clinic_elements_settings['delete_messages_on_uninstall'] ) ) {
	// By ID from the table: the plugin is not loaded here, so its post type is not registered and
	// a query by post type would not see private posts.
	$clinic_elements_messages = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s", 'clinic_message' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	foreach ( $clinic_elements_messages as $clinic_elements_message ) {
		wp_delete_post( (int) $clinic_elements_message, true );
	}
}

delete_option( 'clinic_elements_settings' );

// The rate-limit counters (transients named clinic_elements_rate_…), with their timeouts.
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_clinic\\_elements\\_rate\\_%' OR option_name LIKE '\\_transient\\_timeout\\_clinic\\_elements\\_rate\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
