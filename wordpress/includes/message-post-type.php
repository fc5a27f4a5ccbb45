<?php
/**
 * Where messages live: a private custom post type, `clinic_message`, that only editors and
 * administrators (`edit_others_posts`) see in wp-admin. A message is stored first (every field in
 * post meta, exactly as sent), then e-mailed; a message whose e-mail failed stays, marked unsent.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_ELEMENTS_POST_TYPE = 'clinic_message';

/** The post meta of a message, by what it holds. */
const CLINIC_ELEMENTS_META = array(
	'name'          => '_clinic_name',
	'email'         => '_clinic_email',
	'phone'         => '_clinic_phone',
	'postcode'      => '_clinic_postcode',
	'branch'        => '_clinic_branch',
	'message'       => '_clinic_message',
	'consent'       => '_clinic_consent',
	'symptoms'      => '_clinic_symptoms',
	'extra'         => '_clinic_extra',
	'ip'            => '_clinic_ip',
	'mail_status'   => '_clinic_mail_status',
	'mail_to'       => '_clinic_mail_to',
	'mail_problem'  => '_clinic_mail_problem',
);

function clinic_elements_register_post_type(): void {
	$staff_only = 'edit_others_posts';
	register_post_type(
		CLINIC_ELEMENTS_POST_TYPE,
		array(
			'labels'              => array(
				'name'               => __( 'Messages', 'clinic-elements' ),
				'singular_name'      => __( 'Message', 'clinic-elements' ),
				'menu_name'          => __( 'Messages', 'clinic-elements' ),
				'all_items'          => __( 'All messages', 'clinic-elements' ),
				'edit_item'          => __( 'Message', 'clinic-elements' ),
				'search_items'       => __( 'Search messages', 'clinic-elements' ),
				'not_found'          => __( 'No messages yet.', 'clinic-elements' ),
				'not_found_in_trash' => __( 'No messages in the trash.', 'clinic-elements' ),
			),
			'description'         => __( 'Messages sent with the contact forms of Clinic Elements.', 'clinic-elements' ),
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_ui'             => true,
			'show_in_menu'        => true,
			'show_in_nav_menus'   => false,
			'show_in_admin_bar'   => false,
			'show_in_rest'        => false,
			'has_archive'         => false,
			'rewrite'             => false,
			'query_var'           => false,
			'menu_icon'           => 'dashicons-email-alt',
			'menu_position'       => 26,
			'supports'            => false,
			'map_meta_cap'        => true,
			// Only editors and administrators read, and may delete, messages; nobody writes one by hand.
			'capabilities'        => array(
				'edit_posts'             => $staff_only,
				'edit_others_posts'      => $staff_only,
				'edit_private_posts'     => $staff_only,
				'edit_published_posts'   => $staff_only,
				'read_private_posts'     => $staff_only,
				'delete_posts'           => 'delete_others_posts',
				'delete_others_posts'    => 'delete_others_posts',
				'delete_private_posts'   => 'delete_others_posts',
				'delete_published_posts' => 'delete_others_posts',
				'publish_posts'          => 'do_not_allow',
				'create_posts'           => 'do_not_allow',
			),
		)
	);
}
add_action( 'init', 'clinic_elements_register_post_type' );

/**
 * Stores a checked message as a private `clinic_message`, marked unsent until its e-mail goes out.
 *
 * @param array{fields: array<string, string>, symptoms: list<string>, extra: array<string, string>} $message From clinic_elements_read_message().
 * @param string                                                                                       $ip      The sender's address: kept only when the settings ask for it.
 * @return int The message's post ID, or 0 when it could not be stored.
 */
