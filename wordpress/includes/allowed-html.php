<?php
/**
 * Tags for every role that writes posts. WordPress's HTML filter (kses) removes unknown tags when a
 * user without `unfiltered_html` saves a post (Authors, Contributors; on a Multisite everyone but
 * super admins). This adds, to the `post` context only, exactly the documented tags and their
 * documented attributes, read from `generated/allowed-html.php` (written at build time from
 * custom-elements.json by scripts/wordpress-zip.mjs), plus WordPress's own global attributes
 * (class, id, lang, aria-*, data-* …), `slot`, and `hidden` (for `<div slot="success" hidden>`).
 * Nothing else becomes allowed: no form, input, script, event handler attribute, and our URL
 * attributes (the contact form's `privacy-href`) are checked for safe protocols like `href`.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated allow-list: `tags` (tag name => list of attribute names) and `uri_attributes`
 * (attributes that hold a URL). Empty when the plugin runs from source without a build.
 *
 * @return array{tags: array<string, list<string>>, uri_attributes: list<string>}
 */
function clinic_elements_manifest_allow_list(): array {
	static $allow_list = null;
	if ( $allow_list === null ) {
		$file       = CLINIC_ELEMENTS_DIR . 'generated/allowed-html.php';
		$loaded     = is_readable( $file ) ? require $file : array();
		$allow_list = array(
			'tags'           => is_array( $loaded['tags'] ?? null ) ? $loaded['tags'] : array(),
			'uri_attributes' => is_array( $loaded['uri_attributes'] ?? null ) ? $loaded['uri_attributes'] : array(),
		);
	}
	return $allow_list;
}

/**
 * The `post` context's allowed tags with ours added.
 *
 * @param array<string, array<string, mixed>|bool> $allowed_tags The allowed tags and their attributes.
 * @param string|array                              $context      The kses context.
 * @return array<string, array<string, mixed>|bool>
 */
function clinic_elements_allow_tags( $allowed_tags, $context ) {
	if ( $context !== 'post' || ! is_array( $allowed_tags ) ) {
		return $allowed_tags;
	}
	// `slot` (which slot of a widget an element fills) and `hidden` on every tag already allowed.
	foreach ( $allowed_tags as $tag => $attributes ) {
		if ( is_array( $attributes ) ) {
			$allowed_tags[ $tag ]['slot']   = true;
			$allowed_tags[ $tag ]['hidden'] = true;
		}
	}
	foreach ( clinic_elements_manifest_allow_list()['tags'] as $tag => $attribute_names ) {
		$attributes = array_fill_keys( array_map( 'strtolower', $attribute_names ), true );
		// The same global attributes WordPress gives its own tags (class, id, lang, aria-*, data-*, …).
		$attributes = _wp_add_global_attributes( $attributes );
		$attributes['slot']    = true;
		$attributes['hidden']  = true;
		$allowed_tags[ $tag ] = $attributes;
	}
	return $allowed_tags;
}
add_filter( 'wp_kses_allowed_html', 'clinic_elements_allow_tags', 10, 2 );

/**
 * Our URL attributes get the same protocol check as `href` (no `javascript:` URL).
 *
 * @param list<string> $attributes Attributes that hold a URL.
 * @return list<string>
 */
function clinic_elements_uri_attributes( $attributes ) {
	return array_values( array_unique( array_merge( (array) $attributes, clinic_elements_manifest_allow_list()['uri_attributes'] ) ) );
}
add_filter( 'wp_kses_uri_attributes', 'clinic_elements_uri_attributes' );
