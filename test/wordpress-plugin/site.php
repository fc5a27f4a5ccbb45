<?php
/**
 * The WordPress test's hands inside the site, run with PHP's CLI as `php site.php <command> [json]`
 * (environment: CLINIC_WP_ROOT = the site's folder, CLINIC_WP_HOST = 127.0.0.1:<port>). Each command
 * prints one JSON answer on its last line. Commands do what a person would do in wp-admin (install
 * the site, upload and activate the plugin zip, save a post as an Author); the rest read the database
 * so the test can check what was stored.
 */

$root = getenv( 'CLINIC_WP_ROOT' );
$host = getenv( 'CLINIC_WP_HOST' );
if ( ! $root || ! $host ) {
	fwrite( STDERR, "CLINIC_WP_ROOT and CLINIC_WP_HOST must be set.\n" );
	exit( 2 );
}
$command  = $argv[1] ?? '';
$argument = json_decode( $argv[2] ?? '{}', true ) ?? array();

$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
if ( $command === 'install' ) {
	define( 'WP_INSTALLING', true );
}
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function answer( $value ): void {
	echo "\n" . wp_json_encode( $value ) . "\n";
	exit( 0 );
}

function user_id( string $login ): int {
	$user = get_user_by( 'login', $login );
	return $user ? (int) $user->ID : 0;
}

switch ( $command ) {
	case 'install':
		$result = wp_install( 'De Fysioclub', 'admin', 'admin@fysioclub.test', true, '', 'admin-password', $argument['language'] ?? '' );
		// Pretty permalinks, so the REST route is /wp-json/… (the router sends every path to index.php).
		global $wp_rewrite;
		$wp_rewrite->set_permalink_structure( '/%postname%/' );
		flush_rewrite_rules( false );
		foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
			wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => $role . '-password',
					'user_email' => $role . '@fysioclub.test',
					'role'       => $role,
				)
			);
		}
		answer( array( 'installed' => ! empty( $result['user_id'] ), 'language' => get_option( 'WPLANG' ) ) );

	case 'upload-plugin':
		// As an administrator uploading the zip in Plugins → Add New → Upload Plugin.
		wp_set_current_user( user_id( 'admin' ) );
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		WP_Filesystem();
		$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$installed = $upgrader->install( $argument['zip'] );
		answer(
			array(
				'installed' => $installed === true,
				'messages'  => $upgrader->skin->get_upgrade_messages(),
			)
		);

	case 'activate-plugin':
		wp_set_current_user( user_id( 'admin' ) );
		$activated = activate_plugin( 'clinic-elements/clinic-elements.php' );
		answer(
			array(
				'activated' => $activated === null,
				'error'     => is_wp_error( $activated ) ? $activated->get_error_message() : null,
			)
		);

	case 'pattern-file':
		// The patterns the uploaded plugin carries (read before it is active).
		answer( require WP_PLUGIN_DIR . '/clinic-elements/generated/patterns.php' );

	case 'save-post':
		// As the given user saving a post (the role's HTML filter applies, as in the editor).
		wp_set_current_user( user_id( $argument['as'] ) );
		$post_id = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => $argument['type'] ?? 'post',
					'post_status'  => $argument['status'] ?? 'publish',
					'post_title'   => $argument['title'],
					'post_content' => $argument['content'],
				)
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			answer( array( 'error' => $post_id->get_error_message() ) );
		}
		$post = get_post( $post_id );
		answer(
			array(
				'id'      => $post_id,
				'status'  => $post->post_status,
				'url'     => get_permalink( $post_id ),
				'content' => $post->post_content,
			)
		);

	case 'post-content':
		$post = get_post( (int) $argument['id'] );
		answer( array( 'content' => $post ? $post->post_content : null ) );

	case 'privacy':
		// As an administrator in Tools → Export / Erase Personal Data (which call these callbacks).
		wp_set_current_user( user_id( 'admin' ) );
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		$erasers   = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		$exported  = call_user_func( $exporters['clinic-elements']['callback'], $argument['email'], 1 );
		$erased    = call_user_func( $erasers['clinic-elements']['callback'], $argument['email'], 1 );
		answer(
			array(
				'exported'  => $exported,
				'erased'    => $erased,
				'remaining' => count( get_posts( array( 'post_type' => 'clinic_message', 'post_status' => 'private', 'posts_per_page' => -1, 'fields' => 'ids', 'meta_key' => '_clinic_email', 'meta_value' => $argument['email'] ) ) ),
				'others'    => count( get_posts( array( 'post_type' => 'clinic_message', 'post_status' => 'private', 'posts_per_page' => -1, 'fields' => 'ids' ) ) ),
			)
		);

	case 'messages':
		$posts = get_posts(
			array(
				'post_type'      => 'clinic_message',
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'orderby'        => 'ID',
				'order'          => 'ASC',
			)
		);
		answer(
			array_map(
				static function ( WP_Post $post ): array {
					$meta = array();
					foreach ( get_post_meta( $post->ID ) as $key => $values ) {
						$meta[ $key ] = maybe_unserialize( $values[0] );
					}
					return array(
						'id'     => $post->ID,
						'status' => $post->post_status,
						'title'  => $post->post_title,
						'meta'   => $meta,
					);
				},
				$posts
			)
		);

	case 'clear-rate-limit':
		global $wpdb;
		$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '%clinic\\_elements\\_rate\\_%'" );
		answer( array( 'cleared' => true ) );

	case 'set-option':
		update_option( $argument['name'], $argument['value'] );
		answer( array( 'set' => $argument['name'] ) );

	case 'get-option':
		answer( array( 'value' => get_option( $argument['name'], null ) ) );

	case 'capabilities':
		$answer = array();
		foreach ( array( 'admin', 'editor', 'author', 'contributor' ) as $login ) {
			$user             = get_user_by( 'login', $login );
			$type             = get_post_type_object( 'clinic_message' );
			$answer[ $login ] = $type ? user_can( $user, $type->cap->edit_posts ) : null;
		}
		answer( $answer );

	case 'patterns':
		$names = array();
		foreach ( WP_Block_Patterns_Registry::get_instance()->get_all_registered() as $pattern ) {
			if ( in_array( 'clinic-elements', $pattern['categories'] ?? array(), true ) ) {
				$names[ $pattern['name'] ] = $pattern['content'];
			}
		}
		answer(
			array(
				'category' => WP_Block_Pattern_Categories_Registry::get_instance()->is_registered( 'clinic-elements' ),
				'patterns' => $names,
			)
		);

	case 'deactivate-plugin':
		wp_set_current_user( user_id( 'admin' ) );
		deactivate_plugins( 'clinic-elements/clinic-elements.php' );
		answer( array( 'active' => is_plugin_active( 'clinic-elements/clinic-elements.php' ) ) );

	case 'delete-plugin':
		// As an administrator clicking Delete on the deactivated plugin (a request of its own, in
		// which the plugin is not loaded): WordPress runs uninstall.php.
		wp_set_current_user( user_id( 'admin' ) );
		require_once ABSPATH . 'wp-admin/includes/file.php';
		$deleted = delete_plugins( array( 'clinic-elements/clinic-elements.php' ) );
		global $wpdb;
		answer(
			array(
				'deleted'  => $deleted === true,
				'settings' => get_option( 'clinic_elements_settings', null ),
				'messages' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'clinic_message'" ),
				'meta'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '\\_clinic\\_%'" ),
			)
		);
}
fwrite( STDERR, "Unknown command: $command\n" );
exit( 2 );
