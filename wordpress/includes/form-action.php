<?php
/**
 * Where a contact form sends on a WordPress page. A `<clinic-contact-form>` without `action` (and
 * without an own `<form action>` inside) gets `action="<the plugin's REST route>"` as the page is
 * shown (a `the_content` filter), so editors never type a URL and the widget is not changed. The
 * saved content is left as it is: moving the site or changing permalinks needs no edit. A form that
 * names its own `action` keeps it.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/** The REST route's URL (`/wp-json/clinic-elements/v1/messages`, or `?rest_route=…` with plain permalinks). */
function clinic_elements_messages_url(): string {
	return rest_url( CLINIC_ELEMENTS_REST_NAMESPACE . CLINIC_ELEMENTS_REST_ROUTE );
}

/**
 * Adds the REST route as `action` to each `<clinic-contact-form>` that has no `action` of its own.
 *
 * @param string $content The post's content as it is shown.
 */
function clinic_elements_add_form_action( $content ) {
	if ( ! is_string( $content ) || stripos( $content, '<clinic-contact-form' ) === false ) {
		return $content;
	}
	// The opening tag (quoted values may hold `>`), then everything up to its end tag.
	$pattern = '~<clinic-contact-form\b((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>(.*?)</clinic-contact-form\s*>~is';
	$result  = preg_replace_callback(
		$pattern,
		static function ( array $match ): string {
			$has_own_action  = preg_match( '/(^|\s)action\s*=/i', $match[1] ) === 1;
			$form_has_action = preg_match( '/<form\b(?:[^>"\']|"[^"]*"|\'[^\']*\')*\saction\s*=/i', $match[2] ) === 1;
			if ( $has_own_action || $form_has_action ) {
				return $match[0];
			}
			$action = ' action="' . esc_attr( esc_url_raw( clinic_elements_messages_url() ) ) . '"';
			return '<clinic-contact-form' . $action . substr( $match[0], strlen( '<clinic-contact-form' ) );
		},
		$content
	);
	return is_string( $result ) ? $result : $content;
}
add_filter( 'the_content', 'clinic_elements_add_form_action', 20 );
