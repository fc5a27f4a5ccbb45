<?php
/**
 * Messages hold personal data, so WordPress's own tools find them: Tools → Export Personal Data
 * lists every message sent from an e-mail address, and Tools → Erase Personal Data deletes them.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/** Messages are looked up this many at a time (WordPress calls again for the next page). */
const CLINIC_ELEMENTS_PRIVACY_PAGE_SIZE = 50;

/**
 * The IDs of the messages sent from this address, one page of them.
 *
 * @return list<int>
 */
function clinic_elements_message_ids_from( string $email, int $page ): array {
	return array_map(
		'intval',
		get_posts(
			array(
				'post_type'      => CLINIC_ELEMENTS_POST_TYPE,
				'post_status'    => array( 'private', 'trash', 'publish', 'draft', 'pending' ),
				'posts_per_page' => CLINIC_ELEMENTS_PRIVACY_PAGE_SIZE,
				'paged'          => max( 1, $page ),
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'fields'         => 'ids',
				'meta_key'       => CLINIC_ELEMENTS_META['email'], // phpcs:ignore WordPress.DB.SlowDBQuery
				'meta_value'     => $email, // phpcs:ignore WordPress.DB.SlowDBQuery
			)
		)
	);
}

/**
 * Tools → Export Personal Data: every message from this address, with all it holds.
 *
 * @return array{data: list<array>, done: bool}
 */
function clinic_elements_export_personal_data( string $email, int $page = 1 ): array {
	$ids   = clinic_elements_message_ids_from( $email, $page );
	$items = array();
	foreach ( $ids as $post_id ) {
		$fields = array(
			__( 'Received', 'clinic-elements' ) => (string) get_post_field( 'post_date', $post_id ),
			__( 'Name', 'clinic-elements' )     => clinic_elements_message_meta( $post_id, 'name' ),
			__( 'E-mail', 'clinic-elements' )   => clinic_elements_message_meta( $post_id, 'email' ),
			__( 'Phone', 'clinic-elements' )    => clinic_elements_message_meta( $post_id, 'phone' ),
			__( 'Postcode', 'clinic-elements' ) => clinic_elements_message_meta( $post_id, 'postcode' ),
			__( 'Branch', 'clinic-elements' )   => clinic_elements_message_meta( $post_id, 'branch' ),
			__( 'Message', 'clinic-elements' )  => clinic_elements_message_meta( $post_id, 'message' ),
			__( 'Ticked in the checklist', 'clinic-elements' ) => implode( "\n", clinic_elements_message_symptoms( $post_id ) ),
			__( 'IP address', 'clinic-elements' ) => clinic_elements_message_meta( $post_id, 'ip' ),
		);
		$data = array();
		foreach ( $fields as $name => $value ) {
			if ( $value !== '' ) {
				$data[] = array( 'name' => $name, 'value' => $value );
			}
		}
		$items[] = array(
			'group_id'    => 'clinic-elements-messages',
			'group_label' => __( 'Contact form messages', 'clinic-elements' ),
			'item_id'     => 'clinic-message-' . $post_id,
			'data'        => $data,
		);
	}
	return array(
		'data' => $items,
		'done' => count( $ids ) < CLINIC_ELEMENTS_PRIVACY_PAGE_SIZE,
	);
}

/**
 * Tools → Erase Personal Data: deletes every message from this address (a message is all
 * personal data; nothing of it is worth keeping without the person).
 *
 * @return array{items_removed: bool, items_retained: bool, messages: list<string>, done: bool}
 */
function clinic_elements_erase_personal_data( string $email, int $page = 1 ): array {
	// Always the first page: the ones before were deleted.
	$ids     = clinic_elements_message_ids_from( $email, 1 );
	$removed = false;
	foreach ( $ids as $post_id ) {
		$removed = (bool) wp_delete_post( $post_id, true ) || $removed;
	}
	return array(
		'items_removed'  => $removed,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => count( $ids ) < CLINIC_ELEMENTS_PRIVACY_PAGE_SIZE,
	);
}

/**
 * Offers one of WordPress's two privacy tools for the messages: both filters take a list, keyed by
 * plugin, of a friendly name ("exporter_friendly_name" or "eraser_friendly_name") and a callback.
 *
 * @param string   $hook     The filter: wp_privacy_personal_data_exporters or wp_privacy_personal_data_erasers.
 * @param string   $tool     "exporter" or "eraser", as the name's key says.
 * @param callable $callback What the tool calls with an address and a page.
 */
function clinic_elements_offer_privacy_tool( string $hook, string $tool, callable $callback ): void {
	add_filter(
		$hook,
		static function ( array $tools ) use ( $tool, $callback ): array {
			$tools['clinic-elements'] = array(
				"{$tool}_friendly_name" => __( 'Clinic Elements messages', 'clinic-elements' ),
				'callback'              => $callback,
			);
			return $tools;
		}
	);
}

clinic_elements_offer_privacy_tool( 'wp_privacy_personal_data_exporters', 'exporter', 'clinic_elements_export_personal_data' );
clinic_elements_offer_privacy_tool( 'wp_privacy_personal_data_erasers', 'eraser', 'clinic_elements_erase_personal_data' );