function clinic_elements_store_message( array $message, string $ip ): int {
	$fields = $message['fields'];
	$title  = $fields['name'] . ' (' . $fields['email'] . ')';
	$meta   = array(
		CLINIC_ELEMENTS_META['name']        => $fields['name'],
		CLINIC_ELEMENTS_META['email']       => $fields['email'],
		CLINIC_ELEMENTS_META['phone']       => $fields['phone'],
		CLINIC_ELEMENTS_META['postcode']    => $fields['postcode'],
		CLINIC_ELEMENTS_META['branch']      => $fields['branch'],
		CLINIC_ELEMENTS_META['message']     => $fields['message'],
		CLINIC_ELEMENTS_META['consent']     => $fields['consent'],
		CLINIC_ELEMENTS_META['symptoms']    => $message['symptoms'],
		CLINIC_ELEMENTS_META['extra']       => $message['extra'],
		CLINIC_ELEMENTS_META['mail_status'] => 'unsent',
	);
	if ( clinic_elements_settings()['keep_ip'] && $ip !== '' ) {
		$meta[ CLINIC_ELEMENTS_META['ip'] ] = $ip;
	}
	// (Slashed, as wp_insert_post expects: it unslashes everything once, and a visitor's backslash must survive.)
	$post_id = wp_insert_post(
		wp_slash( array(
			'post_type'    => CLINIC_ELEMENTS_POST_TYPE,
			'post_status'  => 'private',
			'post_title'   => wp_strip_all_tags( $title ),
			'post_content' => '',
			'post_author'  => 0,
			'meta_input'   => $meta,
		) ),
		true
	);
	return is_wp_error( $post_id ) ? 0 : (int) $post_id;
}

/** A value on one header line: no line breaks (no header injection), no angle brackets or quotes. */
function clinic_elements_header_text( string $text ): string {
	return trim( preg_replace( '/[\r\n\t"<>]+/', ' ', $text ) );
}

/**
 * E-mails a stored message to its address (the branch's own, the Clinic Elements address, or the
 * site's admin e-mail) and marks it sent, or unsent with the reason.
 *
 * @return bool Whether the e-mail went out.
 */
function clinic_elements_mail_message( int $post_id ): bool {
	$read     = static fn( string $key ) => get_post_meta( $post_id, CLINIC_ELEMENTS_META[ $key ], true );
	$name     = (string) $read( 'name' );
	$email    = (string) $read( 'email' );
	$branch   = (string) $read( 'branch' );
	$to       = clinic_elements_recipient_for( $branch );
	$site     = wp_specialchars_decode( (string) get_option( 'blogname' ), ENT_QUOTES );
	$dutch    = clinic_elements_language() === 'nl';
	$subject  = sprintf( $dutch ? '[%1$s] Nieuw bericht van %2$s' : '[%1$s] New message from %2$s', $site, clinic_elements_header_text( $name ) );
	$lines    = array(
		( $dutch ? 'Naam' : 'Name' ) . ': ' . $name,
		( $dutch ? 'E-mail' : 'Email' ) . ': ' . $email,
		( $dutch ? 'Telefoon' : 'Phone' ) . ': ' . $read( 'phone' ),
		'Postcode: ' . $read( 'postcode' ),
		( $dutch ? 'Vestiging' : 'Branch' ) . ': ' . $branch,
		'',
		(string) $read( 'message' ),
	);
	$symptoms = (array) $read( 'symptoms' );
	if ( $symptoms ) {
		$lines[] = '';
		$lines[] = $dutch ? 'Aangevinkt in de checklist:' : 'Ticked in the checklist:';
		foreach ( $symptoms as $tick ) {
			$lines[] = '- ' . $tick;
		}
	}
	foreach ( (array) $read( 'extra' ) as $field => $value ) {
		$lines[] = $field . ': ' . $value;
	}
	$lines[] = '';
	$lines[] = admin_url( 'post.php?post=' . $post_id . '&action=edit' );
	$headers = array( 'Content-Type: text/plain; charset=UTF-8' );
	if ( is_email( $email ) ) {
		$headers[] = 'Reply-To: "' . clinic_elements_header_text( $name ) . '" <' . clinic_elements_header_text( $email ) . '>';
	}

	$problem        = '';
	$record_problem = static function ( $error ) use ( &$problem ): void {
		$problem = is_wp_error( $error ) ? $error->get_error_message() : 'wp_mail failed';
	};
	add_action( 'wp_mail_failed', $record_problem );
	$sent = wp_mail( $to, $subject, implode( "\n", $lines ), $headers );
	remove_action( 'wp_mail_failed', $record_problem );

	update_post_meta( $post_id, CLINIC_ELEMENTS_META['mail_to'], $to );
	update_post_meta( $post_id, CLINIC_ELEMENTS_META['mail_status'], $sent ? 'sent' : 'unsent' );
	if ( $sent ) {
		delete_post_meta( $post_id, CLINIC_ELEMENTS_META['mail_problem'] );
	} else {
		update_post_meta( $post_id, CLINIC_ELEMENTS_META['mail_problem'], $problem !== '' ? $problem : 'wp_mail returned false' );
	}
	return $sent;
}
