<?php
/**
 * PHP's built-in server as WordPress's web server (`php -S 127.0.0.1:<port> -t <site> router.php`):
 * files that exist (scripts, styles, wp-admin's PHP) are served as they are; every other path
 * (pretty permalinks, /wp-json/…) goes to index.php, as Apache's rewrite rules would send it.
 */
$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( $path !== '/' && ( is_file( $file ) || is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
