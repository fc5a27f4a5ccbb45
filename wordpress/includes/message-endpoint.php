<?php
/**
 * The contact form's REST route: `POST /wp-json/clinic-elements/v1/messages`, taking the widget's
 * JSON, urlencoded or multipart body. Answers as the widget reads answers:
 * - 200 `{ "ok": true }`: stored (and e-mailed, or kept as unsent when the e-mail failed);
 *   a filled honeypot gets the same answer and nothing is stored;
 * - 422 `{ "errors": { "<field>": "<message>" } }`: what the widget's own checks would say, in the
 *   site's language; the widget puts each message on its field;
 * - 429 `{ "errors": { "form": "<message>" } }` after 5 messages in a minute from one address; the
 *   widget shows the message in its error summary (`form` is no field's name).
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_ELEMENTS_REST_NAMESPACE = 'clinic-elements/v1';
const CLINIC_ELEMENTS_REST_ROUTE     = '/messages';
/** At most this many messages … */
const CLINIC_ELEMENTS_RATE_LIMIT = 5;
/** … in this many seconds, from one address. */
const CLINIC_ELEMENTS_RATE_WINDOW = 60;

add_action(
	'rest_api_init',
	static function (): void {
		register_rest_route(
			CLINIC_ELEMENTS_REST_NAMESPACE,
			CLINIC_ELEMENTS_REST_ROUTE,
			array(
				'methods'             => 'POST',
				'callback'            => 'clinic_elements_receive_message',
				// A public form: anyone may send; what is sent is checked below.
				'permission_callback' => '__return_true',
			)
		);
	}
);

/** The sender's address: `REMOTE_ADDR` (behind a proxy, set the real one with the filter). */
function clinic_elements_client_ip(): string {
	$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? (string) $_SERVER['REMOTE_ADDR'] : '';
	/**
	 * Filters the address messages are counted by (and kept with, when the settings ask).
	 *
	 * @param string $ip `REMOTE_ADDR`.
	 */
	$ip = (string) apply_filters( 'clinic_elements_client_ip', $ip );
	return filter_var( $ip, FILTER_VALIDATE_IP ) ? $ip : '';
}

/** The transient counting one address's recent messages (named by a salted hash: no address in the options table). */
function clinic_elements_rate_key( string $ip ): string {
	return 'clinic_elements_rate_' . substr( wp_hash( $ip, 'nonce' ), 0, 20 );
}

/**
 * The times of this address's messages within the window.
 *
 * @return list<int>
 */
function clinic_elements_recent_messages( string $ip ): array {
	$times = get_transient( clinic_elements_rate_key( $ip ) );
	$since = time() - CLINIC_ELEMENTS_RATE_WINDOW;
	return array_values( array_filter( is_array( $times ) ? $times : array(), static fn( $time ) => (int) $time > $since ) );
}

/** Counts one message from this address. */
function clinic_elements_count_message( string $ip ): void {
	$times   = clinic_elements_recent_messages( $ip );
	$times[] = time();
	set_transient( clinic_elements_rate_key( $ip ), $times, CLINIC_ELEMENTS_RATE_WINDOW );
}

/**
 * The request's fields by name: the JSON body, or the urlencoded or multipart form fields.
 *
 * @return array<string, mixed>
 */
function clinic_elements_request_fields( WP_REST_Request $request ): array {
	$json = $request->get_json_params();
	if ( is_array( $json ) && $json ) {
		return $json;
	}
	$body = $request->get_body_params();
	return is_array( $body ) ? $body : array();
}

/**
 * Handles one message: limit, honeypot, checks, store, e-mail.
 *
 * @return WP_REST_Response
 */
function clinic_elements_receive_message( WP_REST_Request $request ) {
	$ip = clinic_elements_client_ip();
	if ( count( clinic_elements_recent_messages( $ip ) ) >= CLINIC_ELEMENTS_RATE_LIMIT ) {
		$response = new WP_REST_Response( array( 'errors' => array( 'form' => clinic_elements_text( 'tooMany' ) ) ), 429 );
		$response->header( 'Retry-After', (string) CLINIC_ELEMENTS_RATE_WINDOW );
		return $response;
	}

	$message = clinic_elements_read_message( clinic_elements_request_fields( $request ) );
	if ( $message['honeypot'] ) {
		// A bot: the answer it expects, and nothing kept.
		clinic_elements_count_message( $ip );
		return new WP_REST_Response( array( 'ok' => true ), 200 );
	}

	$errors = clinic_elements_validate_message( $message );
	if ( $errors ) {
		return new WP_REST_Response( array( 'errors' => $errors ), 422 );
	}

	clinic_elements_count_message( $ip );
	$post_id = clinic_elements_store_message( $message, $ip );
	if ( $post_id === 0 ) {
		// Not stored, so not "sent": the widget says so and keeps what was typed.
		return new WP_REST_Response( array( 'message' => 'The message could not be stored.' ), 500 );
	}
	clinic_elements_mail_message( $post_id );
	return new WP_REST_Response( array( 'ok' => true ), 200 );
}
