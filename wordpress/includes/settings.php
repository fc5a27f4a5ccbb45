<?php
/**
 * Settings → Clinic Elements: where messages are e-mailed (one address, optionally one per branch),
 * whether the visitor's IP address is kept with a message, and what uninstalling removes.
 * Stored as one option, `clinic_elements_settings`.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_ELEMENTS_OPTION = 'clinic_elements_settings';

/**
 * The settings with their defaults filled in.
 *
 * @return array{recipient: string, branch_recipients: string, keep_ip: bool, delete_messages_on_uninstall: bool}
 */
function clinic_elements_settings(): array {
	$stored = get_option( CLINIC_ELEMENTS_OPTION, array() );
	$stored = is_array( $stored ) ? $stored : array();
	return array(
		'recipient'                    => (string) ( $stored['recipient'] ?? '' ),
		'branch_recipients'            => (string) ( $stored['branch_recipients'] ?? '' ),
		'keep_ip'                      => ! empty( $stored['keep_ip'] ),
		'delete_messages_on_uninstall' => ! empty( $stored['delete_messages_on_uninstall'] ),
	);
}

/**
 * The per-branch addresses, read from the setting's lines `value = address` (the branch's `value`
 * as in `<clinic-location value="deurne">`). Lines without a valid address are left out.
 *
 * @return array<string, string> Branch value => e-mail address.
 */
function clinic_elements_branch_recipients( string $lines ): array {
	$recipients = array();
	foreach ( preg_split( '/\R/', $lines ) as $line ) {
		$parts = array_map( 'trim', explode( '=', $line, 2 ) );
		if ( count( $parts ) === 2 && $parts[0] !== '' && is_email( $parts[1] ) ) {
			$recipients[ strtolower( $parts[0] ) ] = $parts[1];
		}
	}
	return $recipients;
}

/**
 * The address a message about this branch goes to: the branch's own address when one is set,
 * else the Clinic Elements address, else the site's admin e-mail.
 */
function clinic_elements_recipient_for( string $branch ): string {
	$settings = clinic_elements_settings();
	$branches = clinic_elements_branch_recipients( $settings['branch_recipients'] );
	$key      = strtolower( trim( $branch ) );
	if ( $key !== '' && isset( $branches[ $key ] ) ) {
		return $branches[ $key ];
	}
	return is_email( $settings['recipient'] ) ? $settings['recipient'] : (string) get_option( 'admin_email' );
}

/**
 * Cleans what the settings form sent; a wrong address is dropped with a notice on the page.
 *
 * @param mixed $input The submitted settings.
 */
function clinic_elements_sanitize_settings( $input ): array {
	$input     = is_array( $input ) ? $input : array();
	$recipient = sanitize_email( (string) ( $input['recipient'] ?? '' ) );
	if ( ( $input['recipient'] ?? '' ) !== '' && ! is_email( $recipient ) ) {
		add_settings_error( CLINIC_ELEMENTS_OPTION, 'recipient', __( 'The e-mail address for messages is not a valid address; the site’s admin e-mail is used.', 'clinic-elements' ) );
		$recipient = '';
	}
	$lines = array();
	foreach ( preg_split( '/\R/', (string) ( $input['branch_recipients'] ?? '' ) ) as $line ) {
		$line = sanitize_text_field( $line );
		if ( $line === '' ) {
			continue;
		}
		$parts = array_map( 'trim', explode( '=', $line, 2 ) );
		if ( count( $parts ) !== 2 || ! is_email( $parts[1] ) ) {
			/* translators: %s: the line as typed */
			add_settings_error( CLINIC_ELEMENTS_OPTION, 'branch', sprintf( __( 'The line “%s” is not “branch = address” with a valid address; it was left out.', 'clinic-elements' ), $line ) );
			continue;
		}
		$lines[] = $parts[0] . ' = ' . $parts[1];
	}
	return array(
		'recipient'                    => $recipient,
		'branch_recipients'            => implode( "\n", $lines ),
		'keep_ip'                      => ! empty( $input['keep_ip'] ),
		'delete_messages_on_uninstall' => ! empty( $input['delete_messages_on_uninstall'] ),
	);
}

add_action(
	'admin_init',
	static function (): void {
		register_setting(
			'clinic_elements',
			CLINIC_ELEMENTS_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'clinic_elements_sanitize_settings',
				'default'           => array(),
			)
		);
	}
);

add_action(
	'admin_menu',
	static function (): void {
		add_options_page( __( 'Clinic Elements', 'clinic-elements' ), __( 'Clinic Elements', 'clinic-elements' ), 'manage_options', 'clinic-elements', 'clinic_elements_render_settings_page' );
	}
);

/** Settings → Clinic Elements. */
function clinic_elements_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = clinic_elements_settings();
	$name     = CLINIC_ELEMENTS_OPTION;
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Clinic Elements', 'clinic-elements' ); ?></h1>
		<p><?php esc_html_e( 'Messages sent with a contact form on this site are stored under Messages first, then e-mailed to the address below.', 'clinic-elements' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'clinic_elements' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="clinic-elements-recipient"><?php esc_html_e( 'Send messages to', 'clinic-elements' ); ?></label></th>
					<td>
						<input type="email" class="regular-text" id="clinic-elements-recipient" name="<?php echo esc_attr( $name ); ?>[recipient]" value="<?php echo esc_attr( $settings['recipient'] ); ?>" placeholder="<?php echo esc_attr( (string) get_option( 'admin_email' ) ); ?>">
						<p class="description"><?php esc_html_e( 'Empty: the site’s admin e-mail (Settings → General).', 'clinic-elements' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="clinic-elements-branches"><?php esc_html_e( 'Per branch', 'clinic-elements' ); ?></label></th>
					<td>
						<textarea class="large-text code" rows="5" id="clinic-elements-branches" name="<?php echo esc_attr( $name ); ?>[branch_recipients]" placeholder="deurne = deurne@example.nl"><?php echo esc_textarea( $settings['branch_recipients'] ); ?></textarea>
						<p class="description"><?php esc_html_e( 'Optional. One line per branch: the branch’s value (as in <clinic-location value="deurne">), “=”, the address. Messages about other branches go to the address above.', 'clinic-elements' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Privacy', 'clinic-elements' ); ?></th>
					<td><label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[keep_ip]" value="1" <?php checked( $settings['keep_ip'] ); ?>> <?php esc_html_e( 'Keep the sender’s IP address with each message (off: it is used only for the limit of 5 messages a minute and never stored with a message).', 'clinic-elements' ); ?></label></td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Uninstalling', 'clinic-elements' ); ?></th>
					<td><label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[delete_messages_on_uninstall]" value="1" <?php checked( $settings['delete_messages_on_uninstall'] ); ?>> <?php esc_html_e( 'Also delete every stored message when the plugin is deleted (off: the settings go, the messages stay).', 'clinic-elements' ); ?></label></td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
