<?php
/**
 * Messages in wp-admin (editors and administrators): the list shows who wrote, how to reach them,
 * the branch, the message, the checklist's ticks and whether the e-mail went out; a message whose
 * e-mail failed says “Not e-mailed” with the reason and a “Send again” link. Opening a message
 * shows all of it, read-only.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/** One meta value of a message, as text. */
function clinic_elements_message_meta( int $post_id, string $key ): string {
	$value = get_post_meta( $post_id, CLINIC_ELEMENTS_META[ $key ], true );
	return is_scalar( $value ) ? (string) $value : '';
}

/** The checklist's ticks of a message. */
function clinic_elements_message_symptoms( int $post_id ): array {
	$ticks = get_post_meta( $post_id, CLINIC_ELEMENTS_META['symptoms'], true );
	return is_array( $ticks ) ? $ticks : array();
}

add_filter(
	'manage_' . CLINIC_ELEMENTS_POST_TYPE . '_posts_columns',
	static function (): array {
		return array(
			'cb'                  => '<input type="checkbox" />',
			'title'               => __( 'From', 'clinic-elements' ),
			'clinic_phone'        => __( 'Phone', 'clinic-elements' ),
			'clinic_branch'       => __( 'Branch', 'clinic-elements' ),
			'clinic_message'      => __( 'Message', 'clinic-elements' ),
			'clinic_symptoms'     => __( 'Checklist', 'clinic-elements' ),
			'clinic_mail_status'  => __( 'E-mail', 'clinic-elements' ),
			'date'                => __( 'Received', 'clinic-elements' ),
		);
	}
);

add_action(
	'manage_' . CLINIC_ELEMENTS_POST_TYPE . '_posts_custom_column',
	static function ( string $column, int $post_id ): void {
		switch ( $column ) {
			case 'clinic_phone':
				echo esc_html( clinic_elements_message_meta( $post_id, 'phone' ) );
				break;
			case 'clinic_branch':
				echo esc_html( clinic_elements_message_meta( $post_id, 'branch' ) );
				break;
			case 'clinic_message':
				echo esc_html( wp_trim_words( clinic_elements_message_meta( $post_id, 'message' ), 30 ) );
				break;
			case 'clinic_symptoms':
				$ticks = clinic_elements_message_symptoms( $post_id );
				echo $ticks ? '<ul><li>' . implode( '</li><li>', array_map( 'esc_html', $ticks ) ) . '</li></ul>' : '';
				break;
			case 'clinic_mail_status':
				clinic_elements_render_mail_status( $post_id );
				break;
		}
	},
	10,
	2
);

/** “Sent to …”, or “Not e-mailed” with the reason and a “Send again” link. */
function clinic_elements_render_mail_status( int $post_id ): void {
	$to = clinic_elements_message_meta( $post_id, 'mail_to' );
	if ( clinic_elements_message_meta( $post_id, 'mail_status' ) === 'sent' ) {
		/* translators: %s: e-mail address */
		echo esc_html( sprintf( __( 'Sent to %s', 'clinic-elements' ), $to ) );
		return;
	}
	echo '<strong class="clinic-message-unsent">' . esc_html__( 'Not e-mailed', 'clinic-elements' ) . '</strong>';
	$problem = clinic_elements_message_meta( $post_id, 'mail_problem' );
	if ( $problem !== '' ) {
		echo '<br><span class="description">' . esc_html( $problem ) . '</span>';
	}
	$resend = wp_nonce_url( admin_url( 'admin-post.php?action=clinic_elements_resend&post=' . $post_id ), 'clinic_elements_resend_' . $post_id );
	echo '<br><a href="' . esc_url( $resend ) . '">' . esc_html__( 'Send again', 'clinic-elements' ) . '</a>';
}

// A message cannot be edited or previewed: the row keeps "Trash" and a "Read" link.
add_filter(
	'post_row_actions',
	static function ( array $actions, WP_Post $post ): array {
		if ( $post->post_type !== CLINIC_ELEMENTS_POST_TYPE ) {
			return $actions;
		}
		unset( $actions['inline hide-if-no-js'], $actions['view'], $actions['preview'] );
		if ( isset( $actions['edit'] ) ) {
			$actions['edit'] = '<a href="' . esc_url( (string) get_edit_post_link( $post->ID ) ) . '">' . esc_html__( 'Read', 'clinic-elements' ) . '</a>';
		}
		return $actions;
	},
	10,
	2
);

// Opening a message: everything in one read-only box; no editing box.
add_action(
	'add_meta_boxes_' . CLINIC_ELEMENTS_POST_TYPE,
	static function ( WP_Post $post ): void {
		remove_meta_box( 'submitdiv', CLINIC_ELEMENTS_POST_TYPE, 'side' );
		add_meta_box( 'clinic-message', __( 'Message', 'clinic-elements' ), 'clinic_elements_render_message_box', CLINIC_ELEMENTS_POST_TYPE, 'normal', 'high' );
	}
);

