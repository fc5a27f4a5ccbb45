<?php
/**
 * Deleting the plugin removes its settings and its rate-limit counters. Stored messages stay,
 * unless Settings → Clinic Elements asks to delete them too.
 *
 * @package ClinicElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$clinic_elements_settings = get_option( 'clinic_elements_settings', array() );
if ( is_array( $clinic_elements_settings ) && ! empty( $clinic_elements_settings['delete_messages_on_uninstall'] ) ) {
	$clinic_elements_messages = get_posts(
		array(
			'post_type'      => 'clinic_message',
			'post_status'    => array( 'private', 'publish', 'draft', 'pending', 'trash' ),
			'posts_per_page' => -1,
			'fields'         => 'ids',
		)
	);
	foreach ( $clinic_elements_messages as $clinic_elements_message ) {
		wp_delete_post( $clinic_elements_message, true );
	}
}

delete_option( 'clinic_elements_settings' );

global $wpdb;
// The rate-limit counters (transients named clinic_elements_rate_…), with their timeouts.
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_clinic\\_elements\\_rate\\_%' OR option_name LIKE '\\_transient\\_timeout\\_clinic\\_elements\\_rate\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
