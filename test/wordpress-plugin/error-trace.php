<?php
/**
 * Test-only must-use plugin (copied into the scratch site's wp-content/mu-plugins/): every PHP
 * warning, notice or deprecation whose call stack passes through the Clinic Elements plugin is
 * written to CLINIC_WP_PLUGIN_ERRORS, even when PHP names a WordPress file as its place (a null
 * the plugin handed to a core function). PHP's own handling goes on as usual.
 */
set_error_handler(
	static function ( int $level, string $text, string $file = '', int $line = 0 ): bool {
		$frames = array_merge( array( array( 'file' => $file, 'line' => $line ) ), debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) );
		foreach ( $frames as $frame ) {
			if ( isset( $frame['file'] ) && str_contains( $frame['file'], '/plugins/clinic-elements/' ) ) {
				error_log( sprintf( "clinic-elements caused PHP error %d: %s in %s:%d (via %s:%d)\n", $level, $text, $file, $line, $frame['file'], $frame['line'] ?? 0 ), 3, getenv( 'CLINIC_WP_PLUGIN_ERRORS' ) ?: ( WP_CONTENT_DIR . '/clinic-elements-errors.log' ) );
				break;
			}
		}
		return false;
	}
);