function clinic_elements_render_message_box( WP_Post $post ): void {
	$rows = array(
		__( 'Name', 'clinic-elements' )     => clinic_elements_message_meta( $post->ID, 'name' ),
		__( 'E-mail', 'clinic-elements' )   => clinic_elements_message_meta( $post->ID, 'email' ),
		__( 'Phone', 'clinic-elements' )    => clinic_elements_message_meta( $post->ID, 'phone' ),
		__( 'Postcode', 'clinic-elements' ) => clinic_elements_message_meta( $post->ID, 'postcode' ),
		__( 'Branch', 'clinic-elements' )   => clinic_elements_message_meta( $post->ID, 'branch' ),
		__( 'Received', 'clinic-elements' ) => get_the_date( '', $post ) . ' ' . get_the_time( '', $post ),
	);
	$extra = get_post_meta( $post->ID, CLINIC_ELEMENTS_META['extra'], true );
	foreach ( is_array( $extra ) ? $extra : array() as $field => $value ) {
		$rows[ (string) $field ] = (string) $value;
	}
	$ip = clinic_elements_message_meta( $post->ID, 'ip' );
	if ( $ip !== '' ) {
		$rows[ __( 'IP address', 'clinic-elements' ) ] = $ip;
	}
	echo '<table class="form-table" role="presentation">';
	foreach ( $rows as $label => $value ) {
		echo '<tr><th scope="row">' . esc_html( (string) $label ) . '</th><td>' . esc_html( $value ) . '</td></tr>';
	}
	echo '<tr><th scope="row">' . esc_html__( 'Message', 'clinic-elements' ) . '</th><td>' . nl2br( esc_html( clinic_elements_message_meta( $post->ID, 'message' ) ) ) . '</td></tr>';
	$ticks = clinic_elements_message_symptoms( $post->ID );
	if ( $ticks ) {
		echo '<tr><th scope="row">' . esc_html__( 'Ticked in the checklist', 'clinic-elements' ) . '</th><td><ul><li>' . implode( '</li><li>', array_map( 'esc_html', $ticks ) ) . '</li></ul></td></tr>';
	}
	echo '<tr><th scope="row">' . esc_html__( 'E-mail', 'clinic-elements' ) . '</th><td>';
	clinic_elements_render_mail_status( $post->ID );
	echo '</td></tr></table>';
	$delete = get_delete_post_link( $post->ID );
	if ( $delete ) {
		echo '<p><a class="submitdelete" href="' . esc_url( $delete ) . '">' . esc_html__( 'Move to Trash', 'clinic-elements' ) . '</a></p>';
	}
}

// The list says how many messages were not e-mailed.
add_action(
	'admin_notices',
	static function (): void {
		$screen = get_current_screen();
		if ( ! $screen || $screen->id !== 'edit-' . CLINIC_ELEMENTS_POST_TYPE ) {
			return;
		}
		$unsent = get_posts(
			array(
				'post_type'      => CLINIC_ELEMENTS_POST_TYPE,
				'post_status'    => 'private',
				'posts_per_page' => -1,
				'fields'         => 'ids',
				'meta_key'       => CLINIC_ELEMENTS_META['mail_status'], // phpcs:ignore WordPress.DB.SlowDBQuery
				'meta_value'     => 'unsent', // phpcs:ignore WordPress.DB.SlowDBQuery
			)
		);
		if ( $unsent ) {
			/* translators: %d: number of messages */
			$text = sprintf( _n( '%d message could not be e-mailed. It is kept here: read it below, or send it again.', '%d messages could not be e-mailed. They are kept here: read them below, or send them again.', count( $unsent ), 'clinic-elements' ), count( $unsent ) );
			echo '<div class="notice notice-warning"><p>' . esc_html( $text ) . '</p></div>';
		}
		if ( isset( $_GET['clinic-resent'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
			$sent = $_GET['clinic-resent'] === '1'; // phpcs:ignore WordPress.Security.NonceVerification
			echo '<div class="notice ' . ( $sent ? 'notice-success' : 'notice-error' ) . ' is-dismissible"><p>' . esc_html( $sent ? __( 'The message was e-mailed.', 'clinic-elements' ) : __( 'The message could not be e-mailed this time either.', 'clinic-elements' ) ) . '</p></div>';
		}
	}
);

// "Send again" for a message whose e-mail failed.
add_action(
	'admin_post_clinic_elements_resend',
	static function (): void {
		$post_id = isset( $_GET['post'] ) ? absint( $_GET['post'] ) : 0;
		check_admin_referer( 'clinic_elements_resend_' . $post_id );
		$post = get_post( $post_id );
		if ( ! $post || $post->post_type !== CLINIC_ELEMENTS_POST_TYPE || ! current_user_can( 'edit_post', $post_id ) ) {
			wp_die( esc_html__( 'You may not send this message.', 'clinic-elements' ), 403 );
		}
		$sent = clinic_elements_mail_message( $post_id );
		wp_safe_redirect( admin_url( 'edit.php?post_type=' . CLINIC_ELEMENTS_POST_TYPE . '&clinic-resent=' . ( $sent ? '1' : '0' ) ) );
		exit;
	}
);
