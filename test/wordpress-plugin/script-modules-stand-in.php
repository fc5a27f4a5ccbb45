<?php
/**
 * Test-only must-use plugin: WordPress 6.1 (Debian's) has no script-module API, which arrived in
 * 6.5. When the option `clinic_test_script_modules` is set, this defines a stand-in
 * `wp_enqueue_script_module()` with 6.5's signature that prints what 6.5 prints for a classic or
 * block theme (`<script type="module" src="…?ver=…" id="<id>-js-module">`), so the test can check
 * the plugin takes that path (and not the module `<script>` fallback) and that the widgets load
 * through it. It says nothing about a real 6.5's own behaviour.
 */
if ( ! function_exists( 'wp_enqueue_script_module' ) && get_option( 'clinic_test_script_modules' ) ) {
	function wp_enqueue_script_module( string $id, string $src = '', array $deps = array(), $version = false ) {
		$GLOBALS['clinic_test_script_modules'][ $id ] = add_query_arg( 'ver', $version === false ? get_bloginfo( 'version' ) : $version, $src );
	}
	add_action(
		'wp_footer',
		static function () {
			foreach ( $GLOBALS['clinic_test_script_modules'] ?? array() as $id => $src ) {
				printf( '<script type="module" src="%s" id="%s"></script>' . "\n", esc_url( $src ), esc_attr( $id . '-js-module' ) );
			}
		}
	);
}
