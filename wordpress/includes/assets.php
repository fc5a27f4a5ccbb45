<?php
/**
 * Script only where needed: on a page whose content has a `clinic-` tag, our script and, in
 * `<head>`, the pre-upgrade stylesheet (it gives each widget's content its upgraded shape while the
 * script loads: no layout shift). Every other page loads none of our files.
 *
 * The script is the loader (`assets/clinic-elements.loader.js`, which imports only the widgets the
 * page uses, from the chunks beside it) when the build shipped one, else the drop-in file
 * (`assets/clinic-elements.min.js`, all five widgets in one file). Both are ES modules: loaded with
 * the script-module API where WordPress has it (6.5 and later), else as a module `<script>`.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/** True when a post's content holds one of our tags. */
function clinic_elements_content_has_widgets( string $content ): bool {
	return stripos( $content, '<clinic-' ) !== false;
}

/** True when the posts this request shows (a page, a post, a blog listing) use one of our tags. */
function clinic_elements_request_uses_widgets(): bool {
	global $wp_query;
	$uses_widgets = false;
	// (A "not found" page shows none of the posts its query may have found.)
	if ( $wp_query instanceof WP_Query && ! $wp_query->is_404() && ! empty( $wp_query->posts ) ) {
		foreach ( $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && clinic_elements_content_has_widgets( (string) $post->post_content ) ) {
				$uses_widgets = true;
				break;
			}
		}
	}
	/**
	 * Filters whether this request loads the Clinic Elements script and stylesheet (for tags that
	 * come from elsewhere than the posts' content: a widget area, a template).
	 *
	 * @param bool $uses_widgets Whether a post shown has a `clinic-` tag.
	 */
	return (bool) apply_filters( 'clinic_elements_load_assets', $uses_widgets );
}

/** The script's file name in assets/: the loader when the build shipped one, else the drop-in file. */
function clinic_elements_script_file(): string {
	return is_readable( CLINIC_ELEMENTS_DIR . 'assets/clinic-elements.loader.js' ) ? 'clinic-elements.loader.js' : 'clinic-elements.min.js';
}

function clinic_elements_enqueue_assets(): void {
	if ( ! clinic_elements_request_uses_widgets() ) {
		return;
	}
	$assets_url = plugins_url( 'assets/', CLINIC_ELEMENTS_FILE );
	wp_enqueue_style( 'clinic-elements', $assets_url . 'clinic-elements.css', array(), CLINIC_ELEMENTS_VERSION );
	$script_url = $assets_url . clinic_elements_script_file();
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'clinic-elements', $script_url, array(), CLINIC_ELEMENTS_VERSION );
		return;
	}
	wp_enqueue_script( 'clinic-elements', $script_url, array(), CLINIC_ELEMENTS_VERSION, false );
}
add_action( 'wp_enqueue_scripts', 'clinic_elements_enqueue_assets' );

/**
 * Before WordPress 6.5 (no script modules): our `<script>` becomes `type="module"` (the file is an
 * ES module; modules are deferred, so it may sit in `<head>`).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle The script's handle.
 */
function clinic_elements_module_script_tag( $tag, $handle ) {
	if ( $handle !== 'clinic-elements' || ! is_string( $tag ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'clinic_elements_module_script_tag', 10, 2 );
